namespace TechBridge.Core.Directory;

public enum DirectorySort
{
    Name,
    Newest,
    Country,
}

/// <summary>Search and filters for the organisation list (every filter optional).</summary>
public sealed record OrganizationFilter(
    string? Query = null,
    OrganizationKind? Kind = null,
    string? Country = null,
    string? Field = null,
    string? Industry = null,
    CompanySize? Size = null,
    DirectorySort Sort = DirectorySort.Name);

/// <summary>Search and filters for the people list (every filter optional).</summary>
public sealed record PersonFilter(
    string? Query = null,
    PersonKind? Kind = null,
    string? Country = null,
    string? Field = null,
    Guid? Organization = null,
    DirectorySort Sort = DirectorySort.Name);
