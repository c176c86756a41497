using TechBridge.Core.Facilities.Reservations;

namespace TechBridge.Web.Components.Pages.Facilities;

/// <summary>Badge colours of reservation statuses: confirmed or in use is ok, waiting is warn, ended is off.</summary>
public static class ReservationTones
{
    public static string Of(ReservationStatus status) => status switch
    {
        ReservationStatus.Confirmed or ReservationStatus.CheckedIn or ReservationStatus.Completed => "ok",
        ReservationStatus.Held or ReservationStatus.Requested => "warn",
        _ => "off",
    };
}
