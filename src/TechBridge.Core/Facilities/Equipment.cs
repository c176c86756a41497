using TechBridge.Core.Directory;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Facilities;

/// <summary>
/// A piece of i-Platform research equipment held by an equipment center: what it is, which R&amp;D stages and TRL range
/// it serves, and which services the center offers with it.
/// </summary>
public sealed class Equipment : ILocalizedName, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The equipment center (an organisation of kind <see cref="OrganizationKind.EquipmentCenter"/>) that holds it.</summary>
    public Guid CenterId { get; set; }
    public string NameKo { get; set; } = string.Empty;
    public string NameEn { get; set; } = string.Empty;
    public string? Model { get; set; }
    public string? Manufacturer { get; set; }

    /// <summary>One of the 6 i-Platform industries.</summary>
    public required string IndustryCode { get; set; }
    public int TrlMin { get; set; }
    public int TrlMax { get; set; }
    public string DescriptionKo { get; set; } = string.Empty;
    public string? DescriptionEn { get; set; }
    public int? YearAcquired { get; set; }
    public EquipmentStatus Status { get; set; }
    public string? FeeNote { get; set; }

    /// <summary>The fee per <see cref="FeeUnit"/> in KRW before VAT; 0 when the center charges nothing.</summary>
    public long FeeKrw { get; set; }
    public FeeUnit FeeUnit { get; set; }

    /// <summary>Whether the fee is exempt from the 10% VAT (some public centers' services are).</summary>
    public bool VatExempt { get; set; }

    public int OpensAtMinute { get; set; } = BookingRules.Default.OpensAtMinute;
    public int ClosesAtMinute { get; set; } = BookingRules.Default.ClosesAtMinute;
    public OperatingDays OperatingDays { get; set; } = BookingRules.Default.Days;
    public int MinBookingHours { get; set; } = BookingRules.Default.MinHours;
    public int MaxBookingHours { get; set; } = BookingRules.Default.MaxHours;
    public int LeadHours { get; set; } = BookingRules.Default.LeadHours;
    public int CancelHours { get; set; } = BookingRules.Default.CancelHours;
    public bool RequiresApproval { get; set; } = BookingRules.Default.RequiresApproval;
    public bool RequiresTraining { get; set; }
    public bool IsDemo { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Kept by the DbContext (see <see cref="IVersioned"/>).</summary>
    public long Version { get; private set; }

    public Organization? Center { get; set; }
    public List<EquipmentField> Fields { get; init; } = [];
    public List<EquipmentStage> Stages { get; init; } = [];
    public List<EquipmentOffering> Offerings { get; init; } = [];
    public List<EquipmentBlackout> Blackouts { get; init; } = [];

    /// <summary>The booking rules as one value.</summary>
    public BookingRules Rules
    {
        get => new()
        {
            OpensAtMinute = OpensAtMinute, ClosesAtMinute = ClosesAtMinute, Days = OperatingDays, MinHours = MinBookingHours,
            MaxHours = MaxBookingHours, LeadHours = LeadHours, CancelHours = CancelHours, RequiresApproval = RequiresApproval,
            RequiresTraining = RequiresTraining,
        };
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            (OpensAtMinute, ClosesAtMinute, OperatingDays) = (value.OpensAtMinute, value.ClosesAtMinute, value.Days);
            (MinBookingHours, MaxBookingHours, LeadHours, CancelHours) = (value.MinHours, value.MaxHours, value.LeadHours, value.CancelHours);
            (RequiresApproval, RequiresTraining) = (value.RequiresApproval, value.RequiresTraining);
        }
    }
}

/// <summary>A super-gap field the equipment serves.</summary>
public sealed class EquipmentField
{
    public Guid EquipmentId { get; init; }
    public required string FieldCode { get; init; }
}

/// <summary>An R&amp;D stage (code of the RndStage taxonomy) the equipment serves.</summary>
public sealed class EquipmentStage
{
    public Guid EquipmentId { get; init; }
    public required string StageCode { get; init; }
}

/// <summary>A service the center offers with the equipment.</summary>
public sealed class EquipmentOffering
{
    public Guid EquipmentId { get; init; }
    public EquipmentServiceKind Service { get; init; }
}
