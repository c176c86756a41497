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
            calendar.Events.Add(Event($"reservation-{r.Id}@techbridge", r.Start, r.End,
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
            var uid = b.ReservationId is { } id ? $"reservation-{id}@techbridge" : $"blocked-{availability.EquipmentId}-{b.Start.UtcTicks}@techbridge";
            calendar.Events.Add(Event(uid, b.Start, b.End, b.Status?.ToString() ?? "Blocked", b.Label ?? string.Empty, null, b.Status is ReservationStatus.Confirmed or ReservationStatus.CheckedIn));
        }

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
