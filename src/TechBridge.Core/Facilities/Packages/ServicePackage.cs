using TechBridge.Core.Directory;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Facilities.Packages;

/// <summary>
/// A bundle a center sells at one price: use of its equipment, tests and analyses, consulting sessions. Retired packages
/// are kept (quotes name them) but no longer offered.
/// </summary>
public sealed class ServicePackage : ILocalizedName, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The equipment center that offers it.</summary>
    public Guid CenterId { get; init; }
    public string NameKo { get; set; } = string.Empty;
    public string NameEn { get; set; } = string.Empty;
    public string? DescriptionKo { get; set; }
    public string? DescriptionEn { get; set; }

    /// <summary>The price of the whole package in KRW before VAT.</summary>
    public long PriceKrw { get; set; }

    /// <summary>Whether the price is exempt from the 10% VAT, as for equipment fees.</summary>
    public bool VatExempt { get; set; }
    public PackageStatus Status { get; set; }
    public bool IsDemo { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Kept by the DbContext (see <see cref="IVersioned"/>); a change of the components raises it too.</summary>
    public long Version { get; private set; }

    public Organization? Center { get; set; }
    public List<PackageComponent> Components { get; init; } = [];
}

/// <summary>One line of a package: so much of a service (equipment use, test and analysis, consulting), optionally on an item of the center.</summary>
public sealed class PackageComponent
{
    public Guid PackageId { get; init; }

    /// <summary>The line's place in the package, from 0.</summary>
    public int Position { get; init; }
    public EquipmentServiceKind Kind { get; set; }
    public Guid? EquipmentId { get; set; }
    public int Quantity { get; set; }
    public PackageUnit Unit { get; set; }
    public string? Note { get; set; }
}

public enum PackageStatus
{
    Active,
    Retired,
}

/// <summary>What a component's quantity counts.</summary>
public enum PackageUnit
{
    Hours,
    Days,
    Samples,
    Sessions,
}
