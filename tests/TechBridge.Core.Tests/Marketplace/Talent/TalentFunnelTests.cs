using TechBridge.Core.Marketplace.Funnel;
using TechBridge.Core.Marketplace.Funnel.Sources;
using TechBridge.Core.Marketplace.Talent;

namespace TechBridge.Core.Tests.Marketplace.Talent;

/// <summary>
/// Talent matching in the marketplace funnel: Hi-TECH proposals are partners contacted and acceptances partnerships opened
/// (program NEXTGEN_RESEARCHER_HITECH), K-TAG requests are partners contacted and logged sessions meetings held (program
/// K_TAG, under the request's field).
/// </summary>
public sealed class TalentFunnelTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ReportAsync_HiTechAndKtagActivity_CountedUnderTheirPrograms(string provider)
    {
        await using var world = await TalentWorld.StartAsync(provider);
        var accepted = await world.ProposeAsync(world.YoungA);
        await world.AnswerAsync(world.YoungAAccount, accepted, true);
        var declined = await world.ProposeAsync(world.YoungB);
        await world.AnswerAsync(world.YoungBAccount, declined, false);
        var request = await world.Host.RunAsync<AdvisoryService, Guid>(s => s.RequestAsync(world.CompanyKo,
            new AdvisoryRequestInput("독일 진출", "현지 협력 방법", "DE", "FUTURE_MOBILITY")));
        await world.Host.RunAsync<AdvisoryService, Guid>(s => s.RequestAsync(world.CompanyKo, new AdvisoryRequestInput("미국 진출", "인증 절차", "US", null)));
        await world.Host.RunAsync<AdvisoryService>(s => s.AssignAsync(world.Coordinator, request, world.KtagDe, null));
        await world.Host.RunAsync<AdvisoryService>(s => s.LogSessionAsync(world.Coordinator, request,
            new AdvisorySessionInput(new DateOnly(2026, 3, 2), 30, AdvisoryOutcome.AdviceGiven, null)));

        var march = new FunnelFilter(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1));
        Task<FunnelReport> Report(FunnelFilter filter) => world.Host.RunAsync<MarketplaceFunnelQueries, FunnelReport>(q => q.ReportAsync(filter));
        Assert.Equal(new FunnelCounts(0, 2, 0, 1, 0, 0), (await Report(march with { ProgramCode = TalentFunnelSource.HiTech })).Totals);
        Assert.Equal(new FunnelCounts(0, 2, 1, 0, 0, 0), (await Report(march with { ProgramCode = TalentFunnelSource.Ktag })).Totals);
        Assert.Equal(new FunnelCounts(0, 1, 1, 0, 0, 0), (await Report(march with { ProgramCode = TalentFunnelSource.Ktag, FieldCode = "FUTURE_MOBILITY" })).Totals);
        Assert.Equal(FunnelCounts.Empty, (await Report(new FunnelFilter(new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1)) with { ProgramCode = TalentFunnelSource.HiTech })).Totals);
    }
}
