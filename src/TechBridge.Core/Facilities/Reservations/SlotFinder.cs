using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Core.Facilities.Reservations;

/// <summary>
/// The earliest period of a wanted length that <see cref="ReservationRules"/> would accept on one item, given its busy
/// periods: a sweep that only moves forward, jumping past whatever rule the current candidate breaks.
/// </summary>
public static class SlotFinder
{
    /// <summary>No week without an operating day: further than this ahead there is no open window at all.</summary>
    private static readonly TimeSpan Week = TimeSpan.FromDays(8);

    /// <summary>
    /// The earliest [start, start + <paramref name="length"/>) inside [<paramref name="from"/>, <paramref name="to"/>)
    /// starting no earlier than <paramref name="earliest"/> and no later than <paramref name="latest"/>, starting and ending
    /// within operating hours (it may hold the item overnight between), within the item's min/max hours and overlapping
    /// none of <paramref name="busy"/> (merged, in order); null when there is none.
    /// </summary>
    public static TimeInterval? EarliestHours(
        BookingRules rules, DateTimeOffset from, DateTimeOffset to, DateTimeOffset earliest, DateTimeOffset latest, TimeSpan length,
        IReadOnlyList<TimeInterval> busy)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(busy);
        if (length.TotalHours < rules.MinHours || length.TotalHours > rules.MaxHours || rules.Days == OperatingDays.None)
        {
            return null;
        }

        var start = CeilMinute(from > earliest ? from : earliest);
        var next = 0;
        while (start + length <= to && start <= latest)
        {
            if (NextStart(rules, start) is not { } open)
            {
                return null;
            }

            if (open > start)
            {
                start = open;
                continue;
            }

            var end = start + length;
            if (NextEnd(rules, end) is not { } close)
            {
                return null;
            }

            if (close > end)
            {
                start = close - length;
                continue;
            }

            while (next < busy.Count && busy[next].End <= start)
            {
                next++;
            }

            if (next < busy.Count && busy[next].Start < end)
            {
                start = CeilMinute(busy[next].End);
                continue;
            }

            return new TimeInterval(start, end);
        }

        return null;
    }

    /// <summary>
    /// The earliest run of <paramref name="days"/> consecutive calendar days (KST) that are all operating days, held from
    /// opening on the first to closing on the last, inside [<paramref name="from"/>, <paramref name="to"/>), starting between
    /// <paramref name="earliest"/> and <paramref name="latest"/>, within the item's min/max hours and overlapping none of
    /// <paramref name="busy"/> (merged, in order); null when there is none.
    /// </summary>
    public static TimeInterval? EarliestDays(
        BookingRules rules, DateTimeOffset from, DateTimeOffset to, DateTimeOffset earliest, DateTimeOffset latest, int days,
        IReadOnlyList<TimeInterval> busy)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(busy);
        var held = TimeSpan.FromDays(days - 1) + TimeSpan.FromMinutes(rules.ClosesAtMinute - rules.OpensAtMinute);
        if (days < 1 || held.TotalHours < rules.MinHours || held.TotalHours > rules.MaxHours)
        {
            return null;
        }

        var lower = from > earliest ? from : earliest;
        var next = 0;
        for (var day = Day(lower); OperatingCalendar.DayStart(day) < to;)
        {
            var start = OperatingCalendar.DayStart(day).AddMinutes(rules.OpensAtMinute);
            var end = OperatingCalendar.DayStart(day.AddDays(days - 1)).AddMinutes(rules.ClosesAtMinute);
            if (end > to || start > latest)
            {
                return null;
            }

            if (start < lower)
            {
                day = day.AddDays(1);
                continue;
            }

            if (LastClosedDay(rules, day, days) is { } closed)
            {
                day = closed.AddDays(1);
                continue;
            }

            while (next < busy.Count && busy[next].End <= start)
            {
                next++;
            }

            if (next < busy.Count && busy[next].Start < end)
            {
                // The next candidate opens on or after the day the busy period ends.
                var after = Day(busy[next].End);
                day = after > day ? after : day.AddDays(1);
                continue;
            }

            return new TimeInterval(start, end);
        }

        return null;
    }

    /// <summary>Sorts and merges overlapping or touching periods.</summary>
    public static List<TimeInterval> Merge(IEnumerable<TimeInterval> periods)
    {
        var merged = new List<TimeInterval>();
        foreach (var p in periods.OrderBy(p => p.Start))
        {
            if (merged.Count > 0 && p.Start <= merged[^1].End)
            {
                if (p.End > merged[^1].End)
                {
                    merged[^1] = merged[^1] with { End = p.End };
                }
            }
            else
            {
                merged.Add(p);
            }
        }

        return merged;
    }

    /// <summary>The first instant at or after <paramref name="instant"/> at which a reservation may start, within a week.</summary>
    private static DateTimeOffset? NextStart(BookingRules rules, DateTimeOffset instant)
    {
        foreach (var window in OperatingCalendar.OpenWindows(rules, instant, instant + Week))
        {
            return window.Start;
        }

        return null;
    }

    /// <summary>The first instant at or after <paramref name="instant"/> at which a reservation may end (after opening, up to closing), within a week.</summary>
    private static DateTimeOffset? NextEnd(BookingRules rules, DateTimeOffset instant)
    {
        foreach (var window in OperatingCalendar.OpenWindows(rules, instant.AddDays(-1), instant + Week))
        {
            if (instant <= window.End)
            {
                return instant > window.Start ? instant : window.Start.AddMinutes(1);
            }
        }

        return null;
    }

    /// <summary>The last of the days [first, first + count) that is not an operating day, or null when all are.</summary>
    private static DateOnly? LastClosedDay(BookingRules rules, DateOnly first, int count)
    {
        for (var day = first.AddDays(count - 1); day >= first; day = day.AddDays(-1))
        {
            if (!rules.Days.Includes(day.DayOfWeek))
            {
                return day;
            }
        }

        return null;
    }

    private static DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(Kst.ToKst(instant).DateTime);

    private static DateTimeOffset CeilMinute(DateTimeOffset instant)
    {
        var rest = instant.Ticks % TimeSpan.TicksPerMinute;
        return rest == 0 ? instant : instant.AddTicks(TimeSpan.TicksPerMinute - rest);
    }
}
