using TechBridge.Core.Directory;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Shared.Errors;
using static TechBridge.Core.Tests.Facilities.Reservations.BookingWorld;

namespace TechBridge.Core.Tests.Facilities.Reservations;

/// <summary>
/// The search over the database, on both providers. The world's clock stands at Monday 2 March 2026 10:02 KST; its XRD is
/// open weekdays 09–18 with a 24-hour lead time, so the earliest start it may offer is Tuesday 11:00.
/// </summary>
public sealed class AvailabilitySearchTests
{
    private static Task<AvailabilitySearchResult> SearchAsync(BookingWorld world, AvailabilitySearchInput input) =>
        world.Host.RunAsync<AvailabilitySearch, AvailabilitySearchResult>(s => s.SearchAsync(input));

    private static AvailabilitySearchInput Xrd(DateTimeOffset from, DateTimeOffset to, int? hours = null, int? days = null) =>
        new("xrd", "MATERIALS", null, from, to, hours, days);

    private static (DateTimeOffset, DateTimeOffset) Slot(AvailableSlot slot) => (slot.Start, slot.End);

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Search_ReservationsAndBlackouts_EarliestGapThatFitsInKst(string provider)
    {
        await using var world = await StartAsync(provider);
        await world.BookAsync(Kst(4, 10), Kst(4, 11));
        await world.BookAsync(Kst(4, 12), Kst(4, 14));
        var cancelled = await world.BookAsync(Kst(4, 16), Kst(4, 18));
        await world.ActAsync(world.CompanyUser, cancelled, ReservationAction.Cancel);
        await world.BlackoutAsync(world.Equipment, Kst(4, 15), Kst(4, 16), "정기 점검");

        var one = Assert.Single((await SearchAsync(world, Xrd(Kst(4, 0), Kst(7, 0), hours: 1))).Items);
        var two = Assert.Single((await SearchAsync(world, Xrd(Kst(4, 0), Kst(7, 0), hours: 2))).Items);
        var three = Assert.Single((await SearchAsync(world, Xrd(Kst(4, 0).ToUniversalTime(), Kst(7, 0).ToUniversalTime(), hours: 3))).Items);

        Assert.Equal((Kst(4, 9), Kst(4, 10)), Slot(one));
        Assert.Equal((Kst(4, 16), Kst(4, 18)), Slot(two)); // after the blackout; the cancelled booking does not count
        Assert.Equal((Kst(5, 9), Kst(5, 12)), Slot(three));
        Assert.Equal(TimeSpan.FromHours(9), one.Start.Offset);
        Assert.Equal((world.Equipment, "X선 회절 분석기(XRD)", world.Center, "시험 소재분석센터"), (one.EquipmentId, one.NameKo, one.CenterId, one.CenterNameKo));
        Assert.Empty((await SearchAsync(world, Xrd(Kst(4, 0), Kst(4, 18), hours: 3))).Items);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Search_LeadTimeAndClosedDays_EarliestBookableStart(string provider)
    {
        await using var world = await StartAsync(provider);
        var open = await world.EquipmentAsync(world.Center, e => (e.NameKo, e.LeadHours) = ("XRD 즉시 예약", 0));

        var soon = (await SearchAsync(world, Xrd(Kst(2, 0), Kst(7, 0), hours: 2))).Items;
        var weekend = (await SearchAsync(world, Xrd(Kst(7, 0), Kst(10, 0), hours: 2))).Items;

        // Now + lead, rounded up to the hour: Monday 11:00 with no lead time, Tuesday 11:00 with 24 hours.
        Assert.Equal([(open, Kst(2, 11)), (world.Equipment, Kst(3, 11))], soon.Select(s => (s.EquipmentId, s.Start)));
        Assert.All(weekend, s => Assert.Equal((Kst(9, 9), Kst(9, 11)), Slot(s)));
        Assert.Equal(2, weekend.Count);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Search_ExpiredHold_CountsAsFree(string provider)
    {
        await using var world = await StartAsync(provider);
        await world.BookAsync(Kst(6, 9), Kst(6, 18), hold: true);
        var friday = Xrd(Kst(6, 0), Kst(7, 0), hours: 1);
        Assert.Empty((await SearchAsync(world, friday)).Items);

        world.Time.Advance(ReservationLimits.DefaultHold);

        Assert.Equal((Kst(6, 9), Kst(6, 10)), Slot(Assert.Single((await SearchAsync(world, friday)).Items)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Search_Days_WholeConsecutiveOperatingDaysWithinMaxHours(string provider)
    {
        await using var world = await StartAsync(provider);
        var short_ = await world.EquipmentAsync(world.Center, e => (e.NameKo, e.MaxBookingHours) = ("XRD 짧은 예약", 8));
        await world.BookAsync(Kst(5, 10), Kst(5, 11));

        var result = await SearchAsync(world, Xrd(Kst(4, 0), Kst(14, 0), days: 2));

        // Thursday is taken for an hour, Friday + Monday would hold the weekend: next Monday and Tuesday.
        var slot = Assert.Single(result.Items);
        Assert.Equal((world.Equipment, Kst(9, 9), Kst(10, 18)), (slot.EquipmentId, slot.Start, slot.End));
        Assert.DoesNotContain(result.Items, s => s.EquipmentId == short_);
        Assert.Equal(2, result.Candidates);
        Assert.Equal((null, (int?)2), (result.Hours, result.Days));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Search_MinHours_LongerThanAsked_NotOffered(string provider)
    {
        await using var world = await StartAsync(provider, e => e.MinBookingHours = 4);

        Assert.Empty((await SearchAsync(world, Xrd(Kst(4, 0), Kst(7, 0), hours: 3))).Items);
        Assert.Single((await SearchAsync(world, Xrd(Kst(4, 0), Kst(7, 0), hours: 4))).Items);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Search_TextIndustryCenterAndStatus_FilterTheCandidates(string provider)
    {
        await using var world = await StartAsync(provider);
        var otherCenter = await world.OrganizationAsync(OrganizationKind.EquipmentCenter, "다른 센터", "MATERIALS");
        var elsewhere = await world.EquipmentAsync(otherCenter);
        await world.EquipmentAsync(world.Center, e => e.Status = EquipmentStatus.UnderMaintenance);
        var aged = await world.EquipmentAsync(world.Center, e => e.Status = EquipmentStatus.Aged);
        var sem = await world.EquipmentAsync(world.Center, e => (e.NameKo, e.NameEn, e.DescriptionKo) = ("주사전자현미경", "SEM", "표면 관찰"));
        var bio = await world.EquipmentAsync(world.Center, e => e.IndustryCode = "BIO");
        var window = (From: Kst(4, 0), To: Kst(5, 0));

        async Task<Guid[]> Found(string? q, string? industry, Guid? center = null) =>
            [.. (await SearchAsync(world, new AvailabilitySearchInput(q, industry, center, window.From, window.To, Hours: 1))).Items.Select(s => s.EquipmentId).Order()];

        Assert.Equal(new[] { world.Equipment, elsewhere, aged }.Order(), await Found("X-RAY", "MATERIALS"));
        Assert.Equal(new[] { world.Equipment, aged }.Order(), await Found(" xrd ", "MATERIALS", world.Center));
        Assert.Equal([sem], await Found("sem", null));
        Assert.Equal([bio], await Found(null, "BIO"));
        Assert.Equal(new[] { world.Equipment, elsewhere, aged, sem, bio }.Order(), await Found(null, null));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Search_Limit_EarliestFirstThenByName(string provider)
    {
        // Korean and English names sort alike, whichever language the test runs in.
        await using var world = await StartAsync(provider, e => (e.NameKo, e.NameEn) = ("XRD 다", "XRD C"));
        var b = await world.EquipmentAsync(world.Center, e => (e.NameKo, e.NameEn) = ("XRD 나", "XRD B"));
        var a = await world.EquipmentAsync(world.Center, e => (e.NameKo, e.NameEn) = ("XRD 가", "XRD A"));
        await world.BookAsync(world.CompanyUser, a, Input(Kst(4, 9), Kst(4, 12)));

        var all = await SearchAsync(world, Xrd(Kst(4, 0), Kst(5, 0), hours: 1));
        var two = await SearchAsync(world, Xrd(Kst(4, 0), Kst(5, 0), hours: 1) with { Limit = 2 });

        Assert.Equal([(b, Kst(4, 9)), (world.Equipment, Kst(4, 9)), (a, Kst(4, 12))], all.Items.Select(s => (s.EquipmentId, s.Start)));
        Assert.Equal([b, world.Equipment], two.Items.Select(s => s.EquipmentId));
        Assert.Equal((AvailabilitySearch.DefaultLimit, 2, 3), (all.Limit, two.Limit, two.Candidates));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Search_FoundSlot_IsAcceptedByBooking(string provider)
    {
        await using var world = await StartAsync(provider);
        await world.BookAsync(Kst(4, 9), Kst(4, 17, 30));

        foreach (var (hours, days) in new (int?, int?)[] { (1, null), (20, null), (null, 1), (null, 3) })
        {
            var slot = Assert.Single((await SearchAsync(world, Xrd(Kst(3, 0), Kst(20, 0), hours, days))).Items);
            await world.BookAsync(slot.Start, slot.End);
        }

        Assert.Equal(0, await world.OverlappingActivePairsAsync());
    }

    [Theory]
    [InlineData("sqlite")]
    public async Task Search_BadInput_FieldErrors(string provider)
    {
        await using var world = await StartAsync(provider);

        async Task<string[]> Fields(AvailabilitySearchInput input) =>
            [.. (await Assert.ThrowsAsync<ValidationFailedException>(() => SearchAsync(world, input))).Errors.Keys.Order()];

        Assert.Equal(["from", "hours", "to"], await Fields(new AvailabilitySearchInput()));
        Assert.Equal(["to"], await Fields(Xrd(Kst(4, 0), Kst(4, 0), hours: 1)));
        Assert.Equal(["to"], await Fields(Xrd(Kst(4, 0), Kst(4, 0) + ReservationLimits.MaxAvailabilityWindow + TimeSpan.FromMinutes(1), hours: 1)));
        Assert.Equal(["days"], await Fields(Xrd(Kst(4, 0), Kst(5, 0), hours: 1, days: 1)));
        Assert.Equal(["hours"], await Fields(Xrd(Kst(4, 0), Kst(5, 0), hours: 0)));
        Assert.Equal(["days"], await Fields(Xrd(Kst(4, 0), Kst(5, 0), days: AvailabilitySearch.MaxDays + 1)));
        Assert.Equal(["limit"], await Fields(Xrd(Kst(4, 0), Kst(5, 0), hours: 1) with { Limit = AvailabilitySearch.MaxLimit + 1 }));
        Assert.Single((await SearchAsync(world, Xrd(Kst(4, 0), Kst(4, 0) + ReservationLimits.MaxAvailabilityWindow, days: 1) with { Limit = 100 })).Items);
    }
}
