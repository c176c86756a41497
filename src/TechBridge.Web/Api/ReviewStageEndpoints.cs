using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TechBridge.Core.Programs.Review.Assignments;
using TechBridge.Core.Programs.Review.Reviews;
using TechBridge.Core.Shared.Errors;
using TechBridge.Web.Auth;
using TechBridge.Web.Localization;

namespace TechBridge.Web.Api;

/// <summary>
/// /api/v1/programs/calls/{callId}/review: a call's review stages for program managers and administrators (403 for
/// everyone else signed in, 404 for an unknown call or stage). Read the stages and one stage in full, change a stage's
/// rubric until it is released, run the optimal assignment, list the candidates for one proposal, lock, unlock, exclude and include pairs, release the stage to
/// its reviewers, close it with its results, and read one review with the reviewer's identity. A broken business rule
/// (stage waiting or closed, reviews outstanding, nothing to release) is 409 with its <c>code</c>.
/// </summary>
public static class ReviewStageEndpoints
{
    public static IEndpointRouteBuilder MapReviewStageEndpoints(this IEndpointRouteBuilder app)
    {
        var review = app.MapGroup("/api/v1/programs/calls/{callId:guid}/review").WithTags("Programs").RequireAuthorization(Policies.CallManager);
        review.MapGet("/", StagesAsync).WithName("ListReviewStages")
            .WithSummary("The call's review stages in order: kind, state, weight, cut-off, reviewers per proposal, due date and counts")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        review.MapGet("/{position:int}", StageAsync).WithName("GetReviewStage")
            .WithSummary("One review stage in full: rubric, the latest assignment run's report, each proposal with its reviewers and, once closed, its result")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        review.MapPut("/{position:int}/rubric", SaveRubricAsync).WithName("SaveReviewStageRubric")
            .WithSummary("Replace the stage's rubric until it is released: { \"rubric\": [{ nameKo, nameEn, guidanceKo, guidanceEn, weightPercent, scaleMax, commentRequired }] }, weights adding up to 100: 204")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        review.MapPost("/{position:int}/assignment", RunAsync).WithName("RunReviewStageAssignment")
            .WithSummary("Optimise the stage's reviewers (maximum total affinity, loads, conflicts, locks and exclusions kept): { reviewersPerProposal?, minimumOverseas? }; 200 with the run's report")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        review.MapGet("/{position:int}/proposals/{proposalId:guid}/candidates", CandidatesAsync).WithName("ListReviewStageCandidates")
            .WithSummary("The active pool reviewers to put on one proposal by hand, best affinity first (50 at most): ?all=true for both groups, ?name= to find one; each with affinity, load in the call, conflicts of interest with their source and evidence, and the pair's state")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        review.MapPost("/{position:int}/pairs", PairAsync).WithName("SetReviewStagePair")
            .WithSummary("Lock, unlock, exclude or include one pair: { proposalId, reviewerId, action: \"Lock\"|\"Unlock\"|\"Exclude\"|\"Include\" }: 204; 409 once the pair was released")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        review.MapPost("/{position:int}/release", ReleaseAsync).WithName("ReleaseReviewStage")
            .WithSummary("Ask the proposed reviewers (one message each, in the stage's language): { dueAt? }; 200 with { reviewers }")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        review.MapPost("/{position:int}/close", CloseAsync).WithName("CloseReviewStage")
            .WithSummary("Close the stage once every review is in or declined: 200 with each proposal's result (score, raw mean, reviews, advanced), best first; 409 while reviews are outstanding")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        review.MapGet("/{position:int}/reviews/{assignmentId:guid}", ReviewAsync).WithName("GetReviewStageReview")
            .WithSummary("One review of the stage with the reviewer's identity: scores and comments per criterion, the comment to the applicant, the confidential comment, the total")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<StageSummary>>> StagesAsync(Guid callId, HttpContext context, ReviewQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.StagesAsync(Me(context), callId, ct));

    private static async Task<Ok<StageCandidates>> CandidatesAsync(
        Guid callId, int position, Guid proposalId, bool? all, string? name, HttpContext context, StageCandidateQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ForProposalAsync(Me(context), callId, position, proposalId, new StageCandidateFilter(all == true, name), ct));

    private static async Task<Ok<StageView>> StageAsync(Guid callId, int position, HttpContext context, ReviewQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.StageAsync(Me(context), callId, position, ct));

    private static async Task<NoContent> SaveRubricAsync(
        Guid callId, int position, ReviewStageRubricBody body, HttpContext context, StageLifecycle lifecycle, IStringLocalizer<SharedResource> localizer,
        CancellationToken ct)
    {
        if (body.Rubric?.Any(c => c is null) == true)
        {
            throw ValidationFailedException.For("rubric", localizer["Problem.FieldFormat"]);
        }

        // Core answers a missing rubric with its own field message.
        await lifecycle.SaveRubricAsync(Me(context), callId, position, body.Rubric!, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<AssignmentRunView>> RunAsync(
        Guid callId, int position, [FromBody] ReviewStageAssignmentBody? body, HttpContext context, StageAssignmentService assignments, ReviewQueries queries,
        CancellationToken ct)
    {
        await assignments.RunAsync(Me(context), callId, position, new AssignmentOptions(body?.ReviewersPerProposal, body?.MinimumOverseas), ct);
        var stage = await queries.StageAsync(Me(context), callId, position, ct);
        return TypedResults.Ok(stage.LastRun!);
    }

    private static async Task<NoContent> PairAsync(
        Guid callId, int position, ReviewStagePairBody body, HttpContext context, StageAssignmentService assignments, IStringLocalizer<SharedResource> localizer,
        CancellationToken ct)
    {
        var errors = new ValidationErrors();
        foreach (var (field, missing) in new[] { ("proposalId", body.ProposalId is null), ("reviewerId", body.ReviewerId is null), ("action", body.Action is null) })
        {
            if (missing)
            {
                errors.Add(field, localizer["Problem.MissingValue"]);
            }
        }

        errors.ThrowIfAny();
        await assignments.SetPairAsync(Me(context), callId, position, body.ProposalId!.Value, body.ReviewerId!.Value, body.Action!.Value, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<ReviewStageReleased>> ReleaseAsync(
        Guid callId, int position, [FromBody] ReviewStageReleaseBody? body, HttpContext context, StageLifecycle lifecycle, CancellationToken ct) =>
        TypedResults.Ok(new ReviewStageReleased(await lifecycle.ReleaseAsync(Me(context), callId, position, body?.DueAt, ct)));

    private static async Task<Ok<IReadOnlyList<StageResult>>> CloseAsync(Guid callId, int position, HttpContext context, StageLifecycle lifecycle, CancellationToken ct)
    {
        var results = await lifecycle.CloseAsync(Me(context), callId, position, ct);
        return TypedResults.Ok<IReadOnlyList<StageResult>>([.. results.OrderByDescending(r => r.Score)]);
    }

    private static async Task<Ok<ManagerReviewView>> ReviewAsync(
        Guid callId, int position, Guid assignmentId, HttpContext context, ReviewQueries queries, CancellationToken ct)
    {
        var review = await queries.ForManagerAsync(Me(context), assignmentId, ct);
        if (review.CallId != callId || review.StagePosition != position)
        {
            throw new NotFoundException(nameof(ReviewAssignment), assignmentId);
        }

        return TypedResults.Ok(review);
    }

    private static Guid Me(HttpContext context) => context.User.UserId()!.Value;
}
