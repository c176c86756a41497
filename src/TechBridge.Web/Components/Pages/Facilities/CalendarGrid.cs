using System.Globalization;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Web.Components.Pages.Facilities;

/// <summary>How one calendar slot is shown: outside operating hours, free, or taken by a hold, a request, a confirmed reservation or a blackout.</summary>
public enum SlotState
{
    Closed,
    Free,
    Held,
    Requested,
    Confirmed,
    Blocked,
}

/// <summary>The equipment calendar as days × hours (KST), from an availability answer; a month view sums the booked hours per day.</summary>
public sealed class CalendarGrid
{
    public required IReadOnlyList<DateOnly> Days { get; init; }
    public required int FirstHour { get; init; }
    public required int LastHour { get; init; }
    public required EquipmentAvailability Availability { get; init; }

    public static CalendarGrid For(EquipmentAvailability availability, DateOnly first, int days)
    {
        ArgumentNullException.ThrowIfNull(availability);
        var rules = availability.Rules;
        return new CalendarGrid
        {
            Days = Enumerable.Range(0, days).Select(first.AddDays).ToList(),
            FirstHour = rules.OpensAtMinute / 60,
            LastHour = Math.Min(23, (rules.ClosesAtMinute - 1) / 60),
            Availability = availability,
        };
    }

    public SlotState State(DateOnly day, int hour)
    {
        var slot = new TimeInterval(OperatingCalendar.DayStart(day).AddHours(hour), OperatingCalendar.DayStart(day).AddHours(hour + 1));
        var busy = Availability.Busy.Where(b => new TimeInterval(b.Start, b.End).Overlaps(slot)).ToList();
        if (busy.Count > 0)
        {
            return busy.Max(b => b.Status switch
            {
                null => SlotState.Blocked,
                ReservationStatus.Held => SlotState.Held,
                ReservationStatus.Requested => SlotState.Requested,
                _ => SlotState.Confirmed,
            });
        }

        return Availability.Free.Any(f => f.Overlaps(slot)) ? SlotState.Free : SlotState.Closed;
    }

    /// <summary>The reservation or blackout label shown to those who may see it, for the slot's tooltip.</summary>
    public string? Label(DateOnly day, int hour)
    {
        var slot = new TimeInterval(OperatingCalendar.DayStart(day).AddHours(hour), OperatingCalendar.DayStart(day).AddHours(hour + 1));
        return Availability.Busy.FirstOrDefault(b => new TimeInterval(b.Start, b.End).Overlaps(slot))?.Label;
    }

    /// <summary>Hours of the day's operating time that are free, and that are open at all.</summary>
    public (double Free, double Open) Hours(DateOnly day)
    {
        var start = OperatingCalendar.DayStart(day);
        var end = start.AddDays(1);
        var open = OperatingCalendar.OpenWindows(Availability.Rules, start, end).Sum(w => w.Duration.TotalHours);
        var free = Availability.Free.Select(f => Clip(f, start, end)).Sum(f => f.Duration.TotalHours);
        return (free, open);
    }

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(Kst.ToKst(time.GetUtcNow()).DateTime);

    public static DateOnly? Parse(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    public static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static TimeInterval Clip(TimeInterval interval, DateTimeOffset start, DateTimeOffset end)
    {
        var s = interval.Start > start ? interval.Start : start;
        var e = interval.End < end ? interval.End : end;
        return s < e ? new TimeInterval(s, e) : new TimeInterval(s, s);
    }
}
