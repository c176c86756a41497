using System.Globalization;
using TechBridge.Core.Marketplace.Events;

namespace TechBridge.Web.Components.Pages.Marketplace.Events;

/// <summary>The event form's field values for an event being changed, and the form's number parsing.</summary>
public static class EventForm
{
    public static Dictionary<string, string> Values(EventDetail e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(StringComparer.Ordinal)
        {
            ["version"] = e.Version.ToString(CultureInfo.InvariantCulture),
            ["nameKo"] = e.NameKo,
            ["nameEn"] = e.NameEn,
            ["description"] = e.Description,
            ["venue"] = e.Venue ?? string.Empty,
            ["isOnline"] = e.IsOnline ? "true" : string.Empty,
            ["firstDay"] = Day(e.FirstDay),
            ["lastDay"] = Day(e.LastDay),
            ["dailyStart"] = e.DailyStart,
            ["dailyEnd"] = e.DailyEnd,
            ["meetingMinutes"] = e.MeetingMinutes.ToString(CultureInfo.InvariantCulture),
            ["tables"] = e.TableCount.ToString(CultureInfo.InvariantCulture),
            ["registrationDeadline"] = Day(EventDeadline.Day(e.RegistrationDeadline)),
        };
    }

    public static int? Number(string? value) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
