using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Review.Assignments;
using TechBridge.Core.Programs.Selection;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Optimisation;
using TechBridge.Core.Tests.Programs.Review.Assignments;

namespace TechBridge.Core.Tests.Programs.Selection;

/// <summary>The program manager's view of a call's selection: before it runs, the ranking report with adjustments, publication, and who may read it.</summary>
public sealed class SelectionQueriesTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Get_StagesOpen_ListsTheStagesWithoutReportAndCannotRun(string provider)
    {
        await using var world = await ReviewWorld.StartAsync(provider);

        var view = await GetAsync(world, world.Manager);

        Assert.Equal((world.Call, 1_500_000_000L, false), (view.CallId, view.BudgetKrw, view.CanRun));
        Assert.Equal("2026년 글로벌 산업기술 협력센터 공동연구", view.CallTitleKo);
        Assert.Equal(["SECONDARY_BATTERY"], view.FieldCodes);
        Assert.Equal([(1, StageKind.OverseasPeerReview, 40, (int?)60, false), (2, StageKind.DomesticPanel, 60, null, false)],
            view.Stages.Select(s => (s.Position, s.Kind, s.WeightPercent, s.CutOff, s.Closed)));
        Assert.Null(view.Report);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Get_AfterRunAndAdjustment_ReportsRankedFirstWithScoresQuotasAndTheAdjustment(string provider)
    {
        await using var world = await ReviewedAsync(provider);
        var (battery, semiconductor, hydrogen) = (world.Proposals[0], world.Proposals[1], world.Proposals[2]);
        await world.Host.RunAsync<SelectionService, CallSelection>(s => s.RunAsync(world.Manager, world.Call, [new SelectionQuota(SelectionLimits.Field, "SECONDARY_BATTERY", Max: 2)]));
        await world.Host.RunAsync<SelectionService, CallSelection>(s => s.AdjustAsync(world.Manager, world.Call, battery, AdjustmentKind.ForceIn, "국가전략기술 분야로 우선 지원"));

        var view = await GetAsync(world, world.Manager);

        Assert.True(view.CanRun);
        var report = view.Report!;
        // The adjustment changes the outcome, never the rank: semiconductor (92) stays first, battery (76) is funded second.
        Assert.Equal([semiconductor, battery, hydrogen], report.Entries.Select(e => e.ProposalId));
        Assert.Equal([1, 2, null], report.Entries.Select(e => e.Rank));
        Assert.Equal([SelectionOutcome.NotSelected, SelectionOutcome.Selected, SelectionOutcome.BelowCutOff], report.Entries.Select(e => e.Outcome));
        Assert.Equal(["2026-0002", "2026-0001", "2026-0003"], report.Entries.Select(e => e.ReceiptNumber));
        var funded = report.Entries[1];
        Assert.Equal(("과제 1", "Joint research on solid-state battery electrolyte interface"), (funded.TitleKo, funded.TitleEn));
        Assert.Equal(("SECONDARY_BATTERY", "DE", 900_000_000L), (funded.FieldCode, funded.CountryCode, funded.CostKrw));
        Assert.Equal([(1, 100.0), (2, 60.0)], funded.StageScores.Select(s => (s.Position, s.Score)));
        Assert.Equal([(1, 40.0)], report.Entries[2].StageScores.Select(s => (s.Position, s.Score)));
        Assert.Equal((76.0, 92.0), (funded.FinalScore, report.Entries[0].FinalScore));
        Assert.Null(report.Entries[2].FinalScore);
        var adjustment = funded.Adjustment!;
        Assert.Equal((AdjustmentKind.ForceIn, "국가전략기술 분야로 우선 지원", "김사업"), (adjustment.Kind, adjustment.Justification, adjustment.By));
        Assert.Equal(world.Time.GetUtcNow(), adjustment.At);
        Assert.Null(report.Entries[0].Adjustment);
        Assert.Equal((1_500_000_000L, 900_000_000L, "김사업"), (report.BudgetKrw, report.TotalCostKrw, report.RunBy));
        Assert.Equal([new SelectionQuota(SelectionLimits.Field, "SECONDARY_BATTERY", null, 2)], report.Quotas);
        Assert.Matches("^[0-9a-f]{64}$", report.InputsSha256);
        Assert.Null(report.PublishedAt);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Get_AfterPublication_ShowsWhenAndByWhomAndCannotRun(string provider)
    {
        await using var world = await ReviewedAsync(provider);
        await world.Host.RunAsync<SelectionService, CallSelection>(s => s.RunAsync(world.Manager, world.Call, []));
        await world.Host.RunAsync<SelectionDecisions, int>(s => s.PublishAsync(world.Manager, world.Call));

        var view = await GetAsync(world, world.Manager);

        Assert.False(view.CanRun);
        Assert.Equal((world.Time.GetUtcNow(), "김사업"), (view.Report!.PublishedAt, view.Report.PublishedBy));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Get_NotAManagerOrUnknownCall_IsRefused(string provider)
    {
        await using var world = await ReviewWorld.StartAsync(provider);

        await Assert.ThrowsAsync<ForbiddenException>(() => GetAsync(world, world.Applicant));
        await Assert.ThrowsAsync<ForbiddenException>(() => GetAsync(world, world.Reviewers.Values.First().User));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Host.RunAsync<SelectionQueries, SelectionView>(s => s.GetAsync(world.Manager, Guid.NewGuid())));
    }

    private static Task<SelectionView> GetAsync(ReviewWorld world, Guid user) =>
        world.Host.RunAsync<SelectionQueries, SelectionView>(s => s.GetAsync(user, world.Call));

    /// <summary>As in <see cref="SelectionServiceTests"/>: overseas 5/5, 4/5, 2/5 (hydrogen below the cut-off of 60); panel 3/5, 5/5; both closed.</summary>
    private static async Task<ReviewWorld> ReviewedAsync(string provider)
    {
        var world = await ReviewWorld.StartAsync(provider);
        int[] overseas = [5, 4, 2];
        int[] panel = [3, 5, 0];
        await world.RunAsync();
        await world.ReleaseAsync();
        await world.SubmitAllAsync(1, a => overseas[world.Proposals.IndexOf(a.ProposalId)]);
        await world.Host.RunAsync<StageLifecycle, IReadOnlyList<StageResult>>(s => s.CloseAsync(world.Manager, world.Call, 1));
        await world.RunAsync(2);
        await world.ReleaseAsync(2);
        await world.SubmitAllAsync(2, a => panel[world.Proposals.IndexOf(a.ProposalId)]);
        await world.Host.RunAsync<StageLifecycle, IReadOnlyList<StageResult>>(s => s.CloseAsync(world.Manager, world.Call, 2));
        return world;
    }
}
