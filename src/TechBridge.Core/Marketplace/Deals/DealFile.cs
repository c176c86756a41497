namespace TechBridge.Core.Marketplace.Deals;

/// <summary>A document sent with a step; <see cref="ContentType"/> is what the client declared (not trusted).</summary>
public sealed record DealFile(Stream Content, string? FileName, string? ContentType);
