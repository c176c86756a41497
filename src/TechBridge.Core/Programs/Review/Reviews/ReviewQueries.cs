using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Proposals;
using TechBridge.Core.Programs.Review.Assignments;
using TechBridge.Core.Programs.Review.Rubrics;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Core.Programs.Review.Reviews;

/// <summary>
/// Reads the review for who may see it. A reviewer sees the reviews released to them and nothing of any other reviewer
/// (not even how many there are); anything else is unknown to them (404). Program managers see every stage, pair and review.
/// </summary>
public sealed class ReviewQueries(TechBridgeDbContext db, ProgramActors actors, TimeProvider time)
{
    private static readonly AssignmentStatus[] Visible = [AssignmentStatus.Released, AssignmentStatus.Submitted, AssignmentStatus.Declined];

    public async Task<IReadOnlyList<ReviewTaskRow>> MineAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var rows = await (from a in db.ReviewAssignments.AsNoTracking()
                          join r in db.Reviewers on a.ReviewerId equals r.Id
                          join c in db.ProgramCalls on a.CallId equals c.Id
                          join p in db.Proposals on a.ProposalId equals p.Id
                          join s in db.Set<CallStage>() on new { a.CallId, Position = a.StagePosition } equals new { s.CallId, s.Position }
                          where r.UserId == userId && Visible.Contains(a.Status)
                          select new ReviewTaskRow(a.Id, c.Id, c.TitleKo, c.TitleEn, a.StageKind, p.ReceiptNumber!, p.TitleKo, p.TitleEn, a.Status, s.DueAt, a.Total, a.SubmittedAt))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Status == AssignmentStatus.Released ? 0 : 1).ThenBy(r => r.DueAt).ThenBy(r => r.ReceiptNumber, StringComparer.Ordinal)];
    }

    public async Task<ReviewFormView> FormAsync(Guid userId, Guid assignmentId, CancellationToken cancellationToken = default)
    {
        var a = await db.ReviewAssignments.AsNoTracking().Include(x => x.Scores)
            .SingleOrDefaultAsync(x => x.Id == assignmentId && Visible.Contains(x.Status) && db.Reviewers.Any(r => r.Id == x.ReviewerId && r.UserId == userId), cancellationToken)
            ?? throw new NotFoundException(nameof(ReviewAssignment), assignmentId);
        var call = await ReviewStages.LoadCallAsync(db, a.CallId, cancellationToken);
        var stage = call.Stages.Single(s => s.Position == a.StagePosition);
        var rubric = ReviewStages.Rubric(stage);
        var snapshot = await db.Proposals.AsNoTracking().Where(p => p.Id == a.ProposalId).Select(p => p.SnapshotJson!).SingleAsync(cancellationToken);
        return new ReviewFormView(
            a.Id, a.Version, call.Id, call.TitleKo, call.TitleEn, a.StageKind, a.Status, stage.DueAt, rubric, Criteria(rubric, a.Scores), a.CommentToApplicant,
            a.CommentToManagers, a.Total, a.SavedAt, a.SubmittedAt, a.DeclineReason, a.DeclineNote, ProposalSnapshots.Deserialize(snapshot),
            a.Status == AssignmentStatus.Released && stage.ClosedAt is null);
    }

    public async Task<IReadOnlyList<StageSummary>> StagesAsync(Guid userId, Guid callId, CancellationToken cancellationToken = default)
    {
        await ReviewStages.RequireManagerAsync(actors, userId, cancellationToken);
        var call = await ReviewStages.LoadCallAsync(db, callId, cancellationToken);
        return await SummariesAsync(call, call.Stages.Where(s => s.Kind != StageKind.Screening).OrderBy(s => s.Position), null, cancellationToken);
    }

    /// <param name="proposals">The stages' proposals when the caller has them already (one stage).</param>
    private async Task<List<StageSummary>> SummariesAsync(ProgramCall call, IEnumerable<CallStage> stages, int? proposals, CancellationToken cancellationToken)
    {
        var callId = call.Id;
        var counts = await db.ReviewAssignments.AsNoTracking().Where(a => a.CallId == callId)
            .GroupBy(a => new { a.StagePosition, a.Status }).Select(g => new { g.Key.StagePosition, g.Key.Status, Count = g.Count() }).ToListAsync(cancellationToken);
        var results = await db.StageResults.AsNoTracking().Where(r => r.CallId == callId)
            .GroupBy(r => r.StagePosition).Select(g => new { g.Key, Count = g.Count(), Advanced = g.Count(r => r.Advanced) }).ToListAsync(cancellationToken);
        var summaries = new List<StageSummary>();
        foreach (var stage in stages)
        {
            int Count(AssignmentStatus status) => counts.Where(c => c.StagePosition == stage.Position && c.Status == status).Sum(c => c.Count);
            var state = ReviewStages.State(call, stage, Clock.UtcNow(time));
            var result = results.SingleOrDefault(r => r.Key == stage.Position);
            var count = proposals ?? result?.Count ?? (state == StageState.Waiting ? 0 : (await ReviewStages.ProposalsAsync(db, call, stage, cancellationToken)).Count);
            summaries.Add(new StageSummary(
                stage.Position, stage.Kind, state, stage.WeightPercent, stage.CutOff, stage.ReviewersPerProposal, stage.DueAt, stage.ReleasedAt, stage.ClosedAt,
                count, Count(AssignmentStatus.Proposed), Count(AssignmentStatus.Released), Count(AssignmentStatus.Submitted), Count(AssignmentStatus.Declined),
                result?.Advanced ?? 0));
        }

        return summaries;
    }

    public async Task<StageView> StageAsync(Guid userId, Guid callId, int position, CancellationToken cancellationToken = default)
    {
        await ReviewStages.RequireManagerAsync(actors, userId, cancellationToken);
        var call = await ReviewStages.LoadCallAsync(db, callId, cancellationToken);
        var stage = ReviewStages.ReviewStage(call, position);
        var results = await db.StageResults.AsNoTracking().Where(r => r.CallId == callId && r.StagePosition == position).ToDictionaryAsync(r => r.ProposalId, cancellationToken);
        var proposalIds = results.Count > 0 ? [.. results.Keys]
            : ReviewStages.State(call, stage, Clock.UtcNow(time)) == StageState.Waiting ? [] : await ReviewStages.ProposalsAsync(db, call, stage, cancellationToken);
        var summary = (await SummariesAsync(call, [stage], proposalIds.Count, cancellationToken)).Single();
        var pairs = await (from a in db.ReviewAssignments.AsNoTracking()
                           join r in db.Reviewers on a.ReviewerId equals r.Id
                           where a.CallId == callId && a.StagePosition == position
                           orderby a.Affinity descending, r.Person!.NameEn
                           select new { a.ProposalId, Row = new StageAssignmentRow(a.Id, r.Id, r.Person!.NameKo, r.Person.NameEn, r.Group, a.Affinity, a.Status, a.IsLocked,
                               a.Total, a.DeclineReason, a.DeclineNote, a.SubmittedAt) })
            .ToListAsync(cancellationToken);
        var byProposal = pairs.ToLookup(p => p.ProposalId, p => p.Row);
        var shown = proposalIds.Union(pairs.Select(p => p.ProposalId)).ToList();
        var proposals = await db.Proposals.AsNoTracking().Where(p => shown.Contains(p.Id))
            .Select(p => new { p.Id, p.ReceiptNumber, p.TitleKo, p.TitleEn }).ToListAsync(cancellationToken);
        var receipts = proposals.ToDictionary(p => p.Id, p => p.ReceiptNumber ?? string.Empty);
        var rows = proposals.Where(p => proposalIds.Contains(p.Id)).OrderBy(p => p.ReceiptNumber, StringComparer.Ordinal)
            .Select(p => new StageProposalRow(p.Id, p.ReceiptNumber ?? string.Empty, p.TitleKo, p.TitleEn, [.. byProposal[p.Id]],
                results.TryGetValue(p.Id, out var r) ? new StageResultView(r.Score, r.RawMean, r.Reviews, r.Advanced) : null))
            .ToList();

        var run = await (from x in db.AssignmentRuns.AsNoTracking()
                         join u in db.Users on x.RunById equals u.Id
                         where x.CallId == callId && x.StagePosition == position
                         orderby x.RunAt descending
                         select new { Run = x, u.DisplayName }).FirstOrDefaultAsync(cancellationToken);
        var lastRun = run is null ? null : new AssignmentRunView(
            run.Run.RunAt, run.DisplayName, run.Run.ReviewersPerProposal, run.Run.MinimumOverseas, run.Run.Proposals, run.Run.Reviewers, run.Run.Conflicts,
            run.Run.Pairs, run.Run.TotalAffinity, run.Run.Method, run.Run.ProvedOptimal, run.Run.Milliseconds,
            [.. (JsonSerializer.Deserialize<List<ShortProposal>>(run.Run.ShortJson) ?? [])
                .Select(s => new ShortProposalRow(s.ProposalId, receipts.GetValueOrDefault(s.ProposalId, string.Empty), s.Assigned, s.Candidates, s.Reason))]);
        return new StageView(call.Id, call.TitleKo, call.TitleEn, summary, ReviewStages.Rubric(stage), stage.RubricJson is null, call.KeepsRawScores, lastRun, rows);
    }

    public async Task<ManagerReviewView> ForManagerAsync(Guid userId, Guid assignmentId, CancellationToken cancellationToken = default)
    {
        await ReviewStages.RequireManagerAsync(actors, userId, cancellationToken);
        var a = await db.ReviewAssignments.AsNoTracking().Include(x => x.Scores).SingleOrDefaultAsync(x => x.Id == assignmentId, cancellationToken)
            ?? throw new NotFoundException(nameof(ReviewAssignment), assignmentId);
        var stage = await db.Set<CallStage>().AsNoTracking().SingleAsync(s => s.CallId == a.CallId && s.Position == a.StagePosition, cancellationToken);
        var rubric = ReviewStages.Rubric(stage);
        var proposal = await db.Proposals.AsNoTracking().Where(p => p.Id == a.ProposalId).Select(p => new { p.ReceiptNumber, p.TitleKo, p.TitleEn }).SingleAsync(cancellationToken);
        var reviewer = await db.Reviewers.AsNoTracking().Where(r => r.Id == a.ReviewerId).Select(r => new { r.Person!.NameKo, r.Person.NameEn }).SingleAsync(cancellationToken);
        return new ManagerReviewView(
            a.Id, a.CallId, a.StagePosition, a.StageKind, proposal.ReceiptNumber ?? string.Empty, proposal.TitleKo, proposal.TitleEn, reviewer.NameKo, reviewer.NameEn,
            a.Status, rubric, Criteria(rubric, a.Scores), a.CommentToApplicant, a.CommentToManagers, a.Total, a.SubmittedAt, a.DeclineReason, a.DeclineNote);
    }

    private static List<CriterionInput> Criteria(IReadOnlyList<RubricCriterion> rubric, IReadOnlyList<ReviewCriterionScore> scores) =>
        [.. rubric.Select((_, i) => scores.SingleOrDefault(s => s.Position == i) is { } s ? new CriterionInput(s.Score > 0 ? s.Score : null, s.Comment) : new CriterionInput(null, null))];
}
