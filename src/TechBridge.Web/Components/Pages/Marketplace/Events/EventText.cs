using System.Globalization;
using TechBridge.Core.Marketplace.Events;
using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Web.Components.Pages.Marketplace.Events;

/// <summary>How event pages write days, slots and states.</summary>
public static class EventText
{
    public static string Days(DateOnly first, DateOnly last) =>
        first == last ? Day(first) : $"{Day(first)} – {Day(last)}";

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"03-20 09:00–09:30" in KST.</summary>
    public static string Slot(DateTimeOffset start, DateTimeOffset end) =>
        Kst.ToKst(start).ToString("MM-dd HH:mm", CultureInfo.InvariantCulture) + "–" + Kst.ToKst(end).ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Tone(PartneringEventStatus status) => status switch
    {
        PartneringEventStatus.Open => "ok",
        PartneringEventStatus.Scheduled => "ok",
        PartneringEventStatus.Draft => "warn",
        _ => "off",
    };
}
