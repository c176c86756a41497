using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Facilities.Reservations;

/// <summary>
/// A company's booking of one piece of equipment for [<see cref="Start"/>, <see cref="End"/>), in UTC. The database
/// guarantees that active reservations of one item never overlap (see <see cref="ReservationStatuses.Active"/>).
/// </summary>
public sealed class Reservation : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid EquipmentId { get; init; }

    /// <summary>The company the reservation is for, and the company user who made it.</summary>
    public Guid CompanyId { get; init; }
    public Guid RequestedById { get; init; }
    public DateTimeOffset Start { get; set; }
    public DateTimeOffset End { get; set; }
    public string Purpose { get; set; } = string.Empty;
    public ReservationStatus Status { get; set; }
    public DateTimeOffset? HoldExpiresAt { get; set; }

    /// <summary>The reason given when declined or cancelled.</summary>
    public string? Reason { get; set; }
    public DateTimeOffset? CheckedInAt { get; set; }
    public DateTimeOffset? CheckedOutAt { get; set; }

    /// <summary>Samples analysed (for a per-sample fee), recorded at check-out.</summary>
    public int? Samples { get; set; }

    /// <summary>The fee before VAT and the VAT, fixed at check-out from the equipment's fee then.</summary>
    public long? FeeKrw { get; set; }
    public long? VatKrw { get; set; }

    /// <summary>The client's Idempotency-Key: a retried request with the same key returns this reservation.</summary>
    public string? IdempotencyKey { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Version { get; private set; }
}
