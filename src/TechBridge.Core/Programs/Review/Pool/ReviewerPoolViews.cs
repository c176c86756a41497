using TechBridge.Core.Directory;

namespace TechBridge.Core.Programs.Review.Pool;

/// <summary>Which reviewers to list: a group, a field, text in names, organisation and keywords, active or not.</summary>
public sealed record ReviewerPoolFilter(ReviewerGroup? Group = null, string? FieldCode = null, string? Query = null, bool? Active = null);

/// <summary>A reviewer in the pool list; the organisation is the person's current one (the latest when there are several).</summary>
public sealed record PoolReviewerRow(
    Guid Id, Guid PersonId, string NameKo, string NameEn, string? OrganizationNameKo, string? OrganizationNameEn, string CountryCode,
    ReviewerGroup Group, IReadOnlyList<string> FieldCodes, int PublicationCount, int MaxLoad, bool IsActive, bool HasAccount,
    ReviewerSource Source, bool IsDemo);

/// <summary>A reviewer's profile: the pool's terms and the directory person with affiliations and publications.</summary>
public sealed record PoolReviewerProfile(
    Guid Id, ReviewerGroup Group, int MaxLoad, bool IsActive, ReviewerSource Source, bool HasAccount, DateTimeOffset AddedAt,
    DateTimeOffset UpdatedAt, bool IsDemo, long Version, PersonDetail Person, IReadOnlyList<ReviewerPublication> Publications);

/// <summary>A publication of a reviewer: the year when known, the venue, and the other authors.</summary>
public sealed record ReviewerPublication(Guid Id, string Title, int? Year, string? Venue, IReadOnlyList<string> Coauthors);

/// <summary>A change of a reviewer's terms in the pool.</summary>
public sealed record ReviewerUpdate(ReviewerGroup? Group, int? MaxLoad, bool? IsActive);
