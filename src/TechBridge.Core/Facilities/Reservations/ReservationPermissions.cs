namespace TechBridge.Core.Facilities.Reservations;

/// <summary>
/// Who may act on a reservation: its company confirms its hold and may cancel; the center's operators (and program
/// managers and administrators) approve, decline, check in and out, record a no-show and may cancel; only the clock expires.
/// </summary>
public static class ReservationPermissions
{
    public static bool May(ReservationAction action, bool isCompany, bool runsCenter) => action switch
    {
        ReservationAction.Confirm => isCompany,
        ReservationAction.Cancel => isCompany || runsCenter,
        ReservationAction.Expire => false,
        _ => runsCenter,
    };
}
