using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Programs.Review.Assignments;
using TechBridge.Core.Programs.Review.Pool;
using TechBridge.Core.Programs.Review.Reviews;
using TechBridge.Core.Programs.Review.Rubrics;
using TechBridge.Core.Shared.Errors;

namespace TechBridge.Core.Tests.Programs.Review.Assignments;

/// <summary>A stage from rubric to results: release with notices in the stage's language, reviews, close with the cut-off, reminders.</summary>
public sealed class StageLifecycleTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Release_AssignedReviewers_AreToldInEnglishOnceEachAndTheRubricIsFixed(string provider)
    {
        await using var world = await ReviewWorld.StartAsync(provider);
        await world.RunAsync();

        var asked = await world.ReleaseAsync();

        Assert.Equal(6, asked);
        var assignments = await world.AssignmentsAsync();
        Assert.All(assignments, a => Assert.Equal(AssignmentStatus.Released, a.Status));
        var inbox = await world.Host.QueryAsync(db => db.InboxMessages.AsNoTracking().Where(m => m.Template == "ReviewAssigned").ToListAsync());
        Assert.Equal(6, inbox.Count);
        Assert.All(inbox, m => Assert.StartsWith("[TechBridge] Review request", m.Subject, StringComparison.Ordinal));
        Assert.All(inbox, m => Assert.Contains("Proposals to review: 1", m.Body, StringComparison.Ordinal));
        var rubric = await Assert.ThrowsAsync<BusinessRuleException>(() => world.Host.RunAsync<StageLifecycle>(
            s => s.SaveRubricAsync(world.Manager, world.Call, 1, StageRubrics.Default(Core.Programs.Calls.StageKind.OverseasPeerReview))));
        Assert.Equal("Review.RubricFixed", rubric.Code);
        var nothing = await Assert.ThrowsAsync<BusinessRuleException>(() => world.ReleaseAsync());
        Assert.Equal("Review.NothingToRelease", nothing.Code);
        var past = await Assert.ThrowsAsync<ValidationFailedException>(() => world.ReleaseAsync(due: world.Time.GetUtcNow().AddHours(-1)));
        Assert.Equal(["dueAt"], past.Errors.Keys);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task SaveRubric_WeightsNotAddingUpTo100_IsRefusedWithTheField(string provider)
    {
        await using var world = await ReviewWorld.StartAsync(provider);
        RubricCriterion[] rubric = [new("독창성", "Originality", "", "", 60, 5, true), new("실현 가능성", "Feasibility", "", "", 30, 7, false)];

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => world.Host.RunAsync<StageLifecycle>(s => s.SaveRubricAsync(world.Manager, world.Call, 1, rubric)));
        Assert.Equal(["rubric"], refused.Errors.Keys);

        await world.Host.RunAsync<StageLifecycle>(s => s.SaveRubricAsync(world.Manager, world.Call, 1, [rubric[0], rubric[1] with { WeightPercent = 40 }]));
        var stage = await world.Host.RunAsync<ReviewQueries, StageView>(q => q.StageAsync(world.Manager, world.Call, 1));
        Assert.Equal((2, false, 7), (stage.Rubric.Count, stage.RubricIsDefault, stage.Rubric[1].ScaleMax));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Review_SaveSubmitAndDecline_FollowTheRubricAndStayBlind(string provider)
    {
        await using var world = await ReviewWorld.StartAsync(provider);
        await world.RunAsync();
        await world.ReleaseAsync();
        var assignments = await world.AssignmentsAsync();
        var (mine, other) = (assignments[0], assignments.First(a => a.ProposalId == assignments[0].ProposalId && a.Id != assignments[0].Id));
        var me = world.Reviewers[mine.ReviewerId].User;

        await world.Host.RunAsync<ReviewService, long>(s => s.SaveAsync(me, mine.Id,
            new ReviewInput([new CriterionInput(4, null), new CriterionInput(null, null), new CriterionInput(null, "draft"), new CriterionInput(null, null)], null, null)));
        var form = await world.Host.RunAsync<ReviewQueries, ReviewFormView>(q => q.FormAsync(me, mine.Id));
        Assert.Equal((4, (int?)null, "draft", (double?)null, "en"), (form.Criteria[0].Score!.Value, form.Criteria[1].Score, form.Criteria[2].Comment, form.Total, form.Culture));
        Assert.DoesNotContain(world.Reviewers[other.ReviewerId].NameEn, System.Text.Json.JsonSerializer.Serialize(form), StringComparison.Ordinal);
        await Assert.ThrowsAsync<NotFoundException>(() => world.Host.RunAsync<ReviewQueries, ReviewFormView>(q => q.FormAsync(world.Reviewers[other.ReviewerId].User, mine.Id)));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Host.RunAsync<ReviewQueries, ReviewFormView>(q => q.FormAsync(world.Manager, mine.Id)));

        var incomplete = await Assert.ThrowsAsync<ValidationFailedException>(() => world.Host.RunAsync<ReviewService, long>(s => s.SubmitAsync(me, mine.Id,
            new ReviewInput([new CriterionInput(5, null), new CriterionInput(4, "ok"), new CriterionInput(3, "ok"), new CriterionInput(2, null)], " ", null))));
        Assert.Equal(["commentToApplicant", "criteria[0].comment"], incomplete.Errors.Keys.Order(StringComparer.Ordinal));
        await world.Host.RunAsync<ReviewService, long>(s => s.SubmitAsync(me, mine.Id,
            new ReviewInput([new CriterionInput(5, "a"), new CriterionInput(4, "b"), new CriterionInput(3, "c"), new CriterionInput(2, null)], "Strong team.", "Budget is tight.")));
        var submitted = await world.Host.RunAsync<ReviewQueries, ReviewFormView>(q => q.FormAsync(me, mine.Id));
        // (5/5·30 + 4/5·25 + 3/5·25 + 2/5·20) = 30 + 20 + 15 + 8
        Assert.Equal((73.0, false), (submitted.Total!.Value, submitted.Editable));
        var again = await Assert.ThrowsAsync<BusinessRuleException>(() => world.Host.RunAsync<ReviewService, long>(s => s.SaveAsync(me, mine.Id, ReviewWorld.Complete(3))));
        Assert.Equal("Review.AlreadySubmitted", again.Code);

        var otherUser = world.Reviewers[other.ReviewerId].User;
        var noNote = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            world.Host.RunAsync<ReviewService, long>(s => s.DeclineAsync(otherUser, other.Id, DeclineReason.ConflictOfInterest, null)));
        Assert.Equal(["note"], noNote.Errors.Keys);
        await world.Host.RunAsync<ReviewService, long>(s => s.DeclineAsync(otherUser, other.Id, DeclineReason.ConflictOfInterest, "I advised the applicant last year."));
        Assert.Contains(await world.Host.QueryAsync(db => db.InboxMessages.AsNoTracking().Where(m => m.UserId == world.Manager).Select(m => m.Template).ToListAsync()),
            t => t == "ReviewDeclined");

        // A new run fills the place with someone else and never proposes the declared conflict again.
        var run = await world.RunAsync();
        var now = (await world.AssignmentsAsync()).Where(a => a.ProposalId == mine.ProposalId).ToList();
        Assert.Equal(2, now.Count(a => a.Counts));
        Assert.Contains(now, a => a.ReviewerId == other.ReviewerId && a.Status == AssignmentStatus.Declined);
        Assert.Contains(now, a => a.Status == AssignmentStatus.Proposed && a.ReviewerId != other.ReviewerId);
        Assert.Equal(1, run.Pairs - 6 + 1); // the 5 kept pairs plus the new one
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Close_AllReviewsIn_StoresScoresAndAdvancesThoseAtTheCutOff(string provider)
    {
        await using var world = await ReviewWorld.StartAsync(provider);
        await world.RunAsync();
        await world.ReleaseAsync();
        var early = await Assert.ThrowsAsync<BusinessRuleException>(() => world.Host.RunAsync<StageLifecycle, IReadOnlyList<StageResult>>(s => s.CloseAsync(world.Manager, world.Call, 1)));
        Assert.Equal("Review.ReviewsOutstanding", early.Code);

        // Battery 5/5, semiconductor 4/5, hydrogen 2/5 on every criterion: 100, 80, 40 raw.
        int[] scores = [5, 4, 2];
        await world.SubmitAllAsync(1, a => scores[world.Proposals.IndexOf(a.ProposalId)]);
        var results = await world.Host.RunAsync<StageLifecycle, IReadOnlyList<StageResult>>(s => s.CloseAsync(world.Manager, world.Call, 1));

        var byProposal = results.ToDictionary(r => r.ProposalId);
        Assert.Equal([100.0, 80.0, 40.0], world.Proposals.Select(p => byProposal[p].RawMean));
        Assert.Equal([true, true, false], world.Proposals.Select(p => byProposal[p].Advanced));
        Assert.All(results, r => Assert.Equal(2, r.Reviews));
        var stages = await world.Host.RunAsync<ReviewQueries, IReadOnlyList<StageSummary>>(q => q.StagesAsync(world.Manager, world.Call));
        Assert.Equal([StageState.Closed, StageState.Assigning], stages.Select(s => s.State));
        Assert.Equal((3, 2), (stages[0].Proposals, stages[0].Advanced));
        Assert.Equal(2, stages[1].Proposals);

        var panel = await world.RunAsync(2);
        Assert.Equal((2, 4), (panel.Proposals, panel.Pairs));
        Assert.All(await world.AssignmentsAsync(2), a => Assert.Equal(ReviewerGroup.Domestic, world.Reviewers[a.ReviewerId].Group));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Sweep_BeforeAndAfterTheDueDate_RemindsOnceAndEscalatesOnce(string provider)
    {
        await using var world = await ReviewWorld.StartAsync(provider);
        await world.RunAsync();
        await world.ReleaseAsync(due: world.Time.GetUtcNow().AddDays(10));
        var done = (await world.AssignmentsAsync())[0];
        await world.Host.RunAsync<ReviewService, long>(s => s.SubmitAsync(world.Reviewers[done.ReviewerId].User, done.Id, ReviewWorld.Complete(4)));

        Assert.Equal((0, 0), await SweepAsync(world));
        world.Time.Advance(TimeSpan.FromDays(8));
        Assert.Equal((5, 0), await SweepAsync(world)); // one review each; one of the six is in
        Assert.Equal((0, 0), await SweepAsync(world));
        world.Time.Advance(TimeSpan.FromDays(3));
        Assert.Equal((0, 1), await SweepAsync(world));
        Assert.Equal((0, 0), await SweepAsync(world));

        var overdue = await world.Host.QueryAsync(db => db.InboxMessages.AsNoTracking().SingleAsync(m => m.Template == "ReviewOverdue" && m.UserId == world.Manager));
        Assert.Contains("5", overdue.Body, StringComparison.Ordinal);
        var reminders = await world.Host.QueryAsync(db => db.InboxMessages.AsNoTracking().Where(m => m.Template == "ReviewReminder").ToListAsync());
        Assert.Equal(5, reminders.Count);
        Assert.All(reminders, r => Assert.StartsWith("[TechBridge] Review due soon", r.Subject, StringComparison.Ordinal));
    }

    private static Task<(int, int)> SweepAsync(ReviewWorld world) => world.Host.RunAsync<ReviewReminders, (int, int)>(r => r.SweepAsync());
}
