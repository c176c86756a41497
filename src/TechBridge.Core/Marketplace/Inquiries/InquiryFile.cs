namespace TechBridge.Core.Marketplace.Inquiries;

/// <summary>A file sent with a message; <see cref="ContentType"/> is what the client declared (not trusted).</summary>
public sealed record InquiryFile(Stream Content, string? FileName, string? ContentType);
