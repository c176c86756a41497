namespace TechBridge.Core.Facilities.Packages;

/// <summary>What a center's operator enters to create or change a package.</summary>
public sealed record PackageInput(
    string? NameKo,
    string? NameEn,
    long? PriceKrw,
    IReadOnlyList<PackageComponentInput>? Components,
    bool VatExempt = false,
    string? DescriptionKo = null,
    string? DescriptionEn = null);

/// <summary>One line of a package as entered; <see cref="EquipmentId"/> must be an item of the package's center.</summary>
public sealed record PackageComponentInput(EquipmentServiceKind? Kind, int? Quantity, PackageUnit? Unit, Guid? EquipmentId = null, string? Note = null);

/// <summary>The package list's filters (every one optional); <see cref="IncludeRetired"/> adds the retired packages the reader may manage.</summary>
public sealed record PackageFilter(string? Query = null, Guid? CenterId = null, string? Industry = null, Guid? EquipmentId = null, bool IncludeRetired = false);
