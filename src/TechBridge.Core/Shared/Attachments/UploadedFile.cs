namespace TechBridge.Core.Shared.Attachments;

/// <summary>A file sent with a form or request; <see cref="ContentType"/> is what the client declared (not trusted).</summary>
public sealed record UploadedFile(Stream Content, string? FileName, string? ContentType);
