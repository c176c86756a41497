using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Requests;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using static TechBridge.Core.Tests.Facilities.Requests.SupportWorld;

namespace TechBridge.Core.Tests.Facilities.Requests;

/// <summary>What each reader sees of support requests: the list, one request, its parts and timeline.</summary>
public sealed class SupportRequestQueriesTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Get_CenterWithAPart_SeesOnlyItsPartsAndTheirTimeline(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.SubmitAsync();
        var mine = await world.AssignAsync(id);
        var theirs = await world.AssignAsync(id, world.OtherCenter, world.OtherEquipment);
        await world.QuoteAsync(theirs, Quote(equipment: world.OtherEquipment), world.OtherOperator);

        var asCenter = await world.DetailAsync(world.Operator, id);
        var asOther = await world.DetailAsync(world.OtherOperator, id);
        var asCompany = await world.DetailAsync(world.CompanyUser, id);
        var asCoordinator = await world.DetailAsync(world.Coordinator, id);

        Assert.Equal([mine], asCenter.Parts.Select(p => p.Id));
        Assert.Equal([SupportRequestEventKind.Submitted, SupportRequestEventKind.Assigned], asCenter.Events.Select(e => e.Kind));
        Assert.All(asCenter.Events, e => Assert.True(e.AssignmentId is null || e.AssignmentId == mine));
        Assert.Equal(new SupportRequestReader(false, false, world.Center), asCenter.Reader);
        Assert.Equal([theirs], asOther.Parts.Select(p => p.Id));
        Assert.Equal([SupportRequestEventKind.Submitted, SupportRequestEventKind.Assigned, SupportRequestEventKind.Quoted], asOther.Events.Select(e => e.Kind));
        Assert.Equal([mine, theirs], asCompany.Parts.Select(p => p.Id));
        Assert.Equal(4, asCompany.Events.Count);
        Assert.Equal(new SupportRequestReader(true, false, null), asCompany.Reader);
        Assert.Equal([mine, theirs], asCoordinator.Parts.Select(p => p.Id));
        Assert.True(asCoordinator.Reader.Coordinates);
        Assert.Equal(("요청기업 주식회사", "한기업", "시험 소재분석센터"), (asCompany.CompanyKo, asCompany.RequestedByName, asCompany.Parts[0].CenterKo));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Get_NotAParty_IsNotFound(string provider)
    {
        await using var world = await StartAsync(provider);
        var id = await world.SubmitAsync();
        await world.AssignAsync(id);

        foreach (var user in new[] { world.OtherCompanyUser, world.OtherOperator, world.Outsider })
        {
            await Assert.ThrowsAsync<NotFoundException>(() => world.DetailAsync(user, id));
        }

        await Assert.ThrowsAsync<NotFoundException>(() => world.DetailAsync(world.Coordinator, Guid.NewGuid()));
        Assert.True((await world.DetailAsync(world.ProgramManager, id)).Reader.Coordinates);
        Assert.True((await world.DetailAsync(world.Administrator, id)).Reader.Coordinates);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task List_EachRole_SeesWhatItMay(string provider)
    {
        await using var world = await StartAsync(provider);
        var routed = await world.SubmitAsync(Input(title: "배정된 요청"));
        await world.AssignAsync(routed);
        await world.AssignAsync(routed, world.OtherCenter, world.OtherEquipment);
        world.Time.Advance(TimeSpan.FromMinutes(1));
        var waiting = await world.SubmitAsync(Input(title: "대기 중인 요청"));
        world.Time.Advance(TimeSpan.FromMinutes(1));
        var orphan = await world.SubmitAsync(Input(title: "대표기관 없는 업종", industry: OrphanIndustry));
        world.Time.Advance(TimeSpan.FromMinutes(1));
        var others = await world.SubmitAsync(Input(title: "경쟁사 요청"), world.OtherCompanyUser);
        await world.ActAsync(world.OtherCompanyUser, others, SupportRequestAction.Cancel);

        async Task<List<SupportRequestSummary>> ListAsync(Guid user, SupportRequestFilter? filter = null)
        {
            var actor = await world.ActorAsync(user);
            return [.. (await world.Host.RunAsync<SupportRequestQueries, PagedResult<SupportRequestSummary>>(q =>
                q.ListAsync(actor, filter ?? new SupportRequestFilter(), PageRequest.Of(1, 50)))).Items];
        }

        Assert.Equal([orphan, waiting, routed], (await ListAsync(world.CompanyUser)).Select(s => s.Id));
        Assert.Equal([others], (await ListAsync(world.OtherCompanyUser)).Select(s => s.Id));
        Assert.Equal([others, waiting, routed], (await ListAsync(world.Coordinator)).Select(s => s.Id));
        Assert.Equal([routed], (await ListAsync(world.Operator)).Select(s => s.Id));
        Assert.Equal(1, (await ListAsync(world.Operator)).Single().OpenParts);
        Assert.Equal(2, (await ListAsync(world.Coordinator)).Single(s => s.Id == routed).OpenParts);
        Assert.Equal(4, (await ListAsync(world.ProgramManager)).Count);
        Assert.Equal(4, (await ListAsync(world.Administrator)).Count);
        Assert.Empty(await ListAsync(world.Outsider));
        Assert.Equal([waiting, routed], (await ListAsync(world.Coordinator, new SupportRequestFilter(OpenOnly: true))).Select(s => s.Id));
        Assert.Equal([others], (await ListAsync(world.ProgramManager, new SupportRequestFilter(SupportRequestStatus.Cancelled))).Select(s => s.Id));
        Assert.Equal([orphan], (await ListAsync(world.ProgramManager, new SupportRequestFilter(IndustryCode: OrphanIndustry))).Select(s => s.Id));
    }
}
