using TechBridge.Core.Facilities.Reservations;

namespace TechBridge.Web.Components.Pages.Facilities;

/// <summary>One hour of one day on the week calendar (KST); cells order by time.</summary>
public readonly record struct SlotCell(DateOnly Day, int Hour) : IComparable<SlotCell>
{
    public DateTimeOffset Start => OperatingCalendar.DayStart(Day).AddHours(Hour);

    public DateTimeOffset End => Start.AddHours(1);

    public int CompareTo(SlotCell other) => Day != other.Day ? Day.CompareTo(other.Day) : Hour.CompareTo(other.Hour);

    public static bool operator <(SlotCell left, SlotCell right) => left.CompareTo(right) < 0;

    public static bool operator >(SlotCell left, SlotCell right) => left.CompareTo(right) > 0;

    public static bool operator <=(SlotCell left, SlotCell right) => left.CompareTo(right) <= 0;

    public static bool operator >=(SlotCell left, SlotCell right) => left.CompareTo(right) >= 0;
}
