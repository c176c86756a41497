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
    IReadOnlyList<PatentView> Patents, RndTaskView RndTask, TermsView Terms, LicensingStatus Status, ContactRef? Contact, string? ReferenceKey,
    bool IsDemo, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, long Version);

/// <summary>A technology's patent; countries are ISO codes.</summary>
public sealed record PatentView(
    string ApplicationNumber, string? RegistrationNumber, PatentStatus Status, IReadOnlyList<string> Countries, DateOnly? FilingDate, DateOnly? ExpiryDate);

/// <summary>The R&amp;D task a technology came from; every part may be missing.</summary>
public sealed record RndTaskView(string? Number, string? Agency, int? Year, string? Title)
{
    public bool IsEmpty => Number is null && Agency is null && Year is null && Title is null;
}

/// <summary>The asking terms: licence kinds offered, the fee range in KRW, further conditions.</summary>
public sealed record TermsView(IReadOnlyList<LicenceKind> LicenceKinds, long? FeeMinKrw, long? FeeMaxKrw, string? Conditions);

public sealed record NeedListItem(
    Guid Id, string Title, OrganizationRef Company, IReadOnlyList<string> Fields, string RndStageCode, int? TrlMin, int? TrlMax,
    long? BudgetKrw, int? TimelineMonths, IReadOnlyList<string> Countries, string CooperationTypeCode, NeedStatus Status, bool IsDemo,
    DateTimeOffset CreatedAt);

public sealed record NeedDetail(
    Guid Id, string Title, string Description, OrganizationRef Company, IReadOnlyList<string> Fields, string RndStageCode, int? TrlMin,
    int? TrlMax, long? BudgetKrw, int? TimelineMonths, IReadOnlyList<string> Countries, string CooperationTypeCode, NeedStatus Status,
    Guid? CreatedById, bool IsDemo, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, long Version);
