namespace TechBridge.Web.Api;

/// <summary>A conflict of interest a reviewer declares in advance: an organisation (directory id or name) and/or a person, the reason, the last day it holds.</summary>
public sealed record ReviewerDeclarationBody(Guid? OrganizationId, string? OrganizationName, string? PersonName, string? Reason, DateOnly? Until);
