namespace TechBridge.Core.Facilities.Reservations;

/// <summary>
/// Where a reservation stands. Held, Requested, Confirmed and CheckedIn hold the equipment (they are "active" and never
/// overlap on one item); the others are final.
/// </summary>
public enum ReservationStatus
{
    /// <summary>Tentatively held for the company until <see cref="Reservation.HoldExpiresAt"/>.</summary>
    Held,

    /// <summary>Waiting for the center's approval.</summary>
    Requested,
    Confirmed,
    CheckedIn,
    Completed,
    Declined,
    Cancelled,
    Expired,
    NoShow,
}
