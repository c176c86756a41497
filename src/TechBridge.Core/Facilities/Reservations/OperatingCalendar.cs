using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Core.Facilities.Reservations;

/// <summary>
/// Operating hours in KST turned into instants: the open windows of each operating day, whether a reservation starts and
/// ends inside them, and the free time left when busy periods (reservations, blackouts) are taken out.
/// </summary>
public static class OperatingCalendar
{
    /// <summary>The open windows that intersect [from, to), clipped to it, in order.</summary>
    public static IEnumerable<TimeInterval> OpenWindows(BookingRules rules, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(rules);
        for (var day = DateOnly.FromDateTime(Kst.ToKst(from).DateTime); DayStart(day) < to; day = day.AddDays(1))
        {
            if (!rules.Days.Includes(day.DayOfWeek))
            {
                continue;
            }

            var open = DayStart(day).AddMinutes(rules.OpensAtMinute);
            var close = DayStart(day).AddMinutes(rules.ClosesAtMinute);
            var start = open > from ? open : from;
            var end = close < to ? close : to;
            if (start < end)
            {
                yield return new TimeInterval(start, end);
            }
        }
    }

    /// <summary>Whether the period starts and ends within the operating hours of operating days (it may hold the equipment overnight between them).</summary>
    public static bool StartsAndEndsInHours(BookingRules rules, TimeInterval period)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return InHours(rules, period.Start, isEnd: false) && InHours(rules, period.End, isEnd: true);
    }

    /// <summary>The open windows in [from, to) minus the busy periods, merged and in order.</summary>
    public static IReadOnlyList<TimeInterval> Free(BookingRules rules, DateTimeOffset from, DateTimeOffset to, IEnumerable<TimeInterval> busy)
    {
        var taken = busy.Where(b => b.Start < to && from < b.End).OrderBy(b => b.Start).ToList();
        var free = new List<TimeInterval>();
        foreach (var window in OpenWindows(rules, from, to))
        {
            var cursor = window.Start;
            foreach (var b in taken.Where(b => b.Overlaps(window)))
            {
                if (b.Start > cursor)
                {
                    Add(free, new TimeInterval(cursor, b.Start));
                }

                cursor = b.End > cursor ? b.End : cursor;
            }

            if (cursor < window.End)
            {
                Add(free, new TimeInterval(cursor, window.End));
            }
        }

        return free;
    }

    /// <summary>Adds the interval, joined to the last one when they touch (windows open around the clock meet at midnight).</summary>
    private static void Add(List<TimeInterval> free, TimeInterval interval)
    {
        if (free.Count > 0 && free[^1].End == interval.Start)
        {
            free[^1] = free[^1] with { End = interval.End };
        }
        else
        {
            free.Add(interval);
        }
    }

    /// <summary>Midnight KST of the day, as an instant in KST.</summary>
    public static DateTimeOffset DayStart(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Kst.Offset);

    private static bool InHours(BookingRules rules, DateTimeOffset instant, bool isEnd)
    {
        var local = Kst.ToKst(instant);
        var day = DateOnly.FromDateTime(local.DateTime);
        var minute = (int)(local - DayStart(day)).TotalMinutes;
        if (isEnd && minute == 0 && local.TimeOfDay == TimeSpan.Zero)
        {
            // An end at midnight is the end of the previous day.
            day = day.AddDays(-1);
            minute = 24 * 60;
        }

        return rules.Days.Includes(day.DayOfWeek) && (isEnd
            ? minute > rules.OpensAtMinute && minute <= rules.ClosesAtMinute
            : minute >= rules.OpensAtMinute && minute < rules.ClosesAtMinute);
    }
}
