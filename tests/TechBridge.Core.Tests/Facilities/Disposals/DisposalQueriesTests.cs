using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Disposals;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using static TechBridge.Core.Tests.Facilities.Disposals.DisposalWorld;

namespace TechBridge.Core.Tests.Facilities.Disposals;

/// <summary>Who sees which case, and what the detail tells each reader.</summary>
public sealed class DisposalQueriesTests
{
    private static async Task<List<Guid>> ListAsync(DisposalWorld world, Guid user, DisposalFilter? filter = null)
    {
        var actor = await world.ActorAsync(user);
        var page = await world.Host.RunAsync<DisposalQueries, PagedResult<DisposalSummary>>(q => q.ListAsync(actor, filter ?? new DisposalFilter(), PageRequest.Of(1, 50)));
        return [.. page.Items.Select(i => i.Id)];
    }

    private static async Task<DisposalDetail> GetAsync(DisposalWorld world, Guid user, Guid id)
    {
        var actor = await world.ActorAsync(user);
        return await world.Host.RunAsync<DisposalQueries, DisposalDetail>(q => q.GetAsync(actor, id));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task List_EachReader_SeesOnlyTheirScope(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.ProposeAsync();

        foreach (var user in new[] { world.Operator, world.Coordinator, world.ProgramManager, world.Administrator })
        {
            Assert.Equal([id], await ListAsync(world, user));
        }

        foreach (var user in new[] { world.OtherOperator, world.CompanyUser, world.Researcher })
        {
            Assert.Empty(await ListAsync(world, user));
            await Assert.ThrowsAsync<NotFoundException>(() => GetAsync(world, user, id));
        }

        await world.StepsAsync(id, DisposalAction.ApproveTransfer);
        Assert.Equal([id], await ListAsync(world, world.OtherOperator));
        Assert.Equal([id], await ListAsync(world, world.OtherOperator, new DisposalFilter(DisposalStatus.ApprovedForTransfer)));
        Assert.Empty(await ListAsync(world, world.OtherOperator, new DisposalFilter(DisposalStatus.Proposed)));
        await world.StepsAsync(id, DisposalAction.AcceptTransfer);
        Assert.Equal([id], await ListAsync(world, world.Operator));
        Assert.Empty(await ListAsync(world, world.Operator, new DisposalFilter(OpenOnly: true)));
        await Assert.ThrowsAsync<NotFoundException>(() => GetAsync(world, world.ProgramManager, Guid.NewGuid()));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Get_EachReader_OffersOnlyTheStepsTheyMayTakeAndListsComingReservations(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.ProposeAsync();
        await world.ReservationAsync(Kst(2026, 10, 7, 10), Kst(2026, 10, 7, 12), ReservationStatus.Confirmed);
        await world.ReservationAsync(Kst(2026, 3, 7, 10), Kst(2026, 3, 7, 12), ReservationStatus.Completed);

        Assert.Equal([DisposalAction.Withdraw], (await GetAsync(world, world.Operator, id)).Actions);
        // A reviewer decides on an operator's proposal; only the center or the proposer withdraws it.
        Assert.Equal([DisposalAction.ApproveTransfer, DisposalAction.ApproveDisposal, DisposalAction.Reject],
            (await GetAsync(world, world.ProgramManager, id)).Actions);
        Assert.Empty((await GetAsync(world, world.Coordinator, id)).Actions);
        var detail = await GetAsync(world, world.Administrator, id);
        Assert.Equal(3, detail.Actions.Count);
        var coming = Assert.Single(detail.ComingReservations);
        Assert.Equal((Kst(2026, 10, 7, 10), ReservationStatus.Confirmed, "이용기업 주식회사"), (coming.Start, coming.Status, coming.CompanyKo));
        Assert.Equal(("구형 X선 회절 분석기", EquipmentStatus.DisposalCandidate, "이운영", (int?)2012), (detail.EquipmentKo, detail.EquipmentStatus, detail.ProposedByName, detail.Evidence.YearAcquired));
        Assert.Equal([DisposalEventKind.Proposed], detail.Events.Select(e => e.Kind));

        await world.StepsAsync(id, DisposalAction.ApproveTransfer);
        var receiving = await GetAsync(world, world.OtherOperator, id);
        Assert.Equal([DisposalAction.AcceptTransfer, DisposalAction.DeclineTransfer], receiving.Actions);
        Assert.Equal(("바이오 분석센터", "바이오 분석센터"), (receiving.ReceivingCenterKo, receiving.Events[^1].CenterKo));
        Assert.Empty((await GetAsync(world, world.Operator, id)).Actions);
    }
}
