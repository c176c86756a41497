using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Reservations;
using static TechBridge.Core.Tests.Facilities.Reservations.BookingWorld;

namespace TechBridge.Core.Tests.Facilities.Reservations;

public sealed class FeesTests
{
    [Theory]
    [InlineData(0, 1)] // checked in and out at once: one hour
    [InlineData(1, 1)]
    [InlineData(60, 1)]
    [InlineData(61, 2)] // a started hour counts whole
    [InlineData(90, 2)]
    [InlineData(120, 2)]
    [InlineData(24 * 60 + 1, 25)]
    public void For_PerHour_RoundsStartedHoursUp(int minutes, long hours)
    {
        var (fee, vat) = Fees.For(10_000, FeeUnit.PerHour, vatExempt: false, new TimeInterval(Kst(4, 10), Kst(4, 10).AddMinutes(minutes)), samples: 0);

        Assert.Equal((hours * 10_000, hours * 1_000), (fee, vat));
    }

    [Theory]
    [InlineData(4, 9, 4, 18, 1)]
    [InlineData(4, 9, 5, 0, 1)] // ends at midnight: Thursday is not touched
    [InlineData(4, 23, 5, 1, 2)] // one UTC day (14:00–16:00 UTC), two KST days
    [InlineData(4, 8, 4, 10, 1)] // two UTC days (23:00–01:00 UTC), one KST day
    [InlineData(6, 17, 9, 10, 4)] // Friday to Monday: every day touched counts
    public void For_PerDay_CountsKstDaysTouched(int startDay, int startHour, int endDay, int endHour, long days)
    {
        var (fee, _) = Fees.For(50_000, FeeUnit.PerDay, vatExempt: false, new TimeInterval(Kst(startDay, startHour), Kst(endDay, endHour)), samples: 0);

        Assert.Equal(days * 50_000, fee);
    }

    [Fact]
    public void For_PerSample_ChargesEachSampleWhateverTheTime()
    {
        Assert.Equal((45_000L, 4_500L), Fees.For(15_000, FeeUnit.PerSample, vatExempt: false, new TimeInterval(Kst(4, 10), Kst(4, 17)), samples: 3));
        Assert.Equal((0L, 0L), Fees.For(15_000, FeeUnit.PerSample, vatExempt: false, new TimeInterval(Kst(4, 10), Kst(4, 17)), samples: 0));
    }

    [Theory]
    [InlineData(12_345, 1_235)] // 1,234.5 rounds away from zero
    [InlineData(12_344, 1_234)]
    [InlineData(12_346, 1_235)]
    [InlineData(5, 1)] // 0.5
    [InlineData(4, 0)]
    [InlineData(0, 0)]
    public void For_Vat_IsTenPercentRoundedToTheWon(long unitFee, long vat)
    {
        Assert.Equal((unitFee, vat), Fees.For(unitFee, FeeUnit.PerSample, vatExempt: false, new TimeInterval(Kst(4, 10), Kst(4, 11)), samples: 1));
    }

    [Fact]
    public void For_VatExempt_HasNoVat()
    {
        Assert.Equal((30_000L, 0L), Fees.For(10_000, FeeUnit.PerHour, vatExempt: true, new TimeInterval(Kst(4, 10), Kst(4, 12, 30)), samples: 0));
    }
}
