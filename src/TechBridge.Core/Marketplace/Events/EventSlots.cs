using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Core.Marketplace.Events;

/// <summary>A meeting slot of an event: its index (0-based, in time order) and its instants (UTC).</summary>
public sealed record EventSlot(int Index, DateTimeOffset Start, DateTimeOffset End);

/// <summary>The slots an event's days, daily hours and meeting length give: every day from its start, as many whole meetings as fit.</summary>
public static class EventSlots
{
    public static IReadOnlyList<EventSlot> Of(PartneringEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Of(e.FirstDay, e.LastDay, e.DailyStartMinute, e.DailyEndMinute, e.MeetingMinutes);
    }

    public static IReadOnlyList<EventSlot> Of(DateOnly firstDay, DateOnly lastDay, int startMinute, int endMinute, int meetingMinutes)
    {
        var slots = new List<EventSlot>();
        if (meetingMinutes <= 0 || endMinute <= startMinute || lastDay < firstDay)
        {
            return slots;
        }

        for (var day = firstDay; day <= lastDay; day = day.AddDays(1))
        {
            var midnight = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Kst.Offset).ToUniversalTime();
            for (var minute = startMinute; minute + meetingMinutes <= endMinute; minute += meetingMinutes)
            {
                slots.Add(new EventSlot(slots.Count, midnight.AddMinutes(minute), midnight.AddMinutes(minute + meetingMinutes)));
            }
        }

        return slots;
    }

    /// <summary>"T3" for table 3.</summary>
    public static string Table(int number) => $"T{number}";

    /// <summary>A time of day given in minutes after midnight, as "09:30".</summary>
    public static string Clock(int minute) =>
        (minute / 60).ToString("00", System.Globalization.CultureInfo.InvariantCulture) + ":" + (minute % 60).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
}
