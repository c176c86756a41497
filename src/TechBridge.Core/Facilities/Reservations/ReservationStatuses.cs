namespace TechBridge.Core.Facilities.Reservations;

public static class ReservationStatuses
{
    /// <summary>The statuses that hold the equipment; active reservations of one item never overlap.</summary>
    public static readonly IReadOnlyList<ReservationStatus> Active =
        [ReservationStatus.Held, ReservationStatus.Requested, ReservationStatus.Confirmed, ReservationStatus.CheckedIn];

    public static bool IsActive(this ReservationStatus status) => Active.Contains(status);
}
