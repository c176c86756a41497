namespace TechBridge.Core.Shared.Calendar;

/// <summary>
/// Settings of <see cref="BusinessCalendar"/>, bound from the <c>BusinessCalendar</c> section. The rule-based holidays are
/// computed; this holds the days declared one at a time (election days, temporary holidays such as 2025-01-27).
/// </summary>
public sealed class BusinessCalendarOptions
{
    public const string Section = "BusinessCalendar";

    /// <summary>Extra non-business days, as ISO dates in configuration (<c>"2025-06-03"</c>).</summary>
    public IList<DateOnly> ExtraHolidays { get; } = [];
}
