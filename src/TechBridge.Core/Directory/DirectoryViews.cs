namespace TechBridge.Core.Directory;

public sealed record OrganizationListItem(
    Guid Id, OrganizationKind Kind, string NameKo, string NameEn, string CountryCode, string? City, CompanySize? SizeClass,
    string? IndustryCode, IReadOnlyList<string> Fields, int PeopleCount, bool IsDemo);

public sealed record OrganizationDetail(
    Guid Id, string? Code, OrganizationKind Kind, string NameKo, string NameEn, string CountryCode, string? City, string? Website,
    CompanySize? SizeClass, string? IndustryCode, string? Description, int? FoundedYear, IReadOnlyList<string> Fields,
    IReadOnlyList<OrganizationMember> People, bool IsDemo, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, long Version);

public sealed record OrganizationMember(Guid PersonId, string NameKo, string NameEn, string? Role, DateOnly StartDate, DateOnly? EndDate);

public sealed record PersonListItem(
    Guid Id, PersonKind Kind, string NameKo, string NameEn, string? Position, string CountryCode,
    Guid? OrganizationId, string? OrganizationNameKo, string? OrganizationNameEn, IReadOnlyList<string> Fields, int PublicationCount, bool IsDemo);

public sealed record PersonDetail(
    Guid Id, PersonKind Kind, string NameKo, string NameEn, string? Position, string? Email, string CountryCode, string? Bio,
    string? Keywords, IReadOnlyList<string> Fields, IReadOnlyList<PersonAffiliation> Affiliations,
    IReadOnlyList<PersonPublication> Publications, bool IsDemo)
{
    /// <summary>The person hides their e-mail and the viewer may not see it (<see cref="Email"/> is then null).</summary>
    public bool ContactHidden { get; init; }
}

public sealed record PersonAffiliation(Guid OrganizationId, string NameKo, string NameEn, string? Role, DateOnly StartDate, DateOnly? EndDate);

public sealed record PersonPublication(Guid Id, string Title, string? Abstract, int Year, string? Venue, string? Doi, string Language, int AuthorOrder, IReadOnlyList<string> Authors);
