using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Facilities.Disposals;

/// <summary>
/// A proposal to take one equipment item out of service at its center: transferred to another center, or disposed of.
/// It keeps the evidence seen when it was proposed (<see cref="Evidence"/>, frozen) and the item's status before it became
/// a disposal candidate, so a rejection or withdrawal can give it back. Every step is an entry of its timeline
/// (<see cref="DisposalEvent"/>).
/// </summary>
public sealed class DisposalCase : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid EquipmentId { get; init; }

    /// <summary>The center that held the item when it was proposed (the proposing side).</summary>
    public Guid CenterId { get; init; }

    /// <summary>The item's industry when it was proposed; its coordinators follow the case.</summary>
    public required string IndustryCode { get; init; }
    public Guid ProposedById { get; init; }
    public DisposalReasonKind ReasonKind { get; init; }
    public string ReasonText { get; init; } = string.Empty;
    public DisposalStatus Status { get; set; }

    /// <summary>The item's status before the proposal made it a disposal candidate.</summary>
    public EquipmentStatus PreviousStatus { get; init; }
    public DisposalEvidence Evidence { get; init; } = new();

    /// <summary>
    /// The center chosen to receive the item when a transfer was last approved; after it declines, the case stays visible to
    /// it (it took part) until a new transfer names another center.
    /// </summary>
    public Guid? ReceivingCenterId { get; set; }

    /// <summary>The reviewer's reason for the last decision (approval, rejection), or the receiving center's for declining.</summary>
    public string? DecisionReason { get; set; }
    public DateOnly? DisposedOn { get; set; }
    public DisposalMethod? DisposalMethod { get; set; }

    /// <summary>Generated demo content (development only).</summary>
    public bool IsDemo { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Version { get; private set; }
}

/// <summary>
/// What the numbers said when the case was proposed: utilisation over the last 12 complete months (KST calendar months
/// <see cref="FirstMonth"/> to <see cref="LastMonth"/>), and the year the item was acquired.
/// </summary>
public sealed record DisposalEvidence
{
    public DateOnly FirstMonth { get; init; }
    public DateOnly LastMonth { get; init; }
    public double BookedHours { get; init; }
    public double OpenHours { get; init; }
    public double Rate { get; init; }
    public int? YearAcquired { get; init; }
}
