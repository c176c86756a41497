using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace TechBridge.Core.Facilities.Reservations;

/// <summary>iCalendar (RFC 5545) feeds of reservations, built with Ical.Net; times in UTC, one event per reservation with a stable UID.</summary>
public static class ReservationCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static byte[] ForReservations(IEnumerable<ReservationView> reservations)
    {
        var calendar = New();
        foreach (var r in reservations)
        {
            calendar.Events.Add(Event(Uid(r.Id), r.Start, r.End,
                $"{Name(r.EquipmentNameKo, r.EquipmentNameEn)} · {Name(r.CompanyNameKo, r.CompanyNameEn)}",
                $"{r.Status} · {r.Purpose}", Name(r.CenterNameKo, r.CenterNameEn), r.Status == ReservationStatus.Confirmed || r.Status == ReservationStatus.CheckedIn));
        }

        return Serialize(calendar);
    }

    public static byte[] ForEquipment(EquipmentAvailability availability)
    {
        ArgumentNullException.ThrowIfNull(availability);
        var calendar = New();
        foreach (var b in availability.Busy)
        {
            var uid = b.ReservationId is { } id ? Uid(id) : $"blocked-{availability.EquipmentId}-{b.Start.UtcTicks}@techbridge";
            calendar.Events.Add(Event(uid, b.Start, b.End, b.Status?.ToString() ?? "Blocked", b.Label ?? string.Empty, null, b.Status is ReservationStatus.Confirmed or ReservationStatus.CheckedIn));
        }

        return Serialize(calendar);
    }

    /// <summary>The UID of a reservation's event, the same in every feed and invitation, so calendars update one event.</summary>
    public static string Uid(Guid reservationId) => $"reservation-{reservationId}@techbridge";

    /// <summary>
    /// A one-event iTIP message (RFC 5546) for an e-mail: METHOD:REQUEST with SEQUENCE 0 when the reservation is confirmed,
    /// METHOD:CANCEL with SEQUENCE 1 when a confirmed reservation is withdrawn, so a calendar that took the invitation removes it.
    /// </summary>
    public static byte[] Invitation(ReservationInvite invite)
    {
        ArgumentNullException.ThrowIfNull(invite);
        var calendar = New();
        calendar.Method = invite.Cancelled ? "CANCEL" : "REQUEST";
        var e = Event(Uid(invite.ReservationId), invite.Start, invite.End, invite.Summary, invite.Description, invite.Location, confirmed: true);
        e.Status = invite.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed;
        e.Sequence = invite.Cancelled ? 1 : 0;
        e.DtStamp = new CalDateTime(invite.Stamp.UtcDateTime);
        e.Organizer = new Organizer($"mailto:{invite.OrganizerEmail}") { CommonName = invite.Location };
        calendar.Events.Add(e);
        return Serialize(calendar);
    }

    private static Calendar New()
    {
        var calendar = new Calendar { ProductId = "-//TechBridge//i-Platform reservations//KO" };
        calendar.AddProperty("X-WR-TIMEZONE", "Asia/Seoul");
        return calendar;
    }

    private static CalendarEvent Event(string uid, DateTimeOffset start, DateTimeOffset end, string summary, string description, string? location, bool confirmed) =>
        new()
        {
            Uid = uid,
            Start = new CalDateTime(start.UtcDateTime),
            End = new CalDateTime(end.UtcDateTime),
            Summary = summary,
            Description = description,
            Location = location,
            Status = confirmed ? EventStatus.Confirmed : EventStatus.Tentative,
        };

    private static byte[] Serialize(Calendar calendar) => Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar) ?? string.Empty);

    private static string Name(string ko, string en) => string.IsNullOrWhiteSpace(ko) ? en : ko;
}
