using System.Collections.Concurrent;
using System.Globalization;

namespace TechBridge.Core.Shared.Calendar;

/// <summary>
/// The public holidays of the Republic of Korea (관공서의 공휴일에 관한 규정, 공휴일에 관한 법률) for a year, computed from the rules
/// rather than listed: fixed dates, the lunar holidays through <see cref="KoreanLunisolarCalendar"/>, and substitute holidays
/// (대체공휴일). Days the government declares one at a time (election days, temporary holidays) cannot be computed; they come
/// from <see cref="BusinessCalendarOptions.ExtraHolidays"/>.
/// </summary>
/// <remarks>
/// Substitute rules, each from the date it took effect:
/// 설날 and 추석 days on a Sunday or on another holiday, and 어린이날 on a Saturday, Sunday or another holiday (since 2014);
/// 삼일절, 광복절, 개천절 and 한글날 on a Saturday, Sunday or another holiday (since 2021-08-04);
/// 부처님오신날 and 기독탄신일 likewise (since 2023-05-04); 제헌절, a public holiday again from 2026, likewise.
/// The substitute is the first following weekday that is neither a holiday nor another substitute.
/// Years before 2014 (other rules applied then) and after 2049 (beyond the lunisolar calendar's range) are refused.
/// </remarks>
public static class KoreanHolidays
{
    public const int FirstSupportedYear = 2014;
    public const int LastSupportedYear = 2049;

    private static readonly KoreanLunisolarCalendar Lunar = new();
    private static readonly ConcurrentDictionary<int, Year> Cache = new();

    /// <summary>The year's holidays in date order (several may share a date, like 어린이날 and 부처님오신날 in 2025).</summary>
    public static IReadOnlyList<KoreanHoliday> For(int year) => Get(year).Holidays;

    /// <summary>Whether the date is a public holiday or a substitute holiday. Sundays are not listed, so they answer false.</summary>
    public static bool IsHoliday(DateOnly date) => Get(date.Year).Dates.Contains(date);

    private static Year Get(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstSupportedYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastSupportedYear);
        return Cache.GetOrAdd(year, static y => new Year(Compute(y)));
    }

    private static List<KoreanHoliday> Compute(int year)
    {
        var days = new List<Rule>
        {
            Fixed(year, 1, 1, "신정", "New Year's Day", Substitute.None),
            Fixed(year, 3, 1, "삼일절", "Independence Movement Day", Substitute.NationalDay),
            Fixed(year, 5, 5, "어린이날", "Children's Day", Substitute.Always),
            Fixed(year, 6, 6, "현충일", "Memorial Day", Substitute.None),
            Fixed(year, 8, 15, "광복절", "Liberation Day", Substitute.NationalDay),
            Fixed(year, 10, 3, "개천절", "National Foundation Day", Substitute.NationalDay),
            Fixed(year, 10, 9, "한글날", "Hangul Day", Substitute.NationalDay),
            Fixed(year, 12, 25, "기독탄신일", "Christmas Day", Substitute.Since2023),
        };
        if (year >= 2026)
        {
            // 공휴일에 관한 법률 amended in 2026: every national day (국경일) is a public holiday, 제헌절 again after 2008.
            days.Add(Fixed(year, 7, 17, "제헌절", "Constitution Day", Substitute.NationalDay));
        }

        var seollal = LunarDate(year, 1, 1);
        days.Add(new Rule(seollal.AddDays(-1), "설날 전날", "Day before Seollal", Substitute.Festival));
        days.Add(new Rule(seollal, "설날", "Seollal (Lunar New Year)", Substitute.Festival));
        days.Add(new Rule(seollal.AddDays(1), "설날 다음날", "Day after Seollal", Substitute.Festival));
        days.Add(new Rule(LunarDate(year, 4, 8), "부처님오신날", "Buddha's Birthday", Substitute.Since2023));
        var chuseok = LunarDate(year, 8, 15);
        days.Add(new Rule(chuseok.AddDays(-1), "추석 전날", "Day before Chuseok", Substitute.Festival));
        days.Add(new Rule(chuseok, "추석", "Chuseok", Substitute.Festival));
        days.Add(new Rule(chuseok.AddDays(1), "추석 다음날", "Day after Chuseok", Substitute.Festival));

        days.Sort((a, b) => a.Date.CompareTo(b.Date));
        var taken = days.Select(d => d.Date).ToHashSet();
        var holidays = days.Select(d => new KoreanHoliday(d.Date, d.NameKo, d.NameEn, false)).ToList();
        foreach (var lost in LostDays(days))
        {
            var substitute = NextFreeWeekday(lost.Date, taken);
            taken.Add(substitute);
            holidays.Add(new KoreanHoliday(substitute, $"대체공휴일({lost.NameKo})", $"Substitute holiday ({lost.NameEn})", true));
        }

        holidays.Sort((a, b) => a.Date.CompareTo(b.Date));
        return holidays;
    }

    /// <summary>
    /// The holidays that lose their day and earn a substitute. A day holds one holiday: a weekday always, a Saturday only for a
    /// holiday whose rule does not count Saturdays (설날, 추석), a Sunday none (it is a holiday already). Holidays without a
    /// substitute rule take the day first, so a holiday with one that shares it is the one compensated.
    /// </summary>
    private static IEnumerable<Rule> LostDays(List<Rule> days)
    {
        foreach (var day in days.GroupBy(d => d.Date))
        {
            var date = day.Key;
            var occupied = date.DayOfWeek == DayOfWeek.Sunday;
            foreach (var holiday in day.OrderBy(h => Applies(h.Substitute, date) ? 1 : 0))
            {
                var fits = !occupied && (date.DayOfWeek != DayOfWeek.Saturday || !CountsSaturday(holiday.Substitute));
                if (fits)
                {
                    occupied = true;
                }
                else if (Applies(holiday.Substitute, date))
                {
                    yield return holiday;
                }
            }
        }
    }

    private static bool Applies(Substitute rule, DateOnly date) => rule switch
    {
        Substitute.Always or Substitute.Festival => true,
        Substitute.NationalDay => date >= new DateOnly(2021, 8, 4),
        Substitute.Since2023 => date >= new DateOnly(2023, 5, 4),
        _ => false,
    };

    private static bool CountsSaturday(Substitute rule) => rule != Substitute.Festival;

    private static DateOnly NextFreeWeekday(DateOnly after, HashSet<DateOnly> taken)
    {
        var day = after.AddDays(1);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || taken.Contains(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>The Gregorian date of a lunar month and day in the lunar year that starts in the given Gregorian year.</summary>
    /// <remarks>In a year with a leap month, months from the leap month on are numbered one higher (GetLeapMonth returns the leap month's own number).</remarks>
    private static DateOnly LunarDate(int year, int month, int day)
    {
        var leap = Lunar.GetLeapMonth(year);
        var index = leap > 0 && month >= leap ? month + 1 : month;
        return DateOnly.FromDateTime(Lunar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }

    private static Rule Fixed(int year, int month, int day, string ko, string en, Substitute substitute) =>
        new(new DateOnly(year, month, day), ko, en, substitute);

    private enum Substitute
    {
        None,
        Festival,
        Always,
        NationalDay,
        Since2023,
    }

    private sealed record Rule(DateOnly Date, string NameKo, string NameEn, Substitute Substitute);

    private sealed class Year(List<KoreanHoliday> holidays)
    {
        public IReadOnlyList<KoreanHoliday> Holidays { get; } = holidays.AsReadOnly();

        public HashSet<DateOnly> Dates { get; } = holidays.Select(h => h.Date).ToHashSet();
    }
}
