namespace TechBridge.Web.Api;

/// <summary>A person the applicant asks to keep from reviewing the proposal, and why.</summary>
public sealed record ExclusionRequestBody(string? PersonName, string? Organization, string? Reason);
