namespace TechBridge.Core.Facilities;

/// <summary>What a center operator enters to register or change a piece of equipment.</summary>
public sealed record EquipmentInput(
    Guid CenterId,
    string? NameKo,
    string? NameEn,
    string? IndustryCode,
    int TrlMin,
    int TrlMax,
    string? DescriptionKo,
    IReadOnlyCollection<string>? Stages = null,
    IReadOnlyCollection<EquipmentServiceKind>? Services = null,
    IReadOnlyCollection<string>? Fields = null,
    string? Model = null,
    string? Manufacturer = null,
    string? DescriptionEn = null,
    int? YearAcquired = null,
    EquipmentStatus Status = EquipmentStatus.Available,
    string? FeeNote = null,
    long FeeKrw = 0,
    FeeUnit FeeUnit = FeeUnit.PerHour,
    bool VatExempt = false,
    BookingRules? Rules = null);
