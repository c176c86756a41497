using System.Globalization;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Facilities.Assistant;

/// <summary>How the assistant writes lengths, days, slots and fees in the current UI language.</summary>
public static class AssistantText
{
    public static string Length(int? hours, int? days) => (hours, days) switch
    {
        (_, { } d) => d == 1 ? CoreMessages.Get("Assistant.OneDay") : CoreMessages.Get("Assistant.Days", d),
        ({ } h, _) => h == 1 ? CoreMessages.Get("Assistant.OneHour") : CoreMessages.Get("Assistant.Hours", h),
        _ => string.Empty,
    };

    public static string Day(DateOnly day) =>
        day.ToString(Bilingual.IsEnglish ? "MMM d" : "M월 d일", CultureInfo.CurrentCulture);

    public static string Slot(DateTimeOffset start, DateTimeOffset end)
    {
        var (s, e) = (Kst.ToKst(start), Kst.ToKst(end));
        var day = s.ToString(Bilingual.IsEnglish ? "ddd, MMM d" : "M월 d일 (ddd)", CultureInfo.CurrentCulture);
        var until = s.Date == e.Date ? e.ToString("HH:mm", CultureInfo.InvariantCulture) : Day(DateOnly.FromDateTime(e.DateTime)) + " " + e.ToString("HH:mm", CultureInfo.InvariantCulture);
        return $"{day} {s:HH:mm}–{until} KST";
    }

    public static string Fee(long feeWithVat, FeeUnit unit) => feeWithVat <= 0
        ? CoreMessages.Get("Assistant.FeeOnRequest")
        : CoreMessages.Get(unit switch { FeeUnit.PerHour => "Assistant.PerHour", FeeUnit.PerDay => "Assistant.PerDay", _ => "Assistant.PerSample" },
            Krw.Format(feeWithVat, Bilingual.IsEnglish));
}
