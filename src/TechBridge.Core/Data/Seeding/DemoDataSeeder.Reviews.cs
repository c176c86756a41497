using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data.Seeding.Demo;
using TechBridge.Core.Programs;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Proposals;
using TechBridge.Core.Programs.Review.Assignments;
using TechBridge.Core.Programs.Review.Conflicts;
using TechBridge.Core.Programs.Review.Pool;
using TechBridge.Core.Programs.Selection;
using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Core.Data.Seeding;

public sealed partial class DemoDataSeeder
{
    /// <summary>How many of the reviews of the call in review are in.</summary>
    public const double ReviewCallShareSubmitted = 0.55;

    /// <summary>
    /// The review of the two closed demo calls, through the same services a program manager uses, each step at the time it
    /// would have happened: the older call screened, assigned, reviewed in both stages, selected and published; the newer
    /// one screened and in the overseas peer review, a little over half of the reviews in, the demo reviewer with reviews to
    /// write. Reviews are written as reviewers would (see <see cref="DemoReviewWriter"/>).
    /// </summary>
    private async Task SeedReviewsAsync(CancellationToken cancellationToken)
    {
        var pmEmail = DemoEmail(Roles.ProgramManager);
        var pm = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == pmEmail).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(cancellationToken);
        var calls = await db.ProgramCalls.AsNoTracking().Where(c => c.IsDemo && c.Status == CallStatus.Closed).OrderBy(c => c.ClosesAt)
            .Select(c => new { c.Id, c.ClosesAt }).ToListAsync(cancellationToken);
        if (pm is null || calls.Count < 2 || !await db.Reviewers.AnyAsync(r => r.IsDemo, cancellationToken))
        {
            return;
        }

        var random = new DemoRandom(Seed + 8, Clock.UtcNow(time));
        var writer = new DemoReviewWriter(random);
        var (selected, reviewing) = (calls[0], calls[1]);

        await ScreenAsync(selected.Id, pm.Value, selected.ClosesAt.AddDays(3), cancellationToken);
        foreach (var (position, days) in new[] { (1, 5), (2, 27) })
        {
            var start = selected.ClosesAt.AddDays(days);
            await StageServices(start).Assign.RunAsync(pm.Value, selected.Id, position, new AssignmentOptions(), cancellationToken);
            await StageServices(start.AddHours(1)).Lifecycle.ReleaseAsync(pm.Value, selected.Id, position, start.AddDays(14), cancellationToken);
            await WriteReviewsAsync(selected.Id, position, writer, random, 1.0, start.AddDays(3), cancellationToken);
            await StageServices(start.AddDays(16)).Lifecycle.CloseAsync(pm.Value, selected.Id, position, cancellationToken);
        }

        var decided = new FixedTime(selected.ClosesAt.AddDays(50));
        var actors = new ProgramActors(db);
        await new SelectionService(db, actors, taxonomy, decided).RunAsync(pm.Value, selected.Id, [], cancellationToken);
        await new SelectionDecisions(db, actors, notifier, decided).PublishAsync(pm.Value, selected.Id, cancellationToken);

        await ScreenAsync(reviewing.Id, pm.Value, reviewing.ClosesAt.AddDays(2), cancellationToken);
        var assigned = reviewing.ClosesAt.AddDays(3);
        var demoReviewer = await db.Reviewers.AsNoTracking().Where(r => r.IsDemo && r.UserId != null && r.Group == ReviewerGroup.Overseas)
            .Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken);
        var admitted = await db.Proposals.AsNoTracking().Where(p => p.CallId == reviewing.Id && p.Screening == ScreeningOutcome.Passed)
            .OrderBy(p => p.ReceiptNumber).Select(p => p.Id).Take(3).ToListAsync(cancellationToken);
        if (demoReviewer is { } mine)
        {
            foreach (var proposal in admitted)
            {
                await StageServices(assigned).Assign.SetPairAsync(pm.Value, reviewing.Id, 1, proposal, mine, PairAction.Lock, cancellationToken);
            }
        }

        await StageServices(assigned).Assign.RunAsync(pm.Value, reviewing.Id, 1, new AssignmentOptions(), cancellationToken);
        await StageServices(assigned.AddHours(1)).Lifecycle.ReleaseAsync(pm.Value, reviewing.Id, 1, reviewing.ClosesAt.AddDays(21), cancellationToken);
        await WriteReviewsAsync(reviewing.Id, 1, writer, random, ReviewCallShareSubmitted, assigned.AddDays(4), cancellationToken, keepOpen: demoReviewer, keepOpenCount: 2);
        db.ChangeTracker.Clear();
    }

    private (StageAssignmentService Assign, StageLifecycle Lifecycle) StageServices(DateTimeOffset at)
    {
        var clock = new FixedTime(at);
        var actors = new ProgramActors(db);
        return (new StageAssignmentService(db, actors, new CallConflictQueries(db, actors, clock), clock), new StageLifecycle(db, actors, notifier, clock));
    }

    /// <summary>Passes every proposal that meets the call's rules and rejects the others, naming the checks that failed.</summary>
    private async Task ScreenAsync(Guid callId, Guid manager, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var proposals = await db.Proposals.Where(p => p.CallId == callId && p.Status == ProposalStatus.Submitted).ToListAsync(cancellationToken);
        var culture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ko");
            foreach (var proposal in proposals)
            {
                var report = ProposalEligibility.Evaluate(ProposalSnapshots.Deserialize(proposal.SnapshotJson!).Content);
                proposal.Screening = report.Qualifies ? ScreeningOutcome.Passed : ScreeningOutcome.Rejected;
                proposal.ScreeningNote = report.Qualifies ? null : string.Join(" ", report.Checks.Where(c => !c.Passed).Select(c => c.Message));
                proposal.ScreenedById = manager;
                proposal.ScreenedAt = at;
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Writes a share of the stage's released reviews, leaving <paramref name="keepOpenCount"/> of one reviewer's open.</summary>
    private async Task WriteReviewsAsync(
        Guid callId, int position, DemoReviewWriter writer, DemoRandom random, double share, DateTimeOffset at, CancellationToken cancellationToken,
        Guid? keepOpen = null, int keepOpenCount = 0)
    {
        var stage = await db.Set<CallStage>().AsNoTracking().SingleAsync(s => s.CallId == callId && s.Position == position, cancellationToken);
        var rubric = Programs.Review.Rubrics.RubricJson.Read(stage.RubricJson!);
        // In (receipt number, reviewer) order: receipts follow the seeded submission order and reviewer ids come from the seeded
        // random numbers (proposal ids do not: they are time-based), so every run writes the same reviews.
        var receipts = await db.Proposals.AsNoTracking().Where(p => p.CallId == callId && p.ReceiptNumber != null)
            .ToDictionaryAsync(p => p.Id, p => p.ReceiptNumber!, cancellationToken);
        var released = (await db.ReviewAssignments.Include(a => a.Scores)
                .Where(a => a.CallId == callId && a.StagePosition == position && a.Status == AssignmentStatus.Released).ToListAsync(cancellationToken))
            .OrderBy(a => receipts[a.ProposalId], StringComparer.Ordinal).ThenBy(a => a.ReviewerId).ToList();
        var open = released.Where(a => a.ReviewerId == keepOpen).Take(keepOpenCount).ToHashSet();
        foreach (var assignment in released.Where(a => !open.Contains(a)))
        {
            if (assignment.ReviewerId == keepOpen || share >= 1 || random.Chance(share))
            {
                writer.Write(assignment, rubric, at.AddMinutes(random.Next(0, 9 * 24 * 60)));
            }
        }

        foreach (var score in released.SelectMany(a => a.Scores))
        {
            if (db.Entry(score).State == EntityState.Detached)
            {
                db.Add(score);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A clock stopped at the instant a demo step happened.</summary>
    private sealed class FixedTime(DateTimeOffset at) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => at.ToUniversalTime();
    }
}
