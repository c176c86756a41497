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
        return (fee, Vat(fee, vatExempt));
    }

    /// <summary>The VAT on a fee or price before VAT: 10% rounded to the won, or 0 when exempt. Fees, quotes and packages all use it.</summary>
    public static long Vat(long feeKrw, bool vatExempt) =>
        vatExempt ? 0 : (long)Math.Round(feeKrw * ReservationLimits.VatRate, MidpointRounding.AwayFromZero);

    private static long DaysTouched(TimeInterval used)
    {
        var first = DateOnly.FromDateTime(Kst.ToKst(used.Start).DateTime);
        var last = DateOnly.FromDateTime(Kst.ToKst(used.End - TimeSpan.FromTicks(1)).DateTime);
        return last.DayNumber - first.DayNumber + 1;
    }
}
