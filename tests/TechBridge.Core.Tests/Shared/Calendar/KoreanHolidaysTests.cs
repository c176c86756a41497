using TechBridge.Core.Shared.Calendar;

namespace TechBridge.Core.Tests.Shared.Calendar;

/// <summary>
/// Against the officially announced lists (월력요항 of 2024, 2025 and 2026, as published in the press), without the days
/// declared one at a time (2024-04-10 and 2026-06-03 elections, 2024-10-01, 2025-01-27 and 2025-06-03), which come from
/// configuration.
/// </summary>
public sealed class KoreanHolidaysTests
{
    [Fact]
    public void For_2024_MatchesTheOfficialList()
    {
        AssertDates(2024, [
            "2024-01-01", "2024-02-09", "2024-02-10", "2024-02-11", "2024-02-12*", "2024-03-01", "2024-05-05", "2024-05-06*",
            "2024-05-15", "2024-06-06", "2024-08-15", "2024-09-16", "2024-09-17", "2024-09-18", "2024-10-03", "2024-10-09",
            "2024-12-25",
        ]);
    }

    [Fact]
    public void For_2025_MatchesTheOfficialList()
    {
        AssertDates(2025, [
            "2025-01-01", "2025-01-28", "2025-01-29", "2025-01-30", "2025-03-01", "2025-03-03*", "2025-05-05", "2025-05-05",
            "2025-05-06*", "2025-06-06", "2025-08-15", "2025-10-03", "2025-10-05", "2025-10-06", "2025-10-07", "2025-10-08*",
            "2025-10-09", "2025-12-25",
        ]);
    }

    [Fact]
    public void For_2026_MatchesTheOfficialListWithConstitutionDay()
    {
        AssertDates(2026, [
            "2026-01-01", "2026-02-16", "2026-02-17", "2026-02-18", "2026-03-01", "2026-03-02*", "2026-05-05", "2026-05-24",
            "2026-05-25*", "2026-06-06", "2026-07-17", "2026-08-15", "2026-08-17*", "2026-09-24", "2026-09-25", "2026-09-26",
            "2026-10-03", "2026-10-05*", "2026-10-09", "2026-12-25",
        ]);
    }

    [Fact]
    public void For_2025_NamesTheLunarHolidaysAndSubstitutes()
    {
        var holidays = KoreanHolidays.For(2025);

        Assert.Contains(new KoreanHoliday(new DateOnly(2025, 1, 29), "설날", "Seollal (Lunar New Year)", false), holidays);
        Assert.Contains(new KoreanHoliday(new DateOnly(2025, 5, 5), "부처님오신날", "Buddha's Birthday", false), holidays);
        Assert.Contains(new KoreanHoliday(new DateOnly(2025, 10, 6), "추석", "Chuseok", false), holidays);
        Assert.Contains(holidays, h => h.Date == new DateOnly(2025, 10, 8) && h.IsSubstitute && h.NameKo.Contains("추석", StringComparison.Ordinal));
        Assert.Contains(holidays, h => h.Date == new DateOnly(2025, 3, 3) && h.IsSubstitute && h.NameEn.Contains("Independence", StringComparison.Ordinal));
    }

    [Fact]
    public void For_2025_ChuseokAfterLeapSixthMonth_FallsInOctober()
    {
        // Lunar 2025 has a leap sixth month (윤6월): lunar 8/15 is the ninth month of the lunar year, 2025-10-06.
        Assert.Contains(KoreanHolidays.For(2025), h => h.NameKo == "추석" && h.Date == new DateOnly(2025, 10, 6));
    }

    [Fact]
    public void For_2020_BuddhasBirthdayBeforeLeapFourthMonth_IsApril30()
    {
        // 2020 has a leap fourth month (윤4월); the holiday is the regular fourth month's 8th day. 설날 1/25 (Saturday) with
        // 1/26 on a Sunday gives the substitute 1/27; 추석 is 10/1. 삼일절 on a Sunday had no substitute before 2021.
        var dates = KoreanHolidays.For(2020).ToLookup(h => h.Date);

        Assert.Equal("부처님오신날", Assert.Single(dates[new DateOnly(2020, 4, 30)]).NameKo);
        Assert.Equal("추석", Assert.Single(dates[new DateOnly(2020, 10, 1)]).NameKo);
        Assert.True(Assert.Single(dates[new DateOnly(2020, 1, 27)]).IsSubstitute);
        Assert.Empty(dates[new DateOnly(2020, 3, 2)]);
    }

    [Fact]
    public void For_2023_LeapSecondMonthAndBuddhasBirthdayOnSaturday_GetsMay29Substitute()
    {
        // 2023 has a leap second month; 부처님오신날 5/27 was a Saturday and the rule amended on 2023-05-04 gave 5/29.
        // 설날 1/22 on a Sunday gave 1/24; 추석 was 9/28–9/30.
        var holidays = KoreanHolidays.For(2023);

        Assert.Contains(holidays, h => h.Date == new DateOnly(2023, 5, 27) && h.NameKo == "부처님오신날");
        Assert.Contains(holidays, h => h.Date == new DateOnly(2023, 5, 29) && h.IsSubstitute);
        Assert.Contains(holidays, h => h.Date == new DateOnly(2023, 1, 24) && h.IsSubstitute);
        Assert.Contains(holidays, h => h.Date == new DateOnly(2023, 9, 29) && h.NameKo == "추석");
    }

    [Fact]
    public void For_2021_NationalDaysOnWeekendsAfterAugust4_GetSubstitutes()
    {
        // The rule took effect in August 2021: 광복절 (Sunday) → 8/16, 개천절 (Sunday) → 10/4, 한글날 (Saturday) → 10/11.
        var substitutes = KoreanHolidays.For(2021).Where(h => h.IsSubstitute).Select(h => h.Date).ToList();

        Assert.Contains(new DateOnly(2021, 8, 16), substitutes);
        Assert.Contains(new DateOnly(2021, 10, 4), substitutes);
        Assert.Contains(new DateOnly(2021, 10, 11), substitutes);
    }

    [Fact]
    public void For_2022_ChuseokOnSundayAndHangulDayOnSunday_GetSeparateSubstitutes()
    {
        // 추석 9/9–9/11 with 9/11 a Sunday → 9/12; 한글날 10/9 a Sunday → 10/10. 부처님오신날 5/8 (Sunday) had no rule yet.
        var substitutes = KoreanHolidays.For(2022).Where(h => h.IsSubstitute).Select(h => h.Date).ToList();

        Assert.Equal([new DateOnly(2022, 9, 12), new DateOnly(2022, 10, 10)], substitutes);
    }

    [Fact]
    public void For_2014_ChuseokOnSunday_GetsTheFirstSubstituteEver()
    {
        Assert.Contains(KoreanHolidays.For(2014), h => h.Date == new DateOnly(2014, 9, 10) && h.IsSubstitute);
    }

    [Fact]
    public void For_MemorialDayOnSaturday_GetsNoSubstitute()
    {
        Assert.DoesNotContain(KoreanHolidays.For(2026), h => h.IsSubstitute && h.NameKo.Contains("현충일", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(2013)]
    [InlineData(2050)]
    public void For_YearOutsideTheRules_Throws(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => KoreanHolidays.For(year));
    }

    [Theory]
    [InlineData("2025-10-08", true)]
    [InlineData("2025-10-10", false)]
    [InlineData("2025-01-27", false)]
    [InlineData("2026-07-17", true)]
    [InlineData("2025-07-17", false)]
    public void IsHoliday_Date_AnswersFromTheRules(string date, bool expected)
    {
        Assert.Equal(expected, KoreanHolidays.IsHoliday(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void For_SameYearTwice_ReturnsTheCachedList()
    {
        Assert.Same(KoreanHolidays.For(2025), KoreanHolidays.For(2025));
    }

    /// <summary>Dates in order; a trailing * marks a substitute holiday.</summary>
    private static void AssertDates(int year, string[] expected)
    {
        var actual = KoreanHolidays.For(year).Select(h => h.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + (h.IsSubstitute ? "*" : ""));
        Assert.Equal(expected, actual);
    }
}
