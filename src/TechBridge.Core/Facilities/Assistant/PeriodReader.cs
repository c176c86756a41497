using System.Globalization;
using System.Text.RegularExpressions;

namespace TechBridge.Core.Facilities.Assistant;

/// <summary>
/// Reads a period ("1월", "다음 주", "12월 15일부터", "in January", "next week", "from Dec 15") and a length ("3시간", "2일",
/// "이틀", "2 days") from normalised question text, relative to today in KST. What it reads is blanked out of the text so
/// that the words left name the equipment.
/// </summary>
public static partial class PeriodReader
{
    private const int WindowFromDays = 30;

    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public sealed record Period(DateOnly? From, DateOnly? To, int? Hours, int? Days);

    public static Period Read(ref string text, DateOnly today)
    {
        DateOnly? from = null;
        DateOnly? to = null;
        var open = false;

        if (Take(ref text, KoreanDate()) is { } kd)
        {
            var month = kd.Groups["m"].Success ? int.Parse(kd.Groups["m"].Value, CultureInfo.InvariantCulture) : today.Month;
            (from, open) = (DayOf(today, month, int.Parse(kd.Groups["d"].Value, CultureInfo.InvariantCulture)), kd.Groups["from"].Success);
        }
        else if (Take(ref text, EnglishDate()) is { } ed)
        {
            var month = MonthNumber(ed.Groups["m1"].Success ? ed.Groups["m1"].Value : ed.Groups["m2"].Value);
            var day = int.Parse(ed.Groups["d1"].Success ? ed.Groups["d1"].Value : ed.Groups["d2"].Value, CultureInfo.InvariantCulture);
            (from, open) = (DayOf(today, month, day), ed.Groups["from"].Success);
        }
        else if (Take(ref text, KoreanMonth()) is { } km)
        {
            (from, to) = MonthOf(today, int.Parse(km.Groups["m"].Value, CultureInfo.InvariantCulture));
        }
        else if (Take(ref text, EnglishMonth()) is { } em)
        {
            (from, to) = MonthOf(today, MonthNumber(em.Groups["m"].Value));
        }
        else if (Take(ref text, Relative()) is { } rel)
        {
            (from, to) = RelativeWindow(rel.Value, today);
        }

        var (hours, days) = ReadLength(ref text);
        if (from is { } start && to is null)
        {
            to = open ? start.AddDays(WindowFromDays) : start.AddDays(Math.Max(1, days ?? 1));
        }

        return new Period(from, to, hours, days);
    }

    private static (int? Hours, int? Days) ReadLength(ref string text)
    {
        if (Take(ref text, HoursLength()) is { } h)
        {
            return (Count(h.Groups["n"].Value), null);
        }

        if (Take(ref text, DaysLength()) is { } d)
        {
            return (null, Count(d.Groups["n"].Value));
        }

        if (Take(ref text, NativeDays()) is { } nd)
        {
            return (null, nd.Value.Trim() switch { "하루" => 1, "이틀" => 2, "사흘" => 3, _ => 4 });
        }

        return (null, null);
    }

    private static int Count(string word) => word switch
    {
        "한" or "one" or "an" or "a" => 1,
        "두" or "two" => 2,
        "세" or "three" => 3,
        "네" or "four" => 4,
        "다섯" or "five" => 5,
        _ => int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Math.Min(n, 10_000) : 1,
    };

    private static (DateOnly From, DateOnly To) RelativeWindow(string phrase, DateOnly today)
    {
        var compact = phrase.Replace(" ", string.Empty, StringComparison.Ordinal);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var firstOfMonth = new DateOnly(today.Year, today.Month, 1);
        return compact switch
        {
            "오늘" or "today" => (today, today.AddDays(1)),
            "내일" or "tomorrow" => (today.AddDays(1), today.AddDays(2)),
            "이번주" or "thisweek" => (today, monday.AddDays(7)),
            "다음주" or "nextweek" => (monday.AddDays(7), monday.AddDays(14)),
            "이번달" or "thismonth" => (today, firstOfMonth.AddMonths(1)),
            _ => (firstOfMonth.AddMonths(1), firstOfMonth.AddMonths(2)),
        };
    }

    /// <summary>The month asked for: this one from today, a past one next year.</summary>
    private static (DateOnly From, DateOnly To) MonthOf(DateOnly today, int month)
    {
        month = Math.Clamp(month, 1, 12);
        var year = month < today.Month ? today.Year + 1 : today.Year;
        var first = new DateOnly(year, month, 1);
        return (first < today ? today : first, first.AddMonths(1));
    }

    /// <summary>The day asked for: this year, or next year when it has passed; an impossible day is the month's last.</summary>
    private static DateOnly DayOf(DateOnly today, int month, int day)
    {
        month = Math.Clamp(month, 1, 12);
        var date = new DateOnly(today.Year, month, Math.Clamp(day, 1, DateTime.DaysInMonth(today.Year, month)));
        return date < today ? new DateOnly(today.Year + 1, month, Math.Clamp(day, 1, DateTime.DaysInMonth(today.Year + 1, month))) : date;
    }

    private static int MonthNumber(string name) =>
        Array.FindIndex(Months, m => m.StartsWith(name[..Math.Min(3, name.Length)], StringComparison.Ordinal)) + 1;

    private static Match? Take(ref string text, Regex pattern)
    {
        var match = pattern.Match(text);
        if (!match.Success)
        {
            return null;
        }

        text = string.Concat(text.AsSpan(0, match.Index), " ", text.AsSpan(match.Index + match.Length));
        return match;
    }

    [GeneratedRegex(@"(?:(?<m>\d{1,2})\s*월\s*)?(?<d>\d{1,2})\s*일\s*(?:(?<from>부터|이후|후|이후로)|에)|(?<m>\d{1,2})\s*월\s*(?<d>\d{1,2})\s*일", RegexOptions.CultureInvariant)]
    private static partial Regex KoreanDate();

    [GeneratedRegex(@"(?:(?<from>from|after|starting|since)\s+)?(?:(?<m1>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?(?![0-9])|(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m2>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)(?:\s+(?<from>onwards?|on))?", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishDate();

    [GeneratedRegex(@"(?<m>\d{1,2})\s*월(?:에|중|달)?", RegexOptions.CultureInvariant)]
    private static partial Regex KoreanMonth();

    [GeneratedRegex(@"\b(?:in|during)\s+(?<m>may)\b|(?:\b(?:in|during)\s+)?\b(?<m>january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishMonth();

    [GeneratedRegex(@"오늘|내일|이번\s*주|다음\s*주|이번\s*달|다음\s*달|\btoday\b|\btomorrow\b|\bthis\s+week\b|\bnext\s+week\b|\bthis\s+month\b|\bnext\s+month\b", RegexOptions.CultureInvariant)]
    private static partial Regex Relative();

    [GeneratedRegex(@"(?<n>\d{1,5}|한|두|세|네|다섯|\bone|\btwo|\bthree|\bfour|\bfive|\ban|\ba)\s*(?:시간|hours?\b|hrs?\b|h\b)(?:\s*(?:동안|정도|간))?", RegexOptions.CultureInvariant)]
    private static partial Regex HoursLength();

    [GeneratedRegex(@"(?<n>\d{1,3}|\bone|\btwo|\bthree|\bfour|\bfive|\ba)\s*(?:일|days?\b)(?:\s*(?:동안|정도|간))?", RegexOptions.CultureInvariant)]
    private static partial Regex DaysLength();

    [GeneratedRegex(@"하루|이틀|사흘|나흘", RegexOptions.CultureInvariant)]
    private static partial Regex NativeDays();
}
