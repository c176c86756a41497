using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Shared.Errors;

namespace TechBridge.Web.Components.Pages.Facilities;

/// <summary>
/// The period a week-calendar selection stands for, and what the booking rules say about it before it is sent: the same
/// rules the booking itself applies (<see cref="ReservationRules.Validate"/>), plus an overlap with what the calendar
/// shows as taken. The booking still decides; this only tells the user early.
/// </summary>
public static class SlotSelectionCheck
{
    /// <summary>
    /// From the start of the first cell to the end of the last; a cell only partly open (hours on the half hour)
    /// contributes only its open part.
    /// </summary>
    public static TimeInterval Period(SlotCell first, SlotCell last, EquipmentAvailability availability)
    {
        ArgumentNullException.ThrowIfNull(availability);
        var start = first.Start;
        var end = last.End;
        if (!availability.Free.Any(f => f.Start <= start && start < f.End)
            && availability.Free.Where(f => f.Start > start && f.Start < first.End).Min(f => (DateTimeOffset?)f.Start) is { } opens
            && opens < end)
        {
            start = opens;
        }

        if (!availability.Free.Any(f => f.Start < end && end <= f.End)
            && availability.Free.Where(f => f.End > last.Start && f.End < end).Max(f => (DateTimeOffset?)f.End) is { } closes
            && closes > start)
        {
            end = closes;
        }

        return new TimeInterval(start, end);
    }

    /// <summary>Every reason the period cannot be booked, in the user's language; empty when it looks bookable.</summary>
    public static IReadOnlyList<string> Problems(TimeInterval period, EquipmentAvailability availability, DateTimeOffset now, string overlapMessage)
    {
        ArgumentNullException.ThrowIfNull(availability);
        var problems = new List<string>();
        if (availability.Busy.Any(b => new TimeInterval(b.Start, b.End).Overlaps(period)))
        {
            problems.Add(overlapMessage);
        }

        try
        {
            ReservationRules.Validate(new ReservationInput(period.Start, period.End, Purpose: null), availability.Rules, EquipmentStatus.Available, now);
        }
        catch (ValidationFailedException invalid)
        {
            // The purpose is asked for once a slot is chosen; only the period's messages count here.
            problems.AddRange(invalid.Errors.Where(e => e.Key != nameof(ReservationInput.Purpose)).SelectMany(e => e.Value));
        }

        return problems.Distinct().ToList();
    }
}
