using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Facilities.Requests;

/// <summary>
/// A part of a support request a coordinator gave to a center: a service (equipment use, test and analysis, consulting)
/// for an R&amp;D stage, optionally on a named piece of equipment. The center answers with a quote (price and, for
/// equipment, a slot) or declines with a reason; the company accepts the quote, which books the slot, or rejects it.
/// </summary>
public sealed class SupportAssignment : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid RequestId { get; init; }
    public Guid CenterId { get; init; }
    public string? StageCode { get; init; }
    public EquipmentServiceKind Service { get; init; }

    /// <summary>The equipment the coordinator suggested; the center's quote may name another of its items.</summary>
    public Guid? EquipmentId { get; set; }

    /// <summary>What the coordinator asks of the center.</summary>
    public string? Note { get; init; }
    public SupportAssignmentStatus Status { get; set; }
    public DateTimeOffset? SlotStart { get; set; }
    public DateTimeOffset? SlotEnd { get; set; }

    /// <summary>The center's package the quote offers, if it offers one (its price is then the default price, its VAT rule the VAT's).</summary>
    public Guid? PackageId { get; set; }

    /// <summary>The quoted price before VAT, and the VAT; a reservation booked from the accepted quote is billed these at check-out.</summary>
    public long? PriceKrw { get; set; }
    public long? VatKrw { get; set; }
    public string? QuoteNote { get; set; }

    /// <summary>Why the center declined or the company rejected.</summary>
    public string? Reason { get; set; }
    public Guid? ReservationId { get; set; }

    /// <summary>When the party the part waits for (the center, then the company) is overdue.</summary>
    public DateTimeOffset? DueAt { get; set; }
    public int EscalationLevel { get; set; }
    public Guid AssignedById { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Version { get; private set; }
}

public enum SupportAssignmentStatus
{
    /// <summary>With the center, waiting for its quote or refusal.</summary>
    Assigned,

    /// <summary>With the company, waiting for it to accept or reject the quote.</summary>
    Quoted,
    Declined,
    Accepted,
    Rejected,

    /// <summary>Ended because the request was cancelled or closed while the part was open.</summary>
    Withdrawn,
}

public static class SupportAssignmentStatuses
{
    /// <summary>The statuses in which the part waits on the center or the company, for queries (<c>Open.Contains(a.Status)</c>).</summary>
    public static readonly SupportAssignmentStatus[] Open = [SupportAssignmentStatus.Assigned, SupportAssignmentStatus.Quoted];

    public static bool IsOpen(this SupportAssignmentStatus status) => Open.Contains(status);
}
