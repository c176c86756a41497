using System.Globalization;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Web.Components.Pages.Facilities;

namespace TechBridge.Web.Tests.Facilities;

/// <summary>The period a week selection stands for and the booking rules' verdict on it, in Korean and English.</summary>
public sealed class SlotSelectionCheckTests
{
    private const string Overlap = "overlap";
    private static readonly DateOnly Monday = new(2027, 3, 1);
    private static readonly DateTimeOffset Now = new(2027, 2, 22, 9, 0, 0, TimeSpan.FromHours(9));
    private static readonly BookingRules Rules = new() { OpensAtMinute = 9 * 60 + 30, ClosesAtMinute = 18 * 60, MinHours = 2, MaxHours = 6, LeadHours = 24 };

    private static SlotCell Cell(int day, int hour) => new(Monday.AddDays(day), hour);

    private static DateTimeOffset At(int day, int hour, int minute = 0) => OperatingCalendar.DayStart(Monday.AddDays(day)).AddHours(hour).AddMinutes(minute);

    /// <summary>Monday to Friday 09:30–18:00, with Wednesday 13:00–15:00 requested by someone.</summary>
    private static EquipmentAvailability Week()
    {
        var from = OperatingCalendar.DayStart(Monday);
        var busy = new List<CalendarEntry> { new(At(2, 13), At(2, 15), ReservationStatus.Requested, null, null) };
        var free = OperatingCalendar.Free(Rules, from, from.AddDays(7), busy.Select(b => new TimeInterval(b.Start, b.End))).ToList();
        return new EquipmentAvailability(Guid.NewGuid(), from, from.AddDays(7), free, busy, Rules, Bookable: true);
    }

    private static IReadOnlyList<string> Problems(TimeInterval period, string culture = "ko")
    {
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(culture);
        try
        {
            return SlotSelectionCheck.Problems(period, Week(), Now, Overlap);
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, current);
        }
    }

    [Fact]
    public void Period_WholeHoursInsideOpenTime_RunsFromTheFirstCellToTheEndOfTheLast()
    {
        Assert.Equal(new TimeInterval(At(0, 10), At(0, 13)), SlotSelectionCheck.Period(Cell(0, 10), Cell(0, 12), Week()));
    }

    [Fact]
    public void Period_FirstCellOpensOnTheHalfHour_StartsWhenItOpens()
    {
        Assert.Equal(new TimeInterval(At(1, 9, 30), At(1, 12)), SlotSelectionCheck.Period(Cell(1, 9), Cell(1, 11), Week()));
    }

    [Fact]
    public void Period_AcrossNight_KeepsTheWholeSpan()
    {
        Assert.Equal(new TimeInterval(At(0, 16), At(1, 11)), SlotSelectionCheck.Period(Cell(0, 16), Cell(1, 10), Week()));
    }

    [Fact]
    public void Problems_BookablePeriod_None()
    {
        Assert.Empty(Problems(new TimeInterval(At(0, 10), At(0, 13))));
    }

    [Fact]
    public void Problems_OverATakenTime_SaysItOverlaps()
    {
        Assert.Equal([Overlap], Problems(new TimeInterval(At(2, 11), At(2, 14))));
    }

    [Fact]
    public void Problems_ShorterThanTheMinimum_SaysSoInKorean()
    {
        Assert.Equal(["이 장비는 한 번에 2시간 이상 예약해야 합니다."], Problems(new TimeInterval(At(0, 10), At(0, 11))));
    }

    [Fact]
    public void Problems_LongerThanTheMaximum_SaysSoInEnglish()
    {
        var problem = Assert.Single(Problems(new TimeInterval(At(0, 10), At(0, 17)), "en"));
        Assert.Contains("6", problem, StringComparison.Ordinal);
        Assert.DoesNotMatch("[가-힣]", problem);
    }

    [Fact]
    public void Problems_InsideTheLeadTime_SaysHowFarAhead()
    {
        var soon = OperatingCalendar.DayStart(DateOnly.FromDateTime(Now.DateTime)).AddHours(14);

        var problem = Assert.Single(Problems(new TimeInterval(soon, soon.AddHours(2)), "en"));

        Assert.Contains("24", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_EndingAfterClosing_SaysOutsideHours()
    {
        var problem = Assert.Single(Problems(new TimeInterval(At(0, 16), At(0, 19))));

        Assert.Contains("09:30–18:00", problem, StringComparison.Ordinal);
    }
}
