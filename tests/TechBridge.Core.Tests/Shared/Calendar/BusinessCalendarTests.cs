using Microsoft.Extensions.Options;
using TechBridge.Core.Shared.Calendar;

namespace TechBridge.Core.Tests.Shared.Calendar;

public sealed class BusinessCalendarTests
{
    private static readonly TimeSpan Kst = TimeSpan.FromHours(9);

    private readonly BusinessCalendar calendar = Create(Date("2025-01-27"), Date("2025-06-03"));

    [Theory]
    [InlineData("2025-10-10", true)]
    [InlineData("2025-10-08", false)]
    [InlineData("2025-10-04", false)]
    [InlineData("2025-10-05", false)]
    [InlineData("2025-01-27", false)]
    [InlineData("2025-06-03", false)]
    [InlineData("2025-06-04", true)]
    public void IsBusinessDay_Date_ExcludesWeekendsHolidaysAndExtraHolidays(string date, bool expected)
    {
        Assert.Equal(expected, calendar.IsBusinessDay(Date(date)));
    }

    [Fact]
    public void IsBusinessDay_ExtraHolidayNotConfigured_IsABusinessDay()
    {
        Assert.True(Create().IsBusinessDay(Date("2024-10-01")));
        Assert.False(Create(Date("2024-10-01")).IsBusinessDay(Date("2024-10-01")));
    }

    [Fact]
    public void AddBusinessDays_ThursdayBeforeChuseok2025PlusOne_IsFridayOctober10()
    {
        // 2025-10-02 is a Thursday; 10/3 개천절, 10/4–5 weekend, 10/5–7 추석, 10/8 substitute, 10/9 한글날.
        var result = calendar.AddBusinessDays(At("2025-10-02T15:30"), 1);

        Assert.Equal(At("2025-10-10T15:30"), result);
        Assert.Equal(TimeSpan.Zero, result.Offset);
    }

    [Fact]
    public void AddBusinessDays_ThursdayBeforeChuseok2025PlusTwo_IsMondayOctober13()
    {
        Assert.Equal(At("2025-10-13T15:30"), calendar.AddBusinessDays(At("2025-10-02T15:30"), 2));
    }

    [Fact]
    public void AddBusinessDays_FridayPlusOne_IsMondaySameTime()
    {
        Assert.Equal(At("2025-11-17T18:00"), calendar.AddBusinessDays(At("2025-11-14T18:00"), 1));
    }

    [Fact]
    public void AddBusinessDays_UtcInstantOnAnotherKstDate_CountsFromTheKstDate()
    {
        // 2025-11-13T16:00Z is Friday 2025-11-14 01:00 KST.
        var result = calendar.AddBusinessDays(new DateTimeOffset(2025, 11, 13, 16, 0, 0, TimeSpan.Zero), 1);

        Assert.Equal(new DateTimeOffset(2025, 11, 16, 16, 0, 0, TimeSpan.Zero), result);
    }

    [Fact]
    public void AddBusinessDays_Saturday_CountsFromNineOnMonday()
    {
        Assert.Equal(At("2025-11-18T09:00"), calendar.AddBusinessDays(At("2025-11-15T22:00"), 1));
        Assert.Equal(At("2025-11-17T09:00"), calendar.AddBusinessDays(At("2025-11-15T22:00"), 0));
    }

    [Fact]
    public void AddBusinessDays_Zero_KeepsABusinessDayInstant()
    {
        Assert.Equal(At("2025-11-14T18:00"), calendar.AddBusinessDays(At("2025-11-14T18:00"), 0));
    }

    [Fact]
    public void AddBusinessDays_AcrossExtraHoliday_SkipsIt()
    {
        // 2025-06-02 Monday; 6/3 presidential election (configured), 6/6 현충일.
        Assert.Equal(At("2025-06-09T10:00"), calendar.AddBusinessDays(At("2025-06-02T10:00"), 3));
        Assert.Equal(At("2025-06-05T10:00"), Create().AddBusinessDays(At("2025-06-02T10:00"), 3));
    }

    [Fact]
    public void AddBusinessDays_Negative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddBusinessDays(At("2025-06-02T10:00"), -1));
    }

    [Fact]
    public void BusinessDaysBetween_AcrossChuseok2025_CountsOnlyBusinessDays()
    {
        Assert.Equal(0, calendar.BusinessDaysBetween(At("2025-10-02T15:30"), At("2025-10-10T15:29")));
        Assert.Equal(1, calendar.BusinessDaysBetween(At("2025-10-02T15:30"), At("2025-10-10T15:30")));
        Assert.Equal(2, calendar.BusinessDaysBetween(At("2025-10-02T15:30"), At("2025-10-13T16:00")));
    }

    [Fact]
    public void BusinessDaysBetween_ToBeforeFrom_IsZero()
    {
        Assert.Equal(0, calendar.BusinessDaysBetween(At("2025-10-13T16:00"), At("2025-10-02T15:30")));
    }

    [Fact]
    public void BusinessDaysBetween_FromAWeekend_CountsFromNineOnMonday()
    {
        Assert.Equal(0, calendar.BusinessDaysBetween(At("2025-11-15T12:00"), At("2025-11-18T08:59")));
        Assert.Equal(1, calendar.BusinessDaysBetween(At("2025-11-15T12:00"), At("2025-11-18T09:00")));
    }

    [Theory]
    [InlineData("2025-09-29T11:00", 0)]
    [InlineData("2025-09-29T11:00", 1)]
    [InlineData("2025-09-29T11:00", 5)]
    [InlineData("2025-10-04T11:00", 3)]
    [InlineData("2026-02-13T17:45", 4)]
    public void BusinessDaysBetween_AddBusinessDaysResult_IsTheCount(string start, int days)
    {
        var from = At(start);

        Assert.Equal(days, calendar.BusinessDaysBetween(from, calendar.AddBusinessDays(from, days)));
    }

    private static BusinessCalendar Create(params DateOnly[] extra)
    {
        var options = new BusinessCalendarOptions();
        foreach (var day in extra)
        {
            options.ExtraHolidays.Add(day);
        }

        return new BusinessCalendar(Options.Create(options));
    }

    private static DateOnly Date(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A KST wall-clock time as an instant.</summary>
    private static DateTimeOffset At(string kst) =>
        new(DateTime.Parse(kst, System.Globalization.CultureInfo.InvariantCulture), Kst);
}
