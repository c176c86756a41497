using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using static TechBridge.Core.Tests.Facilities.Reservations.BookingWorld;

namespace TechBridge.Core.Tests.Facilities.Reservations;

public sealed class AvailabilityTests
{
    private static Task<EquipmentAvailability> AvailabilityAsync(BookingWorld world, FacilityActor? actor, DateTimeOffset from, DateTimeOffset to) =>
        world.Host.RunAsync<ReservationQueries, EquipmentAvailability>(q => q.AvailabilityAsync(actor, world.Equipment, from, to));

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Availability_OpenWindowsMinusReservationsAndBlackouts_InKst(string provider)
    {
        await using var world = await StartAsync(provider);
        await world.BookAsync(Kst(4, 10), Kst(4, 12));
        var cancelled = await world.BookAsync(Kst(4, 14), Kst(4, 15));
        await world.ActAsync(world.CompanyUser, cancelled, ReservationAction.Cancel);
        await world.BookAsync(Kst(4, 17), Kst(5, 10)); // overnight into Thursday
        await world.BlackoutAsync(world.Equipment, Kst(5, 15), Kst(5, 16), "정기 점검");

        // Asked in KST, Wednesday to Saturday; the answer is the same when asked in UTC.
        var kst = await AvailabilityAsync(world, null, Kst(4, 0), Kst(7, 0));
        var utc = await AvailabilityAsync(world, null, Kst(4, 0).ToUniversalTime(), Kst(7, 0).ToUniversalTime());

        TimeInterval[] expected =
        [
            new(Kst(4, 9), Kst(4, 10)), new(Kst(4, 12), Kst(4, 17)), new(Kst(5, 10), Kst(5, 15)), new(Kst(5, 16), Kst(5, 18)),
            new(Kst(6, 9), Kst(6, 18)),
        ];
        Assert.Equal(expected, kst.Free);
        Assert.Equal(expected, utc.Free);
        Assert.All(kst.Free, f => Assert.Equal(TimeSpan.FromHours(9), f.Start.Offset));
        Assert.Equal(
            [(Kst(4, 10), ReservationStatus.Requested), (Kst(4, 17), ReservationStatus.Requested), (Kst(5, 15), (ReservationStatus?)null)],
            kst.Busy.Select(b => (b.Start, b.Status)));
        Assert.Equal("정기 점검", kst.Busy[2].Label);
        Assert.True(kst.Bookable);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Availability_ReservationStartingAtTheEndOfTheWindow_IsNotBusy(string provider)
    {
        await using var world = await StartAsync(provider);
        await world.BookAsync(Kst(5, 9), Kst(5, 11));
        await world.BookAsync(Kst(4, 9), Kst(4, 10));

        // [Wednesday 10:00, Thursday 09:00): the reservations touch it at both ends, neither is in it.
        var availability = await AvailabilityAsync(world, null, Kst(4, 10), Kst(5, 9));

        Assert.Empty(availability.Busy);
        Assert.Equal([new TimeInterval(Kst(4, 10), Kst(4, 18))], availability.Free);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Availability_ExpiredHold_IsFree(string provider)
    {
        await using var world = await StartAsync(provider);
        await world.BookAsync(Kst(11, 10), Kst(11, 12), hold: true);
        var held = await AvailabilityAsync(world, null, Kst(11, 0), Kst(12, 0));
        Assert.Equal(ReservationStatus.Held, Assert.Single(held.Busy).Status);

        world.Time.Advance(ReservationLimits.DefaultHold);
        var expired = await AvailabilityAsync(world, null, Kst(11, 0), Kst(12, 0));

        Assert.Empty(expired.Busy);
        Assert.Equal([new TimeInterval(Kst(11, 9), Kst(11, 18))], expired.Free);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Availability_WindowTooLongOrReversed_ThrowsValidationFailed(string provider)
    {
        await using var world = await StartAsync(provider);
        var from = Kst(2, 0);

        await Assert.ThrowsAsync<ValidationFailedException>(() => AvailabilityAsync(world, null, from, from + ReservationLimits.MaxAvailabilityWindow + TimeSpan.FromMinutes(1)));
        await Assert.ThrowsAsync<ValidationFailedException>(() => AvailabilityAsync(world, null, from, from));
        await AvailabilityAsync(world, null, from, from + ReservationLimits.MaxAvailabilityWindow);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Availability_Company_SeesItsOwnLabelNotOthers_OperatorSeesAll(string provider)
    {
        await using var world = await StartAsync(provider);
        var (_, rival) = await world.CompanyUserAsync("경쟁기업");
        var own = await world.BookAsync(Kst(4, 10), Kst(4, 12));
        var theirs = (await world.BookAsync(rival, world.Equipment, Input(Kst(4, 13), Kst(4, 14)))).Id;

        var mine = await AvailabilityAsync(world, await world.ActorAsync(world.CompanyUser), Kst(4, 0), Kst(5, 0));
        var center = await AvailabilityAsync(world, await world.ActorAsync(world.Operator), Kst(4, 0), Kst(5, 0));
        var anonymous = await AvailabilityAsync(world, null, Kst(4, 0), Kst(5, 0));

        Assert.Equal([("예약기업 주식회사", (Guid?)own), (null, null)], mine.Busy.Select(b => (b.Label, b.ReservationId)));
        Assert.Equal([("예약기업 주식회사", (Guid?)own), ("경쟁기업", theirs)], center.Busy.Select(b => (b.Label, b.ReservationId)));
        Assert.All(anonymous.Busy, b => Assert.Equal((null, null), (b.Label, b.ReservationId)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Availability_EquipmentUnderMaintenance_HasNoFreeTime(string provider)
    {
        await using var world = await StartAsync(provider, e => e.Status = EquipmentStatus.UnderMaintenance);

        var availability = await AvailabilityAsync(world, null, Kst(4, 0), Kst(5, 0));

        Assert.False(availability.Bookable);
        Assert.Empty(availability.Free);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task List_PeriodInKst_FindsWhatOverlapsIt(string provider)
    {
        await using var world = await StartAsync(provider);
        await world.BookAsync(Kst(4, 9), Kst(4, 10));
        var inside = await world.BookAsync(Kst(4, 10), Kst(4, 12));
        await world.BookAsync(Kst(4, 12), Kst(4, 13));
        var actor = await world.ActorAsync(world.Operator);

        var page = await world.Host.RunAsync<ReservationQueries, PagedResult<ReservationView>>(q =>
            q.ListAsync(actor, new ReservationFilter(From: Kst(4, 10), To: Kst(4, 12)), new PageRequest(1, 20)));

        Assert.Equal([inside], page.Items.Select(r => r.Id));
    }
}
