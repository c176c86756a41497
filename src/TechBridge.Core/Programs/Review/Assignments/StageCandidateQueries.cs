using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Programs.Proposals;
using TechBridge.Core.Programs.Review.Conflicts;
using TechBridge.Core.Programs.Review.Pool;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Core.Programs.Review.Assignments;

/// <summary>Which pool reviewers to show as candidates for one proposal: the stage's own group (default) or everyone, optionally by name.</summary>
public sealed record StageCandidateFilter(bool AllGroups = false, string? Name = null);

/// <summary>One active pool reviewer weighed for a proposal: affinity, load in the call, any conflicts, and the pair's state in the stage.</summary>
public sealed record StageCandidate(
    Guid ReviewerId, string NameKo, string NameEn, ReviewerGroup Group, double Affinity, int Load, int MaxLoad,
    AssignmentStatus? Status, bool IsLocked, IReadOnlyList<CandidateConflict> Conflicts);

public sealed record CandidateConflict(ConflictSource Source, string Evidence);

/// <param name="Matching">How many reviewers the filter matched; <paramref name="Candidates"/> holds the best <see cref="StageCandidateQueries.Shown"/>.</param>
public sealed record StageCandidates(
    Guid CallId, string CallTitleKo, string CallTitleEn, int Position, Calls.StageKind Kind, StageState State, Guid ProposalId, string ReceiptNumber, string TitleKo, string TitleEn,
    int Matching, IReadOnlyList<StageCandidate> Candidates);

/// <summary>
/// The pool reviewers a program manager may put on one proposal of a review stage by hand, best affinity first: how well
/// their work fits the proposal (the model the optimal assignment uses), how many proposals of the call they already have
/// against their limit, and every conflict of interest with its source, so a lock against a finding is a decision made
/// knowingly. Program managers only.
/// </summary>
public sealed class StageCandidateQueries(TechBridgeDbContext db, ProgramActors actors, CallConflictQueries conflicts, TimeProvider time)
{
    public const int Shown = 50;

    public async Task<StageCandidates> ForProposalAsync(
        Guid userId, Guid callId, int position, Guid proposalId, StageCandidateFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await ReviewStages.RequireManagerAsync(actors, userId, cancellationToken);
        var call = await ReviewStages.LoadCallAsync(db, callId, cancellationToken);
        var stage = ReviewStages.ReviewStage(call, position);
        var state = ReviewStages.State(call, stage, Clock.UtcNow(time));
        var inStage = state == StageState.Waiting ? [] : await ReviewStages.ProposalsAsync(db, call, stage, cancellationToken);
        if (!inStage.Contains(proposalId))
        {
            throw new NotFoundException(nameof(Proposal), proposalId);
        }

        var proposal = await db.Proposals.AsNoTracking().Where(p => p.Id == proposalId).Select(p => new { p.ReceiptNumber, p.SnapshotJson }).SingleAsync(cancellationToken);
        var content = ProposalSnapshots.Deserialize(proposal.SnapshotJson!).Content;

        var group = filter.AllGroups ? (ReviewerGroup?)null : ReviewStages.GroupOf(stage.Kind);
        var reviewers = await db.Reviewers.AsNoTracking().Where(r => r.IsActive && (group == null || r.Group == group))
            .Select(r => new { r.Id, r.PersonId, r.Person!.NameKo, r.Person.NameEn, r.Group, r.MaxLoad }).ToListAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(filter.Name))
        {
            var name = filter.Name.Trim();
            var keys = PersonNameKey.Of(name);
            reviewers = [.. reviewers.Where(r => r.NameKo.Contains(name, StringComparison.OrdinalIgnoreCase) || r.NameEn.Contains(name, StringComparison.OrdinalIgnoreCase)
                || PersonNameKey.Of(r.NameKo).Overlaps(keys) || PersonNameKey.Of(r.NameEn).Overlaps(keys))];
        }

        var affinity = await ReviewerAffinity.ScoreAsync(db, [(proposalId, content)], [.. reviewers.Select(r => (r.Id, r.PersonId))], cancellationToken);
        var shown = reviewers.OrderByDescending(r => affinity.GetValueOrDefault((proposalId, r.Id)))
            .ThenBy(r => r.NameEn, StringComparer.Ordinal).ThenBy(r => r.Id).Take(Shown).ToList();
        var ids = shown.Select(r => r.Id).ToList();

        var loads = await db.ReviewAssignments.AsNoTracking()
            .Where(a => a.CallId == callId && ids.Contains(a.ReviewerId)
                && (a.Status == AssignmentStatus.Proposed || a.Status == AssignmentStatus.Released || a.Status == AssignmentStatus.Submitted))
            .GroupBy(a => a.ReviewerId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var pairs = await db.ReviewAssignments.AsNoTracking()
            .Where(a => a.ProposalId == proposalId && a.StagePosition == position && ids.Contains(a.ReviewerId))
            .Select(a => new { a.ReviewerId, a.Status, a.IsLocked }).ToDictionaryAsync(a => a.ReviewerId, cancellationToken);

        var (_, _, found) = await conflicts.FindAsync(callId, CallConflictQueries.DefaultYears, cancellationToken);
        var proposalKey = proposalId.ToString();
        var shownKeys = ids.Select(i => i.ToString()).ToHashSet(StringComparer.Ordinal);
        var mine = found.Where(c => c.ProposalId == proposalKey && shownKeys.Contains(c.ReviewerId)).ToList();
        var evidence = await conflicts.ReadableEvidenceAsync(mine, cancellationToken);
        var conflictsOf = mine.Select((c, i) => (c.ReviewerId, Conflict: new CandidateConflict(c.Source, evidence[i])))
            .ToLookup(c => c.ReviewerId, c => c.Conflict, StringComparer.Ordinal);

        var candidates = shown.Select(r => new StageCandidate(
            r.Id, r.NameKo, r.NameEn, r.Group, affinity.GetValueOrDefault((proposalId, r.Id)), loads.GetValueOrDefault(r.Id), r.MaxLoad,
            pairs.TryGetValue(r.Id, out var pair) ? pair.Status : null, pair?.IsLocked == true, [.. conflictsOf[r.Id.ToString()]])).ToList();
        return new StageCandidates(
            callId, call.TitleKo, call.TitleEn, position, stage.Kind, state, proposalId, proposal.ReceiptNumber ?? string.Empty, content.TitleKo, content.TitleEn, reviewers.Count, candidates);
    }
}
