using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Reservations;
using static TechBridge.Core.Tests.Facilities.Reservations.BookingWorld;

namespace TechBridge.Core.Tests.Facilities.Reservations;

/// <summary>The sweep on its own (March 2026: the 2nd is a Monday); every slot it finds is also checked against the booking rules.</summary>
public sealed class SlotFinderTests
{
    private static readonly BookingRules Weekdays = BookingRules.Default;

    private static readonly BookingRules AllDay = new() { OpensAtMinute = 0, ClosesAtMinute = 1440, Days = OperatingDays.All };

    private static readonly DateTimeOffset Now = Kst(1, 0);

    private static TimeInterval Span(DateTimeOffset start, DateTimeOffset end) => new(start, end);

    private static TimeInterval? Hours(BookingRules rules, int hours, DateTimeOffset from, DateTimeOffset to, params TimeInterval[] busy) =>
        Accepted(rules, SlotFinder.EarliestHours(rules, from, to, Now, Now.AddDays(366), TimeSpan.FromHours(hours), SlotFinder.Merge(busy)));

    private static TimeInterval? Days(BookingRules rules, int days, DateTimeOffset from, DateTimeOffset to, params TimeInterval[] busy) =>
        Accepted(rules, SlotFinder.EarliestDays(rules, from, to, Now, Now.AddDays(366), days, SlotFinder.Merge(busy)));

    /// <summary>Whatever the finder returns, <see cref="ReservationRules"/> must accept (checked as of <see cref="Now"/>).</summary>
    private static TimeInterval? Accepted(BookingRules rules, TimeInterval? slot)
    {
        if (slot is { } s)
        {
            var input = new ReservationInput(s.Start, s.End, "검사");
            ReservationRules.Validate(input, rules with { LeadHours = 0 }, EquipmentStatus.Available, Now);
        }

        return slot;
    }

    [Fact]
    public void EarliestHours_GapsBeforeBetweenAndAfterBusy_FirstThatFits()
    {
        TimeInterval[] busy = [Span(Kst(4, 10), Kst(4, 11)), Span(Kst(4, 12), Kst(4, 14)), Span(Kst(4, 15), Kst(4, 16))];

        Assert.Equal(Span(Kst(4, 9), Kst(4, 10)), Hours(Weekdays, 1, Kst(4, 0), Kst(5, 0), busy));
        Assert.Equal(Span(Kst(4, 16), Kst(4, 18)), Hours(Weekdays, 2, Kst(4, 0), Kst(5, 0), busy));
        Assert.Equal(Span(Kst(5, 9), Kst(5, 12)), Hours(Weekdays, 3, Kst(4, 0), Kst(6, 0), busy));
        Assert.Null(Hours(Weekdays, 3, Kst(4, 0), Kst(5, 0), busy));
    }

    [Fact]
    public void EarliestHours_OverlappingBusyPeriods_MergedAndSkipped()
    {
        // A blackout inside a longer reservation, and one that starts inside it and runs past it.
        var slot = Hours(AllDay, 1, Kst(4, 0), Kst(5, 0), Span(Kst(4, 0), Kst(4, 5)), Span(Kst(4, 1), Kst(4, 2)), Span(Kst(4, 4), Kst(4, 7, 30)));

        Assert.Equal(Span(Kst(4, 7, 30), Kst(4, 8, 30)), slot);
    }

    [Fact]
    public void EarliestHours_WeekendAndNight_NextOperatingMorning()
    {
        Assert.Equal(Span(Kst(9, 9), Kst(9, 13)), Hours(Weekdays, 4, Kst(6, 15), Kst(10, 0)));
    }

    [Fact]
    public void EarliestHours_LongerThanADay_HoldsOvernightEndingInHours()
    {
        // 20 hours on an item open 09–18: it must end after 09:00 the next day, so it starts after 13:00.
        Assert.Equal(Span(Kst(4, 13, 1), Kst(5, 9, 1)), Hours(Weekdays, 20, Kst(4, 0), Kst(6, 0)));

        // Busy overnight: the night counts as held.
        Assert.Equal(Span(Kst(5, 13, 1), Kst(6, 9, 1)), Hours(Weekdays, 20, Kst(4, 0), Kst(7, 0), Span(Kst(4, 22), Kst(4, 23))));
    }

    [Fact]
    public void EarliestHours_OutsideMinOrMaxHours_None()
    {
        Assert.Null(Hours(Weekdays with { MinHours = 4 }, 3, Kst(4, 0), Kst(6, 0)));
        Assert.Null(Hours(Weekdays with { MaxHours = 2 }, 3, Kst(4, 0), Kst(6, 0)));
        Assert.NotNull(Hours(Weekdays with { MinHours = 3, MaxHours = 3 }, 3, Kst(4, 0), Kst(6, 0)));
    }

    [Fact]
    public void EarliestHours_EarliestStart_RespectedAndRoundedToTheMinute()
    {
        var slot = SlotFinder.EarliestHours(Weekdays, Kst(4, 0), Kst(5, 0), Kst(4, 10, 0).AddSeconds(30), Kst(5, 0), TimeSpan.FromHours(1), []);

        Assert.Equal(Span(Kst(4, 10, 1), Kst(4, 11, 1)), slot);
    }

    [Fact]
    public void EarliestDays_TwoDays_OpeningToClosingOnConsecutiveOperatingDays()
    {
        Assert.Equal(Span(Kst(4, 9), Kst(5, 18)), Days(Weekdays, 2, Kst(4, 0), Kst(7, 0)));

        // Any busy hour on a day makes that day unusable; Friday + Monday is not two days (the weekend would be held).
        Assert.Equal(Span(Kst(9, 9), Kst(10, 18)), Days(Weekdays, 2, Kst(4, 0), Kst(11, 0), Span(Kst(5, 10), Kst(5, 11))));
        Assert.Null(Days(Weekdays, 2, Kst(4, 0), Kst(10, 0), Span(Kst(5, 10), Kst(5, 11))));
    }

    [Fact]
    public void EarliestDays_AroundTheClock_MidnightToMidnight()
    {
        Assert.Equal(Span(Kst(7, 0), Kst(9, 0)), Days(AllDay, 2, Kst(6, 12), Kst(14, 0)));
        Assert.Equal(Span(Kst(8, 0), Kst(10, 0)), Days(AllDay, 2, Kst(6, 12), Kst(14, 0), Span(Kst(7, 23), Kst(8, 0))));
    }

    [Fact]
    public void EarliestDays_LongerThanMaxHours_None()
    {
        // Two weekdays 09–18 are 33 hours.
        Assert.Null(Days(Weekdays with { MaxHours = 32 }, 2, Kst(4, 0), Kst(14, 0)));
        Assert.NotNull(Days(Weekdays with { MaxHours = 33 }, 2, Kst(4, 0), Kst(14, 0)));
        Assert.Null(Days(Weekdays, 6, Kst(2, 0), Kst(31, 0)));
    }

    [Fact]
    public void EarliestDays_WindowOrEarliestStartMidDay_NextWholeDay()
    {
        Assert.Equal(Span(Kst(5, 9), Kst(5, 18)), Days(Weekdays, 1, Kst(4, 9, 30), Kst(7, 0)));
        Assert.Null(Days(Weekdays, 1, Kst(4, 0), Kst(4, 17)));
    }
}
