using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Core.Marketplace.Funnel;

/// <summary>
/// The KST calendar months a funnel covers (first day of the first month to the end of the last), as UTC instants for
/// queries; whether demo records count; and now (meetings count as held once their slot has ended).
/// </summary>
public sealed record FunnelWindow(DateOnly FirstMonth, DateOnly LastMonth, bool IncludeDemo, DateTimeOffset Now)
{
    /// <summary>The first instant (UTC) of the window.</summary>
    public DateTimeOffset From => Start(FirstMonth);

    /// <summary>The first instant (UTC) after the window.</summary>
    public DateTimeOffset To => Start(LastMonth.AddMonths(1));

    public DateOnly FirstDay => FirstMonth;

    public DateOnly LastDay => LastMonth.AddMonths(1).AddDays(-1);

    public bool Contains(DateTimeOffset instant) => From <= instant && instant < To;

    public bool Contains(DateOnly day) => FirstDay <= day && day <= LastDay;

    /// <summary>The KST calendar month (its first day) of an instant.</summary>
    public static DateOnly MonthOf(DateTimeOffset instant)
    {
        var kst = Kst.ToKst(instant);
        return new DateOnly(kst.Year, kst.Month, 1);
    }

    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    private static DateTimeOffset Start(DateOnly month) =>
        new DateTimeOffset(month.ToDateTime(TimeOnly.MinValue), Kst.Offset).ToUniversalTime();
}
