using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Tests.Shared;
using static TechBridge.Core.Tests.Facilities.Reservations.BookingWorld;

namespace TechBridge.Core.Tests.Facilities.Reservations;

/// <summary>The clock is Monday 2 March 2026, 10:02:03 KST; the default rules are weekdays 09–18, 1–336 hours, 24 hours ahead.</summary>
public sealed class ReservationRulesTests
{
    private static readonly DateTimeOffset Now = FakeTime.DefaultStart;

    private static ValidationFailedException Refused(ReservationInput input, BookingRules? rules = null, EquipmentStatus status = EquipmentStatus.Available) =>
        Assert.Throws<ValidationFailedException>(() => ReservationRules.Validate(input, rules ?? BookingRules.Default, status, Now));

    private static void AssertOnly(ValidationFailedException error, string field, string messageStart)
    {
        var (key, messages) = Assert.Single(error.Errors);
        Assert.Equal(field, key);
        Assert.StartsWith(messageStart, Assert.Single(messages), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PeriodInHoursAndAheadInKst_ReturnsItInUtc()
    {
        var period = ReservationRules.Validate(Input(Kst(4, 10), Kst(4, 12)), BookingRules.Default, EquipmentStatus.Available, Now);

        Assert.Equal((new DateTimeOffset(2026, 3, 4, 1, 0, 0, TimeSpan.Zero), TimeSpan.Zero), (period.Start, period.Start.Offset));
        Assert.Equal((new DateTimeOffset(2026, 3, 4, 3, 0, 0, TimeSpan.Zero), TimeSpan.Zero), (period.End, period.End.Offset));
    }

    [Fact]
    public void Validate_EndNotAfterStart_ReportsOrderOnly()
    {
        using var _ = UiCulture.Use("en");
        AssertOnly(Refused(Input(Kst(4, 12), Kst(4, 12))), "End", "The end must be after the start.");
        AssertOnly(Refused(Input(Kst(4, 12), Kst(4, 10))), "End", "The end must be after the start.");
    }

    [Fact]
    public void Validate_SecondsInATime_ReportsWholeMinutes()
    {
        using var _ = UiCulture.Use("ko");
        AssertOnly(Refused(Input(Kst(4, 10).AddSeconds(30), Kst(4, 12))), "Start", "시각은 분 단위로 입력하세요");
    }

    [Fact]
    public void Validate_ShorterThanMinOrLongerThanMax_ReportsTheHoursOnTheEnd()
    {
        using var _ = UiCulture.Use("en");
        var rules = BookingRules.Default with { MinHours = 2, MaxHours = 3 };

        AssertOnly(Refused(Input(Kst(4, 10), Kst(4, 11)), rules), "End", "This equipment must be booked for at least 2 hours at a time.");
        AssertOnly(Refused(Input(Kst(4, 10), Kst(4, 14)), rules), "End", "This equipment can be booked for at most 3 hours at a time.");
        ReservationRules.Validate(Input(Kst(4, 10), Kst(4, 12)), rules, EquipmentStatus.Available, Now);
        ReservationRules.Validate(Input(Kst(4, 10), Kst(4, 13)), rules, EquipmentStatus.Available, Now);
    }

    [Fact]
    public void Validate_StartWithinLeadTime_ReportsLeadTimeInKoreanAndEnglish()
    {
        // Tuesday 09:00 KST is 22 hours 58 minutes away; 24 are needed.
        var input = Input(Kst(3, 9), Kst(3, 10));
        using (UiCulture.Use("ko"))
        {
            AssertOnly(Refused(input), "Start", "이 장비는 시작 24시간 전까지 예약해야 합니다.");
        }

        using (UiCulture.Use("en"))
        {
            AssertOnly(Refused(input), "Start", "This equipment must be booked at least 24 hours before the start.");
        }

        ReservationRules.Validate(input, BookingRules.Default with { LeadHours = 22 }, EquipmentStatus.Available, Now);
        Refused(Input(Kst(2, 9), Kst(2, 10)), BookingRules.Default with { LeadHours = 0 }); // already begun
    }

    [Fact]
    public void Validate_StartBeyondTheHorizon_ReportsHorizon()
    {
        using var _ = UiCulture.Use("en");
        var start = new DateTimeOffset(2027, 3, 8, 10, 0, 0, TimeSpan.FromHours(9)); // a Monday 371 days ahead

        AssertOnly(Refused(Input(start, start.AddHours(1))), "Start", "A reservation must start within 366 days");
    }

    [Fact]
    public void Validate_OutsideOperatingHours_ReportsTheHoursInKst()
    {
        using (UiCulture.Use("en"))
        {
            AssertOnly(Refused(Input(Kst(4, 8), Kst(4, 10))), "Start", "A reservation must start and end within the operating hours (09:00–18:00 KST) of an operating day.");
        }

        using (UiCulture.Use("ko"))
        {
            AssertOnly(Refused(Input(Kst(7, 10), Kst(7, 12))), "Start", "예약은 운영일의 운영 시간(09:00–18:00, 한국 시간) 안에서 시작하고 끝나야 합니다.");
        }
    }

    [Theory]
    [InlineData(EquipmentStatus.UnderMaintenance)]
    [InlineData(EquipmentStatus.Disposed)]
    public void Validate_EquipmentNotBookable_ReportsIt(EquipmentStatus status)
    {
        using var _ = UiCulture.Use("en");
        var error = Refused(Input(Kst(4, 10), Kst(4, 12)), status: status);

        Assert.Equal("Start", Assert.Single(error.Errors).Key);
    }

    [Theory]
    [InlineData(EquipmentStatus.Aged)]
    [InlineData(EquipmentStatus.DisposalCandidate)]
    public void Validate_AgedOrDisposalCandidate_IsStillBookable(EquipmentStatus status)
    {
        ReservationRules.Validate(Input(Kst(4, 10), Kst(4, 12)), BookingRules.Default, status, Now);
    }

    [Fact]
    public void Validate_NothingGiven_ReportsEveryRequiredField()
    {
        var error = Refused(new ReservationInput(null, null, " "));

        Assert.Equal(["End", "Purpose", "Start"], error.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_SeveralRulesBroken_ReportsEach()
    {
        // Saturday, 30 seconds past, within the lead time of 200 hours, longer than 1 hour.
        var error = Refused(Input(Kst(7, 10).AddSeconds(30), Kst(7, 12)), BookingRules.Default with { MaxHours = 1, LeadHours = 200 });

        Assert.Equal(3, error.Errors["Start"].Length); // whole minutes, lead time, outside hours
        Assert.Single(error.Errors["End"]); // at most 1 hour
    }
}
