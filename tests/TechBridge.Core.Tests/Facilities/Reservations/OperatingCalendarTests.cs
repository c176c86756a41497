using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Reservations;
using static TechBridge.Core.Tests.Facilities.Reservations.BookingWorld;

namespace TechBridge.Core.Tests.Facilities.Reservations;

public sealed class OperatingCalendarTests
{
    private static readonly BookingRules Weekdays = BookingRules.Default;

    private static readonly BookingRules AllDay = new() { OpensAtMinute = 0, ClosesAtMinute = 1440, Days = OperatingDays.All };

    private static TimeInterval Span(DateTimeOffset start, DateTimeOffset end) => new(start, end);

    [Fact]
    public void OpenWindows_FridayToTuesday_SkipsTheWeekend()
    {
        var windows = OperatingCalendar.OpenWindows(Weekdays, Kst(6, 0), Kst(10, 0)).ToList();

        Assert.Equal([Span(Kst(6, 9), Kst(6, 18)), Span(Kst(9, 9), Kst(9, 18))], windows);
    }

    [Fact]
    public void OpenWindows_ClippedToTheAskedPeriod()
    {
        Assert.Equal([Span(Kst(4, 12), Kst(4, 18)), Span(Kst(5, 9), Kst(5, 10, 30))], OperatingCalendar.OpenWindows(Weekdays, Kst(4, 12), Kst(5, 10, 30)));
        Assert.Empty(OperatingCalendar.OpenWindows(Weekdays, Kst(4, 18), Kst(5, 9)));
    }

    [Fact]
    public void OpenWindows_UtcDayDiffersFromKstDay_FollowsTheKstDay()
    {
        // Thursday 20:00 UTC is Friday 05:00 KST: the day is Friday, whose window is 00:00–09:00 UTC.
        var fridayMorning = OperatingCalendar.OpenWindows(Weekdays, new DateTimeOffset(2026, 3, 5, 20, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 6, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal([Span(new DateTimeOffset(2026, 3, 6, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 6, 9, 0, 0, TimeSpan.Zero))], fridayMorning);

        // Sunday 16:00 UTC is Monday 01:00 KST: Monday opens although the UTC day is a Sunday.
        var monday = Assert.Single(OperatingCalendar.OpenWindows(Weekdays, new DateTimeOffset(2026, 3, 8, 16, 0, 0, TimeSpan.Zero), Kst(9, 23)));
        Assert.Equal(Span(Kst(9, 9), Kst(9, 18)), monday);

        // Saturday 23:00 KST is Saturday 14:00 UTC; nothing opens before Monday.
        Assert.Empty(OperatingCalendar.OpenWindows(Weekdays, Kst(7, 0), Kst(9, 0)));
    }

    [Fact]
    public void OpenWindows_ClosesAtMinute1440_RunsToMidnight()
    {
        var rules = Weekdays with { OpensAtMinute = 20 * 60, ClosesAtMinute = 1440 };

        Assert.Equal([Span(Kst(6, 20), Kst(7, 0))], OperatingCalendar.OpenWindows(rules, Kst(6, 0), Kst(8, 0)));
    }

    [Theory]
    [InlineData(4, 9, 0, 4, 18, 0, true)] // exactly the operating hours
    [InlineData(4, 8, 59, 4, 10, 0, false)] // starts before opening
    [InlineData(4, 18, 0, 4, 19, 0, false)] // starts at closing
    [InlineData(4, 17, 0, 4, 18, 1, false)] // ends after closing
    [InlineData(4, 8, 0, 4, 9, 0, false)] // ends at opening, which is not inside
    [InlineData(2, 17, 0, 4, 10, 0, true)] // Monday to Wednesday, overnight twice
    [InlineData(6, 17, 0, 9, 10, 0, true)] // Friday to Monday, over the weekend
    [InlineData(6, 17, 0, 7, 10, 0, false)] // ends on a Saturday
    [InlineData(7, 10, 0, 9, 10, 0, false)] // starts on a Saturday
    [InlineData(4, 17, 0, 5, 0, 0, false)] // ends at midnight, after the 18:00 closing
    public void StartsAndEndsInHours_WeekdaysNineToSix(int startDay, int startHour, int startMinute, int endDay, int endHour, int endMinute, bool expected)
    {
        Assert.Equal(expected, OperatingCalendar.StartsAndEndsInHours(Weekdays, Span(Kst(startDay, startHour, startMinute), Kst(endDay, endHour, endMinute))));
    }

    [Fact]
    public void StartsAndEndsInHours_EndAtMidnight_IsTheEndOfThePreviousDay()
    {
        var late = Weekdays with { ClosesAtMinute = 1440 };
        Assert.True(OperatingCalendar.StartsAndEndsInHours(late, Span(Kst(6, 20), Kst(7, 0)))); // Friday until Saturday 00:00
        Assert.True(OperatingCalendar.StartsAndEndsInHours(late with { Days = OperatingDays.Monday }, Span(Kst(2, 20), Kst(3, 0))));
        Assert.False(OperatingCalendar.StartsAndEndsInHours(late with { Days = OperatingDays.Tuesday }, Span(Kst(2, 20), Kst(3, 0))));
        Assert.False(OperatingCalendar.StartsAndEndsInHours(late, Span(Kst(7, 0), Kst(7, 1)))); // Saturday 00:00 starts a Saturday
        Assert.True(OperatingCalendar.StartsAndEndsInHours(AllDay, Span(Kst(7, 0), Kst(9, 0)))); // all weekend long
    }

    [Fact]
    public void StartsAndEndsInHours_InstantsInUtc_AreReadInKst()
    {
        // 00:00–09:00 UTC is 09:00–18:00 KST on the same Wednesday; 09:00–10:00 UTC is 18:00–19:00 KST.
        Assert.True(OperatingCalendar.StartsAndEndsInHours(Weekdays, Span(new(2026, 3, 4, 0, 0, 0, TimeSpan.Zero), new(2026, 3, 4, 9, 0, 0, TimeSpan.Zero))));
        Assert.False(OperatingCalendar.StartsAndEndsInHours(Weekdays, Span(new(2026, 3, 4, 9, 0, 0, TimeSpan.Zero), new(2026, 3, 4, 10, 0, 0, TimeSpan.Zero))));
    }

    [Fact]
    public void Free_WindowsMinusOverlappingBusyPeriods_InOrder()
    {
        TimeInterval[] busy =
        [
            Span(Kst(4, 10, 30), Kst(4, 12)), // overlaps the next one
            Span(Kst(4, 10), Kst(4, 11)),
            Span(Kst(4, 17), Kst(5, 10)), // overnight into Thursday
            Span(Kst(6, 9), Kst(6, 18)), // all of Friday
            Span(Kst(1, 9), Kst(1, 18)), // outside the period
        ];

        var free = OperatingCalendar.Free(Weekdays, Kst(4, 0), Kst(7, 0), busy);

        Assert.Equal([Span(Kst(4, 9), Kst(4, 10)), Span(Kst(4, 12), Kst(4, 17)), Span(Kst(5, 10), Kst(5, 18))], free);
    }

    [Fact]
    public void Free_NothingBusy_IsTheOpenWindows()
    {
        Assert.Equal(OperatingCalendar.OpenWindows(Weekdays, Kst(2, 0), Kst(9, 0)), OperatingCalendar.Free(Weekdays, Kst(2, 0), Kst(9, 0), []));
    }

    [Fact]
    public void Free_OpenAroundTheClock_IsMergedAcrossMidnight()
    {
        var free = OperatingCalendar.Free(AllDay, Kst(4, 12), Kst(6, 12), [Span(Kst(5, 10), Kst(5, 11))]);

        Assert.Equal([Span(Kst(4, 12), Kst(5, 10)), Span(Kst(5, 11), Kst(6, 12))], free);
    }
}
