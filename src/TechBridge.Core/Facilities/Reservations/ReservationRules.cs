using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Facilities.Reservations;

/// <summary>The equipment's booking rules applied to a requested period; every broken rule is reported on its field.</summary>
public static class ReservationRules
{
    /// <summary>How long before the start an operator may check the company in.</summary>
    public static readonly TimeSpan CheckInEarly = TimeSpan.FromHours(1);

    public const int MaxSamples = 10_000;

    public static TimeInterval Validate(ReservationInput input, BookingRules rules, EquipmentStatus status, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(rules);
        var errors = new ValidationErrors();
        errors.RequireText(nameof(input.Purpose), input.Purpose, "Field.Purpose", EquipmentLimits.PurposeLength);
        if (input.Start is null)
        {
            errors.Add(nameof(input.Start), CoreMessages.Get("Validation.Required", CoreMessages.Get("Field.Start")));
        }

        if (input.End is null)
        {
            errors.Add(nameof(input.End), CoreMessages.Get("Validation.Required", CoreMessages.Get("Field.End")));
        }

        if (!status.IsBookable())
        {
            errors.Add(nameof(input.Start), CoreMessages.Get("Reservation.NotBookable"));
        }

        if (input is { Start: { } start, End: { } end })
        {
            CheckPeriod(errors, new TimeInterval(start.ToUniversalTime(), end.ToUniversalTime()), rules, now);
        }

        errors.ThrowIfAny();
        return new TimeInterval(input.Start!.Value.ToUniversalTime(), input.End!.Value.ToUniversalTime());
    }

    public static async Task CheckBlackoutsAsync(TechBridgeDbContext db, Guid equipmentId, TimeInterval period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var blackout = await db.EquipmentBlackouts.AsNoTracking()
            .Where(b => b.EquipmentId == equipmentId && b.Start < period.End && period.Start < b.End)
            .OrderBy(b => b.Start).Select(b => new { b.Start, b.End, b.Reason }).FirstOrDefaultAsync(cancellationToken);
        if (blackout is not null)
        {
            throw ValidationFailedException.For(nameof(ReservationInput.Start),
                CoreMessages.Get("Reservation.Blackout", Kst.Format(blackout.Start), Kst.Format(blackout.End), blackout.Reason));
        }
    }

    private static void CheckPeriod(ValidationErrors errors, TimeInterval period, BookingRules rules, DateTimeOffset now)
    {
        if (period.Start >= period.End)
        {
            errors.Add(nameof(ReservationInput.End), CoreMessages.Get("Reservation.PeriodOrder"));
            return;
        }

        if (period.Start.Ticks % TimeSpan.TicksPerMinute != 0 || period.End.Ticks % TimeSpan.TicksPerMinute != 0)
        {
            errors.Add(nameof(ReservationInput.Start), CoreMessages.Get("Reservation.WholeMinutes"));
        }

        var hours = period.Duration.TotalHours;
        if (hours < rules.MinHours)
        {
            errors.Add(nameof(ReservationInput.End), CoreMessages.Get("Reservation.MinHours", rules.MinHours));
        }
        else if (hours > rules.MaxHours)
        {
            errors.Add(nameof(ReservationInput.End), CoreMessages.Get("Reservation.MaxHours", rules.MaxHours));
        }

        if (period.Start < now + TimeSpan.FromHours(rules.LeadHours))
        {
            errors.Add(nameof(ReservationInput.Start), CoreMessages.Get("Reservation.LeadTime", rules.LeadHours));
        }
        else if (period.Start > now + ReservationLimits.Horizon)
        {
            errors.Add(nameof(ReservationInput.Start), CoreMessages.Get("Reservation.Horizon", (int)ReservationLimits.Horizon.TotalDays));
        }

        if (!OperatingCalendar.StartsAndEndsInHours(rules, period))
        {
            errors.Add(nameof(ReservationInput.Start), CoreMessages.Get("Reservation.OutsideHours", HoursText(rules)));
        }
    }

    /// <summary>"09:00–18:00" for the operating hours.</summary>
    public static string HoursText(BookingRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return $"{rules.OpensAtMinute / 60:00}:{rules.OpensAtMinute % 60:00}–{rules.ClosesAtMinute / 60:00}:{rules.ClosesAtMinute % 60:00}";
    }
}
