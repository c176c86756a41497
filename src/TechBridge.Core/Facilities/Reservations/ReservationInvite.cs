namespace TechBridge.Core.Facilities.Reservations;

/// <summary>What a calendar invitation for a reservation says, in one language (see <see cref="ReservationCalendar.Invitation"/>).</summary>
public sealed record ReservationInvite(
    Guid ReservationId, DateTimeOffset Start, DateTimeOffset End, string Summary, string Description, string Location,
    string OrganizerEmail, DateTimeOffset Stamp, bool Cancelled);
