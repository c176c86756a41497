using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Proposals;
using TechBridge.Core.Programs.Review.Conflicts;
using TechBridge.Core.Programs.Review.Pool;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Optimisation;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Programs.Review.Assignments;

/// <summary>
/// A program manager's work on a stage's reviewers: optimise the assignment (k reviewers per proposal, maximum total
/// affinity, within each reviewer's load for the call, never a conflicted, excluded or declined pair, always a locked or
/// already released one, optionally a minimum of overseas reviewers), lock and exclude pairs by hand, and run it again to
/// fill the places of reviewers who declined. Every run is kept with its report; every change is audited.
/// </summary>
public sealed class StageAssignmentService(TechBridgeDbContext db, ProgramActors actors, CallConflictQueries conflicts, TimeProvider time)
{
    public async Task<AssignmentRun> RunAsync(Guid userId, Guid callId, int position, AssignmentOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        await ReviewStages.RequireManagerAsync(actors, userId, cancellationToken);
        var call = await ReviewStages.LoadCallAsync(db, callId, cancellationToken);
        var stage = ReviewStages.ReviewStage(call, position);
        var now = Clock.UtcNow(time);
        var k = options.ReviewersPerProposal ?? stage.ReviewersPerProposal;
        var errors = new ValidationErrors();
        if (k < 1 || k > CallLimits.MaxReviewersPerProposal)
        {
            errors.Add("reviewersPerProposal", CoreMessages.Get("Validation.Range", CoreMessages.Get("Field.ReviewersPerProposal"), 1, CallLimits.MaxReviewersPerProposal));
        }

        if (options.MinimumOverseas is { } minimum && (stage.Kind != StageKind.OverseasPeerReview || minimum < 0 || minimum > k))
        {
            errors.Add("minimumOverseas", stage.Kind != StageKind.OverseasPeerReview
                ? CoreMessages.Get("Review.MinimumOverseasPanel")
                : CoreMessages.Get("Validation.Range", CoreMessages.Get("Field.MinimumOverseas"), 0, k));
        }

        errors.ThrowIfAny();
        RequireOpen(call, stage, now);
        var proposalIds = await ReviewStages.ProposalsAsync(db, call, stage, cancellationToken);
        if (proposalIds.Count == 0)
        {
            throw new BusinessRuleException("Review.NoProposals", CoreMessages.Get("Review.NoProposals"));
        }

        var watch = Stopwatch.StartNew();
        var group = options.MinimumOverseas is null ? ReviewStages.GroupOf(stage.Kind) : (ReviewerGroup?)null;
        var reviewers = await db.Reviewers.AsNoTracking().Where(r => r.IsActive && (group == null || r.Group == group))
            .OrderBy(r => r.Id).Select(r => new { r.Id, r.PersonId, r.Group, r.MaxLoad }).ToListAsync(cancellationToken);
        var usedElsewhere = await db.ReviewAssignments.AsNoTracking()
            .Where(a => a.CallId == callId && a.StagePosition != position
                && (a.Status == AssignmentStatus.Proposed || a.Status == AssignmentStatus.Released || a.Status == AssignmentStatus.Submitted))
            .GroupBy(a => a.ReviewerId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var existing = await db.ReviewAssignments.Where(a => a.CallId == callId && a.StagePosition == position).ToListAsync(cancellationToken);
        var inStage = proposalIds.ToHashSet();

        var (_, _, found) = await conflicts.FindAsync(callId, CallConflictQueries.DefaultYears, cancellationToken);
        // Only the pairs this run weighs: the finder looks at the whole active pool and every proposal still in the running.
        var considered = reviewers.Select(r => r.Id.ToString()).ToHashSet(StringComparer.Ordinal);
        var reviewed = proposalIds.Select(p => p.ToString()).ToHashSet(StringComparer.Ordinal);
        var blocked = found.Select(c => (c.ProposalId, c.ReviewerId))
            .Concat(existing.Where(a => a.Status is AssignmentStatus.Excluded or AssignmentStatus.Declined).Select(a => (a.ProposalId.ToString(), a.ReviewerId.ToString())))
            .Where(b => reviewed.Contains(b.Item1) && considered.Contains(b.Item2))
            .ToHashSet();
        var kept = existing.Where(a => inStage.Contains(a.ProposalId)
            && (a.Status is AssignmentStatus.Released or AssignmentStatus.Submitted || (a.Status == AssignmentStatus.Proposed && a.IsLocked))).ToList();
        // A pair a person decided on (locked by a manager, or already asked) stands over an automatic finding: the name and
        // co-author checks are deliberately loose, and the manager saw the conflicts page before locking.
        blocked.ExceptWith(kept.Select(a => (a.ProposalId.ToString(), a.ReviewerId.ToString())));

        var snapshots = await db.Proposals.AsNoTracking().Where(p => proposalIds.Contains(p.Id)).Select(p => new { p.Id, p.SnapshotJson }).ToListAsync(cancellationToken);
        var contents = snapshots.Select(p => (p.Id, ProposalSnapshots.Deserialize(p.SnapshotJson!).Content)).ToList();
        var affinity = await ReviewerAffinity.ScoreAsync(db, contents, [.. reviewers.Select(r => (r.Id, r.PersonId))], cancellationToken);

        var poolIds = reviewers.Select(r => r.Id).ToHashSet();
        var problem = new AssignmentProblem(
            [.. proposalIds.Select(p => p.ToString())],
            [.. reviewers.Select(r => new AssignmentReviewer(r.Id.ToString(), Math.Max(0, r.MaxLoad - usedElsewhere.GetValueOrDefault(r.Id)), r.Group.ToString()))],
            [.. proposalIds.SelectMany(p => reviewers.Select(r => new AssignmentPair(p.ToString(), r.Id.ToString(), affinity.GetValueOrDefault((p, r.Id)))))],
            k)
        {
            Conflicts = blocked,
            Locks = [.. kept.Where(a => poolIds.Contains(a.ReviewerId)).Select(a => (a.ProposalId.ToString(), a.ReviewerId.ToString()))],
            GroupMinimums = options.MinimumOverseas is > 0 and var m ? [new GroupMinimum(nameof(ReviewerGroup.Overseas), m)] : [],
        };
        AssignmentResult result;
        try
        {
            result = ReviewerAssigner.Solve(problem, TimeSpan.FromSeconds(30));
        }
        catch (ArgumentException ex)
        {
            throw new BusinessRuleException("Review.AssignmentInfeasible", CoreMessages.Get("Review.AssignmentInfeasible", ex.Message));
        }

        watch.Stop();
        var chosen = result.Pairs.Select(p => (Proposal: Guid.Parse(p.Submission), Reviewer: Guid.Parse(p.Reviewer), p.Score)).ToList();
        var byPair = existing.ToDictionary(a => (a.ProposalId, a.ReviewerId));
        var chosenPairs = chosen.Select(c => (c.Proposal, c.Reviewer)).ToHashSet();
        db.ReviewAssignments.RemoveRange(existing.Where(a => a.Status == AssignmentStatus.Proposed && !a.IsLocked && !chosenPairs.Contains((a.ProposalId, a.ReviewerId))));
        foreach (var (proposal, reviewer, score) in chosen)
        {
            if (byPair.TryGetValue((proposal, reviewer), out var assignment))
            {
                assignment.Affinity = score;
                continue;
            }

            db.ReviewAssignments.Add(new ReviewAssignment
            {
                CallId = callId, ProposalId = proposal, StagePosition = position, StageKind = stage.Kind, ReviewerId = reviewer,
                Status = AssignmentStatus.Proposed, Affinity = score, CreatedAt = now, CreatedById = userId,
            });
        }

        var run = new AssignmentRun
        {
            CallId = callId, StagePosition = position, RunById = userId, RunAt = now, ReviewersPerProposal = k, Proposals = proposalIds.Count,
            Reviewers = reviewers.Count, Conflicts = blocked.Count, Pairs = result.Pairs.Count, TotalAffinity = Math.Round(result.TotalAffinity, 6),
            Method = result.Method.ToString(), ProvedOptimal = result.ProvedOptimal, MinimumOverseas = options.MinimumOverseas ?? 0,
            ShortJson = JsonSerializer.Serialize(result.Unfilled.Select(u => new ShortProposal(Guid.Parse(u.Submission), u.Assigned, u.Candidates, u.Reason.ToString())).ToList()),
            Milliseconds = Math.Round(watch.Elapsed.TotalMilliseconds, 1),
        };
        db.AssignmentRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return run;
    }

    public async Task SetPairAsync(Guid userId, Guid callId, int position, Guid proposalId, Guid reviewerId, PairAction action, CancellationToken cancellationToken = default)
    {
        await ReviewStages.RequireManagerAsync(actors, userId, cancellationToken);
        var call = await ReviewStages.LoadCallAsync(db, callId, cancellationToken);
        var stage = ReviewStages.ReviewStage(call, position);
        var now = Clock.UtcNow(time);
        RequireOpen(call, stage, now);
        if (!await db.Proposals.AnyAsync(p => p.Id == proposalId && p.CallId == callId, cancellationToken))
        {
            throw new NotFoundException(nameof(Proposal), proposalId);
        }

        if (!await db.Reviewers.AnyAsync(r => r.Id == reviewerId, cancellationToken))
        {
            throw new NotFoundException(nameof(PoolReviewer), reviewerId);
        }

        var assignment = await db.ReviewAssignments.SingleOrDefaultAsync(
            a => a.ProposalId == proposalId && a.StagePosition == position && a.ReviewerId == reviewerId, cancellationToken);
        if (assignment is { Status: AssignmentStatus.Released or AssignmentStatus.Submitted or AssignmentStatus.Declined })
        {
            throw new BusinessRuleException("Review.PairReleased", CoreMessages.Get("Review.PairReleased"));
        }

        switch (action)
        {
            case PairAction.Lock when assignment is null || assignment.Status == AssignmentStatus.Excluded:
                await RequireRoomAsync(callId, reviewerId, cancellationToken);
                if (assignment is not null)
                {
                    db.ReviewAssignments.Remove(assignment);
                }

                db.ReviewAssignments.Add(new ReviewAssignment
                {
                    CallId = callId, ProposalId = proposalId, StagePosition = position, StageKind = stage.Kind, ReviewerId = reviewerId,
                    Status = AssignmentStatus.Proposed, IsLocked = true, CreatedAt = now, CreatedById = userId,
                });
                break;
            case PairAction.Lock:
                assignment.IsLocked = true;
                break;
            case PairAction.Unlock when assignment is { Status: AssignmentStatus.Proposed }:
                assignment.IsLocked = false;
                break;
            case PairAction.Exclude when assignment is null:
                db.ReviewAssignments.Add(new ReviewAssignment
                {
                    CallId = callId, ProposalId = proposalId, StagePosition = position, StageKind = stage.Kind, ReviewerId = reviewerId,
                    Status = AssignmentStatus.Excluded, CreatedAt = now, CreatedById = userId,
                });
                break;
            case PairAction.Exclude:
                assignment.Status = AssignmentStatus.Excluded;
                assignment.IsLocked = false;
                break;
            case PairAction.Include when assignment is { Status: AssignmentStatus.Excluded }:
                db.ReviewAssignments.Remove(assignment);
                break;
            default:
                return;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A reviewer put on a proposal by hand must still have room within their load for the whole call.</summary>
    private async Task RequireRoomAsync(Guid callId, Guid reviewerId, CancellationToken cancellationToken)
    {
        var maxLoad = await db.Reviewers.Where(r => r.Id == reviewerId).Select(r => r.MaxLoad).SingleAsync(cancellationToken);
        var load = await db.ReviewAssignments.CountAsync(
            a => a.CallId == callId && a.ReviewerId == reviewerId
                && (a.Status == AssignmentStatus.Proposed || a.Status == AssignmentStatus.Released || a.Status == AssignmentStatus.Submitted), cancellationToken);
        if (load >= maxLoad)
        {
            throw new BusinessRuleException("Review.LoadFull", CoreMessages.Get("Review.LoadFull", load, maxLoad));
        }
    }

    private static void RequireOpen(ProgramCall call, CallStage stage, DateTimeOffset now)
    {
        switch (ReviewStages.State(call, stage, now))
        {
            case StageState.Waiting:
                throw new BusinessRuleException("Review.StageWaiting", CoreMessages.Get("Review.StageWaiting"));
            case StageState.Closed:
                throw new BusinessRuleException("Review.StageClosed", CoreMessages.Get("Review.StageClosed"));
        }
    }
}
