using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Review.Rubrics;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Notifications;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Programs.Review.Assignments;

/// <summary>
/// A review stage from form to results: the program manager sets its rubric, asks the assigned reviewers (each gets one
/// message listing how many proposals and by when, in the stage's language), and closes it once every review is in or
/// declined; closing stores each proposal's stage score and whether it reached the cut-off, which decides the next stage.
/// </summary>
public sealed class StageLifecycle(TechBridgeDbContext db, ProgramActors actors, INotifier notifier, TimeProvider time)
{
    public async Task SaveRubricAsync(Guid userId, Guid callId, int position, IReadOnlyList<RubricCriterion> rubric, CancellationToken cancellationToken = default)
    {
        await ReviewStages.RequireManagerAsync(actors, userId, cancellationToken);
        var call = await ReviewStages.LoadCallAsync(db, callId, cancellationToken);
        var stage = ReviewStages.ReviewStage(call, position);
        RubricValidator.Validate(rubric);
        if (stage.ReleasedAt is not null)
        {
            throw new BusinessRuleException("Review.RubricFixed", CoreMessages.Get("Review.RubricFixed"));
        }

        stage.RubricJson = RubricJson.Write([.. rubric.Select(RubricValidator.Trimmed)]);
        call.UpdatedAt = Clock.UtcNow(time);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <returns>How many reviewers were asked.</returns>
    public async Task<int> ReleaseAsync(Guid userId, Guid callId, int position, DateTimeOffset? dueAt, CancellationToken cancellationToken = default)
    {
        await ReviewStages.RequireManagerAsync(actors, userId, cancellationToken);
        var call = await ReviewStages.LoadCallAsync(db, callId, cancellationToken);
        var stage = ReviewStages.ReviewStage(call, position);
        var now = Clock.UtcNow(time);
        var state = ReviewStages.State(call, stage, now);
        if (state is StageState.Waiting or StageState.Closed)
        {
            throw new BusinessRuleException($"Review.Stage{state}", CoreMessages.Get($"Review.Stage{state}"));
        }

        if ((dueAt ?? stage.DueAt) is not { } d || d <= now)
        {
            var errors = new ValidationErrors();
            errors.Add("dueAt", CoreMessages.Get("Review.DueInFuture"));
            errors.ThrowIfAny();
            return 0;
        }

        var proposed = await db.ReviewAssignments.Where(a => a.CallId == callId && a.StagePosition == position && a.Status == AssignmentStatus.Proposed)
            .ToListAsync(cancellationToken);
        if (proposed.Count == 0)
        {
            throw new BusinessRuleException("Review.NothingToRelease", CoreMessages.Get("Review.NothingToRelease"));
        }

        stage.DueAt = d.ToUniversalTime();
        stage.ReleasedAt ??= now;
        stage.RubricJson ??= RubricJson.Write(ReviewStages.Rubric(stage));
        foreach (var assignment in proposed)
        {
            assignment.Status = AssignmentStatus.Released;
            assignment.ReleasedAt = now;
            assignment.IsLocked = false;
        }

        var reviewerIds = proposed.Select(a => a.ReviewerId).Distinct().ToList();
        var reviewers = (await ReviewerContact.LoadAsync(db, reviewerIds, cancellationToken)).Values;
        var culture = StageLanguage.CultureOf(stage.Kind);
        foreach (var reviewer in reviewers)
        {
            var count = proposed.Count(a => a.ReviewerId == reviewer.Id);
            var notice = Notice.Of(NoticeTemplates.ReviewAssigned, "/programs/reviews",
                ("call", culture == "en" ? call.TitleEn : call.TitleKo), ("count", count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("stage", CoreMessages.In(culture, $"StageKind.{stage.Kind}")),
                ("due", Kst.Format(d))) with { Culture = culture };
            await reviewer.TellAsync(notifier, notice, cancellationToken);
        }

        call.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return reviewers.Count;
    }

    public async Task<IReadOnlyList<StageResult>> CloseAsync(Guid userId, Guid callId, int position, CancellationToken cancellationToken = default)
    {
        await ReviewStages.RequireManagerAsync(actors, userId, cancellationToken);
        var call = await ReviewStages.LoadCallAsync(db, callId, cancellationToken);
        var stage = ReviewStages.ReviewStage(call, position);
        var now = Clock.UtcNow(time);
        var state = ReviewStages.State(call, stage, now);
        if (state != StageState.Reviewing)
        {
            var code = state == StageState.Closed ? "Review.StageClosed" : "Review.StageNotReleased";
            throw new BusinessRuleException(code, CoreMessages.Get(code));
        }

        var assignments = await db.ReviewAssignments.Where(a => a.CallId == callId && a.StagePosition == position).ToListAsync(cancellationToken);
        var outstanding = assignments.Count(a => a.Status == AssignmentStatus.Released);
        if (outstanding > 0)
        {
            throw new BusinessRuleException("Review.ReviewsOutstanding", CoreMessages.Get("Review.ReviewsOutstanding", outstanding));
        }

        var proposalIds = await ReviewStages.ProposalsAsync(db, call, stage, cancellationToken);
        var facts = await db.Proposals.AsNoTracking().Where(p => proposalIds.Contains(p.Id))
            .Select(p => new { p.Id, p.ReceiptNumber, p.SubmittedAt }).ToListAsync(cancellationToken);
        var unreviewed = facts.Where(p => !assignments.Any(a => a.ProposalId == p.Id && a.Status == AssignmentStatus.Submitted))
            .Select(p => p.ReceiptNumber).Order(StringComparer.Ordinal).ToList();
        if (unreviewed.Count > 0)
        {
            throw new BusinessRuleException("Review.ProposalsWithoutReview", CoreMessages.Get("Review.ProposalsWithoutReview", string.Join(", ", unreviewed)));
        }

        var stageKey = position.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var ranking = ReviewScoring.Rank(
            [.. assignments.Where(a => a.Status == AssignmentStatus.Submitted).Select(a => new StageScore(a.ProposalId.ToString(), a.ReviewerId.ToString(), stageKey, a.Total!.Value))],
            [new StageWeight(stageKey, 1, Normalise: !call.KeepsRawScores)],
            [.. facts.Select(p => new ProposalFacts(p.Id.ToString(), p.SubmittedAt!.Value))]);
        var results = ranking.Ranked.Select(r =>
        {
            var score = Math.Round(r.StageScores[stageKey], 4);
            var id = Guid.Parse(r.ProposalId);
            return new StageResult
            {
                CallId = callId, StagePosition = position, ProposalId = id, Score = score, RawMean = Math.Round(r.RawMean, 4),
                Reviews = assignments.Count(a => a.ProposalId == id && a.Status == AssignmentStatus.Submitted),
                Advanced = stage.CutOff is not { } cut || score >= cut, ClosedAt = now,
            };
        }).ToList();
        db.StageResults.AddRange(results);
        db.ReviewAssignments.RemoveRange(assignments.Where(a => a.Status == AssignmentStatus.Proposed));
        stage.ClosedAt = now;
        call.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return results;
    }
}
