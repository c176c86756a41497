using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Core.Facilities.Reservations;

/// <summary>The fee of actual use: started hours, KST days touched, or samples, times the unit fee; VAT 10% unless exempt, rounded to the won.</summary>
public static class Fees
{
    public static (long Fee, long Vat) For(long unitFeeKrw, FeeUnit unit, bool vatExempt, TimeInterval used, int samples)
    {
        var units = unit switch
        {
            FeeUnit.PerHour => Math.Max(1, (long)Math.Ceiling(used.Duration.TotalHours - 1e-9)),
            FeeUnit.PerDay => Math.Max(1, DaysTouched(used)),
            _ => samples,
        };
        var fee = checked(unitFeeKrw * units);
        var vat = vatExempt ? 0 : (long)Math.Round(fee * ReservationLimits.VatRate, MidpointRounding.AwayFromZero);
        return (fee, vat);
    }

    private static long DaysTouched(TimeInterval used)
    {
        var first = DateOnly.FromDateTime(Kst.ToKst(used.Start).DateTime);
        var last = DateOnly.FromDateTime(Kst.ToKst(used.End - TimeSpan.FromTicks(1)).DateTime);
        return last.DayNumber - first.DayNumber + 1;
    }
}
