namespace TechBridge.Core.Facilities;

/// <summary>The equipment center that holds a piece of equipment, as lists and details show it.</summary>
public sealed record EquipmentCenterRef(Guid Id, string NameKo, string NameEn, string? City, string CountryCode);

public sealed record EquipmentListItem(
    Guid Id, string NameKo, string NameEn, string? Model, string? Manufacturer, EquipmentCenterRef Center, string IndustryCode,
    IReadOnlyList<string> Fields, IReadOnlyList<string> Stages, IReadOnlyList<EquipmentServiceKind> Services, int TrlMin, int TrlMax,
    EquipmentStatus Status, int? YearAcquired, bool IsDemo);

public sealed record EquipmentDetail(
    Guid Id, string NameKo, string NameEn, string? Model, string? Manufacturer, EquipmentCenterRef Center, string IndustryCode,
    IReadOnlyList<string> Fields, IReadOnlyList<string> Stages, IReadOnlyList<EquipmentServiceKind> Services, int TrlMin, int TrlMax,
    string DescriptionKo, string? DescriptionEn, int? YearAcquired, EquipmentStatus Status, string? FeeNote, bool IsDemo,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, long Version)
{
    public long FeeKrw { get; init; }
    public FeeUnit FeeUnit { get; init; }
    public bool VatExempt { get; init; }
    public BookingRules Rules { get; init; } = BookingRules.Default;
}
