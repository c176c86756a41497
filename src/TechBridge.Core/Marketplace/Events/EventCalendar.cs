using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace TechBridge.Core.Marketplace.Events;

/// <summary>A participant's agenda as iCalendar (RFC 5545), built with Ical.Net: one event per meeting, times in UTC, a stable UID per meeting.</summary>
public static class EventCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static byte[] ForAgenda(Guid eventId, AgendaView agenda)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        var calendar = new Calendar { ProductId = "-//TechBridge//Partnering events//KO" };
        calendar.AddProperty("X-WR-TIMEZONE", "Asia/Seoul");
        var name = agenda.EventNameKo.Length > 0 ? agenda.EventNameKo : agenda.EventNameEn;
        foreach (var item in agenda.Items)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"event-{eventId}-meeting-{item.RequestId}@techbridge",
                Start = new CalDateTime(item.Start.UtcDateTime),
                End = new CalDateTime(item.End.UtcDateTime),
                Summary = $"{item.Counterpart} ({item.CounterpartOrganization}) · {EventSlots.Table(item.Table)}",
                Description = name,
                Location = agenda.IsOnline ? "Online" : agenda.Venue,
                Status = EventStatus.Confirmed,
            });
        }

        return Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar) ?? string.Empty);
    }
}
