namespace TechBridge.Core.Facilities.Reservations;

/// <summary>The reservation state machine: which action may move which status where. Everything not listed is refused.</summary>
public static class ReservationTransitions
{
    private static readonly Dictionary<(ReservationStatus, ReservationAction), ReservationStatus> Moves = new()
    {
        [(ReservationStatus.Held, ReservationAction.Confirm)] = ReservationStatus.Requested,
        [(ReservationStatus.Held, ReservationAction.Cancel)] = ReservationStatus.Cancelled,
        [(ReservationStatus.Held, ReservationAction.Expire)] = ReservationStatus.Expired,
        [(ReservationStatus.Requested, ReservationAction.Approve)] = ReservationStatus.Confirmed,
        [(ReservationStatus.Requested, ReservationAction.Decline)] = ReservationStatus.Declined,
        [(ReservationStatus.Requested, ReservationAction.Cancel)] = ReservationStatus.Cancelled,
        [(ReservationStatus.Confirmed, ReservationAction.CheckIn)] = ReservationStatus.CheckedIn,
        [(ReservationStatus.Confirmed, ReservationAction.Cancel)] = ReservationStatus.Cancelled,
        [(ReservationStatus.Confirmed, ReservationAction.NoShow)] = ReservationStatus.NoShow,
        [(ReservationStatus.CheckedIn, ReservationAction.CheckOut)] = ReservationStatus.Completed,
    };

    /// <summary>
    /// The status after <paramref name="action"/>, or null when the action is not allowed from <paramref name="from"/>.
    /// Confirming a hold on equipment that needs no approval confirms the reservation at once.
    /// </summary>
    public static ReservationStatus? Next(ReservationStatus from, ReservationAction action, bool requiresApproval = true) =>
        Moves.TryGetValue((from, action), out var to)
            ? to == ReservationStatus.Requested && !requiresApproval ? ReservationStatus.Confirmed : to
            : null;

    public static IEnumerable<ReservationAction> AllowedFrom(ReservationStatus from) =>
        Moves.Keys.Where(k => k.Item1 == from).Select(k => k.Item2);
}
