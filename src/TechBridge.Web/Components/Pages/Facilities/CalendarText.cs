using TechBridge.Web.Localization;

namespace TechBridge.Web.Components.Pages.Facilities;

/// <summary>Days as the equipment calendars write them: "12/15 (월)", "12/15 (Mon)".</summary>
public static class CalendarText
{
    private static readonly string[] Korean = ["월", "화", "수", "목", "금", "토", "일"];
    private static readonly string[] English = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    /// <summary>Monday first, in the current language.</summary>
    public static IReadOnlyList<string> WeekdayNames => Cultures.IsEnglish ? English : Korean;

    public static string Weekday(DateOnly day) => WeekdayNames[((int)day.DayOfWeek + 6) % 7];

    public static string Day(DateOnly day) => $"{day:M/d} ({Weekday(day)})";
}
