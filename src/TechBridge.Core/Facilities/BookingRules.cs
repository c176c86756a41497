namespace TechBridge.Core.Facilities;

/// <summary>
/// How a piece of equipment may be booked: its operating hours in KST on the days it is open, the shortest and longest
/// reservation, how far ahead a reservation must be made, and whether the center approves each one or requires training.
/// A reservation starts and ends within operating hours; one that spans several days holds the equipment overnight.
/// </summary>
public sealed record BookingRules
{
    /// <summary>Minutes after KST midnight when the equipment opens (0–1439).</summary>
    public int OpensAtMinute { get; init; } = 9 * 60;

    /// <summary>Minutes after KST midnight when it closes (1–1440, after opening).</summary>
    public int ClosesAtMinute { get; init; } = 18 * 60;

    /// <summary>The days it is open, as <see cref="OperatingDays"/> flags.</summary>
    public OperatingDays Days { get; init; } = OperatingDays.Weekdays;

    public int MinHours { get; init; } = 1;
    public int MaxHours { get; init; } = 24 * 14;

    /// <summary>Hours between making a reservation and its start.</summary>
    public int LeadHours { get; init; } = 24;

    /// <summary>Hours before the start until which the company may cancel by itself.</summary>
    public int CancelHours { get; init; } = 24;

    public bool RequiresApproval { get; init; } = true;
    public bool RequiresTraining { get; init; }

    public static readonly BookingRules Default = new();
}

/// <summary>Days of the week, Monday first.</summary>
[Flags]
public enum OperatingDays
{
    None = 0,
    Monday = 1,
    Tuesday = 2,
    Wednesday = 4,
    Thursday = 8,
    Friday = 16,
    Saturday = 32,
    Sunday = 64,
    Weekdays = Monday | Tuesday | Wednesday | Thursday | Friday,
    All = Weekdays | Saturday | Sunday,
}

public static class OperatingDaysExtensions
{
    public static bool Includes(this OperatingDays days, DayOfWeek day) =>
        (days & day switch
        {
            DayOfWeek.Monday => OperatingDays.Monday,
            DayOfWeek.Tuesday => OperatingDays.Tuesday,
            DayOfWeek.Wednesday => OperatingDays.Wednesday,
            DayOfWeek.Thursday => OperatingDays.Thursday,
            DayOfWeek.Friday => OperatingDays.Friday,
            DayOfWeek.Saturday => OperatingDays.Saturday,
            _ => OperatingDays.Sunday,
        }) != 0;
}
