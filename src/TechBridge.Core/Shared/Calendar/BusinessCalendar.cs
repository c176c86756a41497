using Microsoft.Extensions.Options;
using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Core.Shared.Calendar;

/// <summary>
/// Business days in Korea: Monday to Friday, not a public or substitute holiday (<see cref="KoreanHolidays"/>), not an extra
/// holiday from <see cref="BusinessCalendarOptions"/>. Arithmetic is done on the Korea Standard Time calendar; instants go in
/// and come out in UTC.
/// </summary>
public sealed class BusinessCalendar(IOptions<BusinessCalendarOptions> options)
{
    /// <summary>Where the business day starts when counting from a non-business day.</summary>
    public static readonly TimeOnly OpeningTime = new(9, 0);

    private readonly HashSet<DateOnly> extraHolidays = [.. options.Value.ExtraHolidays];

    public bool IsBusinessDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !extraHolidays.Contains(date)
        && !KoreanHolidays.IsHoliday(date);

    /// <summary>
    /// The instant <paramref name="days"/> business days after <paramref name="instant"/>, in UTC. On a business day the answer
    /// keeps the KST time of day: Friday 15:00 + 2 is the second business day after that Friday, at 15:00. An instant on a
    /// non-business day counts as 09:00 KST of the next business day, and that day is day 0: Saturday 22:00 + 1 is Tuesday
    /// 09:00 (Monday being a business day). Zero days moves such an instant to that opening; a negative count is refused.
    /// </summary>
    public DateTimeOffset AddBusinessDays(DateTimeOffset instant, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var (date, time) = Start(instant);
        for (var counted = 0; counted < days;)
        {
            date = date.AddDays(1);
            if (IsBusinessDay(date))
            {
                counted++;
            }
        }

        return new DateTimeOffset(date.ToDateTime(time), Kst.Offset).ToUniversalTime();
    }

    /// <summary>
    /// Whole business days elapsed from <paramref name="from"/> to <paramref name="to"/>: the largest n for which
    /// <see cref="AddBusinessDays"/>(from, n) is not after <paramref name="to"/>; 0 when <paramref name="to"/> is not later.
    /// </summary>
    public int BusinessDaysBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var (date, time) = Start(from);
        var end = Kst.ToKst(to);
        var endDate = DateOnly.FromDateTime(end.DateTime);
        var count = 0;
        while (date < endDate)
        {
            date = date.AddDays(1);
            if (IsBusinessDay(date) && (date < endDate || time <= TimeOnly.FromDateTime(end.DateTime)))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The KST business date and time of day counting starts from.</summary>
    private (DateOnly Date, TimeOnly Time) Start(DateTimeOffset instant)
    {
        var local = Kst.ToKst(instant);
        var date = DateOnly.FromDateTime(local.DateTime);
        if (IsBusinessDay(date))
        {
            return (date, TimeOnly.FromDateTime(local.DateTime));
        }

        do
        {
            date = date.AddDays(1);
        }
        while (!IsBusinessDay(date));
        return (date, OpeningTime);
    }
}
