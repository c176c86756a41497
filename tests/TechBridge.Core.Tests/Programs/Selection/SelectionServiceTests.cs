using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Programs.Review.Assignments;
using TechBridge.Core.Programs.Selection;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Optimisation;
using TechBridge.Core.Tests.Programs.Review.Assignments;

namespace TechBridge.Core.Tests.Programs.Selection;

/// <summary>From closed stages to published decisions: ranking, selection within the budget, adjustments, reproducibility, blind decisions.</summary>
public sealed class SelectionServiceTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Run_AfterBothStages_RanksByWeightedScoreAndSelectsWithinTheBudget(string provider)
    {
        await using var world = await ReviewedAsync(provider);

        var selection = await RunAsync(world);

        var entries = world.Proposals.Select(p => selection.Entries.Single(e => e.ProposalId == p)).ToList();
        // Battery 0.4·100 + 0.6·60 = 76, semiconductor 0.4·80 + 0.6·100 = 92; hydrogen stopped at the overseas cut-off (40 < 60).
        Assert.Equal([76.0, 92.0, null], entries.Select(e => e.FinalScore));
        Assert.Equal([2, 1, null], entries.Select(e => e.Rank));
        Assert.Equal([SelectionOutcome.NotSelected, SelectionOutcome.Selected, SelectionOutcome.BelowCutOff], entries.Select(e => e.Outcome));
        Assert.Equal((92.0, 700_000_000L, 1_500_000_000L), (selection.TotalScore, selection.TotalCostKrw, selection.BudgetKrw));
        Assert.Equal("{\"1\":40}", entries[2].StageScoresJson);

        var verified = await world.Host.RunAsync<SelectionService, SelectionVerification>(s => s.VerifyAsync(world.Manager, world.Call));
        Assert.True(verified.SameInputs && verified.SameResult);
        await world.Host.QueryAsync(db => db.ReviewAssignments.Where(a => a.CallId == world.Call && a.StagePosition == 2).Take(1)
            .ExecuteUpdateAsync(a => a.SetProperty(x => x.Total, 10.0)));
        var tampered = await world.Host.RunAsync<SelectionService, SelectionVerification>(s => s.VerifyAsync(world.Manager, world.Call));
        Assert.False(tampered.SameInputs || tampered.SameResult);
        Assert.NotEmpty(tampered.Differences);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Adjust_ForceInWithAJustification_ChangesTheSelectionAndIsKept(string provider)
    {
        await using var world = await ReviewedAsync(provider);
        await RunAsync(world);
        var (battery, hydrogen) = (world.Proposals[0], world.Proposals[2]);

        var none = await Assert.ThrowsAsync<ValidationFailedException>(() => AdjustAsync(world, battery, AdjustmentKind.ForceIn, " "));
        Assert.Equal(["justification"], none.Errors.Keys);
        var unranked = await Assert.ThrowsAsync<BusinessRuleException>(() => AdjustAsync(world, hydrogen, AdjustmentKind.ForceIn, "전략 분야"));
        Assert.Equal("Selection.NotRanked", unranked.Code);

        var adjusted = await AdjustAsync(world, battery, AdjustmentKind.ForceIn, "국가전략기술 분야로 우선 지원");
        var entries = adjusted.Entries.ToDictionary(e => e.ProposalId);
        Assert.Equal((SelectionOutcome.Selected, AdjustmentKind.ForceIn), (entries[battery].Outcome, entries[battery].Adjustment));
        Assert.Equal(SelectionOutcome.NotSelected, entries[world.Proposals[1]].Outcome);

        var rerun = await RunAsync(world);
        Assert.Equal(SelectionOutcome.Selected, rerun.Entries.Single(e => e.ProposalId == battery).Outcome);
        var lifted = await AdjustAsync(world, battery, null, null);
        Assert.Equal(SelectionOutcome.Selected, lifted.Entries.Single(e => e.ProposalId == world.Proposals[1]).Outcome);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Run_QuotasAndOpenStages_AreCheckedFirst(string provider)
    {
        await using var world = await ReviewWorld.StartAsync(provider);
        var open = await Assert.ThrowsAsync<BusinessRuleException>(() => RunAsync(world));
        Assert.Equal("Selection.StagesOpen", open.Code);
        var invalid = await Assert.ThrowsAsync<ValidationFailedException>(() => RunAsync(world,
            [
                new SelectionQuota("city", "Seoul", 1), new SelectionQuota(SelectionLimits.Country, "DE", 3, 1),
                new SelectionQuota(SelectionLimits.Field, "DE", 1), new SelectionQuota(SelectionLimits.Country, "SECONDARY_BATTERY", 1),
                new SelectionQuota(SelectionLimits.Field, "SECONDARY_BATTERY", 1), new SelectionQuota(SelectionLimits.Country, "kr", 1),
            ]));
        Assert.Equal(["quotas[0].dimension", "quotas[1].min", "quotas[2].value", "quotas[3].value"], invalid.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.StartsWith("이 공고의 지원 분야에 없는 값입니다(DE).", Assert.Single(invalid.Errors["quotas[2].value"]), StringComparison.Ordinal);
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Host.RunAsync<SelectionService, CallSelection>(s => s.RunAsync(world.Applicant, world.Call, [])));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Run_ACountryQuota_IsRespected(string provider)
    {
        await using var world = await ReviewedAsync(provider);

        var selection = await RunAsync(world, [new SelectionQuota(SelectionLimits.Country, "DE", Max: 0)]);

        Assert.DoesNotContain(selection.Entries, e => e.Outcome == SelectionOutcome.Selected);
        var impossible = await Assert.ThrowsAsync<BusinessRuleException>(() => RunAsync(world, [new SelectionQuota(SelectionLimits.Country, "DE", Min: 2)]));
        Assert.Equal("Selection.Infeasible", impossible.Code);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Publish_TellsEachApplicantTheDecisionWithScoresAndCommentsButNoReviewer(string provider)
    {
        await using var world = await ReviewedAsync(provider);
        await RunAsync(world);
        Assert.Null(await DecisionAsync(world, world.Proposals[1]));

        var told = await world.Host.RunAsync<SelectionDecisions, int>(s => s.PublishAsync(world.Manager, world.Call));

        Assert.Equal(3, told);
        var selected = await DecisionAsync(world, world.Proposals[1]);
        Assert.Equal((SelectionOutcome.Selected, 1, 2, 92.0), (selected!.Outcome, selected.Rank!.Value, selected.Ranked, selected.FinalScore!.Value));
        Assert.Equal([80.0, 100.0], selected.Stages.Select(s => s.Score));
        Assert.All(selected.Stages, s => Assert.Equal(2, s.Comments.Count));
        var below = await DecisionAsync(world, world.Proposals[2]);
        Assert.Equal((SelectionOutcome.BelowCutOff, 1), (below!.Outcome, below.Stages.Count));
        Assert.Null(await world.Host.RunAsync<SelectionDecisions, ProposalDecisionView?>(s => s.ForApplicantAsync(world.Manager, world.Proposals[1])));

        var inbox = await world.Host.QueryAsync(db => db.InboxMessages.AsNoTracking().Where(m => m.UserId == world.Applicant && m.Template == "ProposalDecision").ToListAsync());
        var mails = await world.Host.QueryAsync(db => db.OutgoingEmails.AsNoTracking().Where(m => m.Template == "ProposalDecision").ToListAsync());
        Assert.Equal(3, inbox.Count);
        Assert.Contains(inbox, m => m.Subject.Contains("선정", StringComparison.Ordinal) && m.Body.Contains("최종 점수: 92.00 (2개 과제 중 1위)", StringComparison.Ordinal));
        var reachable = string.Join('\n', inbox.Select(m => m.Subject + m.Body).Concat(mails.Select(m => m.Subject + m.TextBody + m.HtmlBody))
            .Concat(await Task.WhenAll(world.Proposals.Select(async p => JsonSerializer.Serialize(await DecisionAsync(world, p))))));
        var people = await world.Host.QueryAsync(db => db.Reviewers.AsNoTracking().Select(r => new { r.Id, r.UserId, r.Person!.NameKo, r.Person.NameEn, r.Person.Email }).ToListAsync());
        foreach (var reviewer in people)
        {
            foreach (var secret in new[] { reviewer.Id.ToString(), reviewer.UserId.ToString()!, reviewer.NameKo, reviewer.NameEn, reviewer.Email! })
            {
                Assert.DoesNotContain(secret, reachable, StringComparison.OrdinalIgnoreCase);
            }
        }

        var late = await Assert.ThrowsAsync<BusinessRuleException>(() => RunAsync(world));
        Assert.Equal("Selection.Published", late.Code);
    }

    /// <summary>Overseas stage: battery 5/5, semiconductor 4/5, hydrogen 2/5 on every criterion; panel: battery 3/5, semiconductor 5/5; both closed.</summary>
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

    private static Task<CallSelection> RunAsync(ReviewWorld world, IReadOnlyList<SelectionQuota>? quotas = null) =>
        world.Host.RunAsync<SelectionService, CallSelection>(s => s.RunAsync(world.Manager, world.Call, quotas ?? []));

    private static Task<CallSelection> AdjustAsync(ReviewWorld world, Guid proposal, AdjustmentKind? kind, string? justification) =>
        world.Host.RunAsync<SelectionService, CallSelection>(s => s.AdjustAsync(world.Manager, world.Call, proposal, kind, justification));

    private static Task<ProposalDecisionView?> DecisionAsync(ReviewWorld world, Guid proposal) =>
        world.Host.RunAsync<SelectionDecisions, ProposalDecisionView?>(s => s.ForApplicantAsync(world.Applicant, proposal));
}
