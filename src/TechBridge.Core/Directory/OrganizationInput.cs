namespace TechBridge.Core.Directory;

/// <summary>What a person enters to create or change an organisation.</summary>
public sealed record OrganizationInput(
    OrganizationKind Kind,
    string? NameKo,
    string? NameEn,
    string? CountryCode,
    string? City = null,
    string? Website = null,
    CompanySize? SizeClass = null,
    string? IndustryCode = null,
    string? Description = null,
    int? FoundedYear = null,
    IReadOnlyCollection<string>? Fields = null);
