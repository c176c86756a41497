using TechBridge.Core.Directory;

namespace TechBridge.Core.Marketplace;

/// <summary>The organisation a technology or need belongs to, as lists and details show it.</summary>
public sealed record OrganizationRef(Guid Id, OrganizationKind Kind, string NameKo, string NameEn, string CountryCode);

/// <summary>The person to contact about a technology.</summary>
public sealed record ContactRef(Guid Id, string NameKo, string NameEn, string? Position, string? Email);

public sealed record TechnologyListItem(
    Guid Id, string TitleKo, string TitleEn, OrganizationRef Owner, IReadOnlyList<string> Fields, int Trl, LicensingStatus Status,
    string? Keywords, bool IsDemo, DateTimeOffset UpdatedAt);

public sealed record TechnologyDetail(
    Guid Id, string TitleKo, string TitleEn, OrganizationRef Owner, string Summary, string? Keywords, IReadOnlyList<string> Fields, int Trl,
    string? PatentNumbers, string? RndTask, string? TransferTerms, LicensingStatus Status, ContactRef? Contact, bool IsDemo,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

public sealed record NeedListItem(
    Guid Id, string Title, OrganizationRef Company, IReadOnlyList<string> Fields, string RndStageCode, int? TrlMin, int? TrlMax,
    long? BudgetKrw, int? TimelineMonths, IReadOnlyList<string> Countries, string CooperationTypeCode, NeedStatus Status, bool IsDemo,
    DateTimeOffset CreatedAt);

public sealed record NeedDetail(
    Guid Id, string Title, string Description, OrganizationRef Company, IReadOnlyList<string> Fields, string RndStageCode, int? TrlMin,
    int? TrlMax, long? BudgetKrw, int? TimelineMonths, IReadOnlyList<string> Countries, string CooperationTypeCode, NeedStatus Status,
    Guid? CreatedById, bool IsDemo, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, long Version);
