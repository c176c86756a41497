namespace TechBridge.Core.Facilities.Packages;

/// <summary>A line of a package as lists and details show it, with the equipment's names when it names an item.</summary>
public sealed record PackageComponentView(
    int Position, EquipmentServiceKind Kind, Guid? EquipmentId, string? EquipmentKo, string? EquipmentEn, int Quantity, PackageUnit Unit, string? Note);

/// <summary>A package with its center, lines and price; <see cref="VatKrw"/> follows the package's VAT rule.</summary>
public sealed record PackageView(
    Guid Id, Guid CenterId, string CenterKo, string CenterEn, string? IndustryCode, string NameKo, string NameEn, string? DescriptionKo,
    string? DescriptionEn, long PriceKrw, bool VatExempt, PackageStatus Status, IReadOnlyList<PackageComponentView> Components, bool IsDemo,
    DateTimeOffset UpdatedAt, long Version)
{
    public long VatKrw => Reservations.Fees.Vat(PriceKrw, VatExempt);

    public long TotalKrw => PriceKrw + VatKrw;
}
