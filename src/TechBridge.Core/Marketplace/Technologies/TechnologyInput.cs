namespace TechBridge.Core.Marketplace.Technologies;

/// <summary>What an owner member enters to list or change a technology (the owner is the member's own organisation).</summary>
public sealed record TechnologyInput(
    string? TitleKo,
    string? TitleEn,
    string? Summary,
    IReadOnlyCollection<string>? Fields = null,
    int? Trl = null,
    string? Keywords = null,
    LicensingStatus Status = LicensingStatus.Available,
    Guid? ContactPersonId = null,
    string? ReferenceKey = null,
    string? RndTaskNumber = null,
    string? RndAgency = null,
    int? RndYear = null,
    string? RndTaskTitle = null,
    IReadOnlyCollection<LicenceKind>? LicenceKinds = null,
    long? FeeMinKrw = null,
    long? FeeMaxKrw = null,
    string? TermsConditions = null,
    IReadOnlyList<PatentInput>? Patents = null);

/// <summary>One patent of a listing as entered; see <see cref="PatentNumbers"/> for the accepted number formats.</summary>
public sealed record PatentInput(
    string? ApplicationNumber,
    string? RegistrationNumber = null,
    PatentStatus Status = PatentStatus.Filed,
    IReadOnlyCollection<string>? Countries = null,
    DateOnly? FilingDate = null,
    DateOnly? ExpiryDate = null);
