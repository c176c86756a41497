using System.Globalization;
using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Web.Components.Pages.Facilities;

/// <summary>Dates and times as the browser's date and time inputs post them, read as Korea Standard Time.</summary>
public static class KstFormValues
{
    /// <summary>The instant of a posted date ("yyyy-MM-dd") and time ("HH:mm"), or null when either is unreadable.</summary>
    public static DateTimeOffset? At(string? date, string? time) =>
        CalendarGrid.Parse(date) is { } day
        && TimeOnly.TryParseExact(time, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock)
            ? new DateTimeOffset(day.ToDateTime(clock), Kst.Offset)
            : null;
}
