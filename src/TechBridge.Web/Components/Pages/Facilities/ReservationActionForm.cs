namespace TechBridge.Web.Components.Pages.Facilities;

/// <summary>An action on a reservation as posted: which button was pressed, with the reason and samples typed.</summary>
public sealed class ReservationActionForm
{
    public string? Action { get; set; }
    public string? Reason { get; set; }
    public string? Samples { get; set; }
    public string? Version { get; set; }
}
