using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Proposals;
using TechBridge.Core.Programs.Review.Pool;
using TechBridge.Core.Programs.Review.Rubrics;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Programs.Review.Assignments;

/// <summary>Where a review stage stands: waiting for the one before, being assigned, under review, or closed with its results.</summary>
public enum StageState
{
    Waiting,
    Assigning,
    Reviewing,
    Closed,
}

/// <summary>
/// The order of a call's review: screening first, then the review stages in their positions. The proposals of the first
/// review stage are those passed at screening; of a later one, those that reached the cut-off of the stage before.
/// </summary>
internal static class ReviewStages
{
    public static CallStage ReviewStage(ProgramCall call, int position) =>
        call.Stages.SingleOrDefault(s => s.Position == position && s.Kind != StageKind.Screening)
        ?? throw new NotFoundException(nameof(CallStage), $"{call.Id}/{position}");

    public static CallStage? Previous(ProgramCall call, CallStage stage) =>
        call.Stages.Where(s => s.Kind != StageKind.Screening && s.Position < stage.Position).MaxBy(s => s.Position);

    public static StageState State(ProgramCall call, CallStage stage, DateTimeOffset now) =>
        stage.ClosedAt is not null ? StageState.Closed
        : stage.ReleasedAt is not null ? StageState.Reviewing
        : (call.Status == CallStatus.Closed || now >= call.ClosesAt) && Previous(call, stage) is not { ClosedAt: null } ? StageState.Assigning
        : StageState.Waiting;

    /// <summary>The reviewers' group a stage draws on by default.</summary>
    public static ReviewerGroup GroupOf(StageKind kind) => kind == StageKind.DomesticPanel ? ReviewerGroup.Domestic : ReviewerGroup.Overseas;

    public static IReadOnlyList<RubricCriterion> Rubric(CallStage stage) =>
        stage.RubricJson is { } json ? RubricJson.Read(json) : StageRubrics.Default(stage.Kind);

    /// <summary>The ids of the proposals the stage reviews, in receipt order.</summary>
    public static async Task<List<Guid>> ProposalsAsync(TechBridgeDbContext db, ProgramCall call, CallStage stage, CancellationToken cancellationToken)
    {
        var previous = Previous(call, stage);
        var submitted = db.Proposals.Where(p => p.CallId == call.Id && p.Status == ProposalStatus.Submitted);
        var query = previous is null
            ? submitted.Where(p => p.Screening == ScreeningOutcome.Passed)
            : submitted.Where(p => db.StageResults.Any(r => r.CallId == call.Id && r.StagePosition == previous.Position && r.ProposalId == p.Id && r.Advanced));
        return await query.OrderBy(p => p.ReceiptNumber).Select(p => p.Id).ToListAsync(cancellationToken);
    }

    public static async Task<ProgramCall> LoadCallAsync(TechBridgeDbContext db, Guid callId, CancellationToken cancellationToken) =>
        await db.ProgramCalls.Include(c => c.Stages).SingleOrDefaultAsync(c => c.Id == callId, cancellationToken)
        ?? throw new NotFoundException(nameof(ProgramCall), callId);

    public static async Task RequireManagerAsync(ProgramActors actors, Guid userId, CancellationToken cancellationToken)
    {
        if ((await actors.FindAsync(userId, cancellationToken))?.IsManager != true)
        {
            throw new ForbiddenException(CoreMessages.Get("Call.ManagersOnly"));
        }
    }
}
