using Microsoft.AspNetCore.Http.HttpResults;
using TechBridge.Core.Programs.Review.Reviews;
using TechBridge.Web.Auth;

namespace TechBridge.Web.Api;

/// <summary>
/// /api/v1/programs/reviews: a reviewer's own reviews. The list holds what was released to the caller (open, submitted,
/// declined), never another reviewer's; one review reads with the proposal as submitted and the stage's rubric (ETag: its
/// version), is saved as a draft as often as needed and submitted once (If-Match), or declined with a reason. A review that
/// is not the caller's does not exist for them (404), program managers included: they read reviews through their stages.
/// A submitted or declined review, or a closed stage, is 409 with its <c>code</c>.
/// </summary>
public static class ReviewFormEndpoints
{
    public static IEndpointRouteBuilder MapReviewFormEndpoints(this IEndpointRouteBuilder app)
    {
        var reviews = app.MapGroup("/api/v1/programs/reviews").WithTags("Programs");
        reviews.MapGet("/", MineAsync).WithName("ListMyReviews")
            .WithSummary("The caller's reviews (released to them, submitted or declined), open ones first, then by due date");
        reviews.MapGet("/{id:guid}", GetAsync).WithName("GetMyReview")
            .WithSummary("One of the caller's reviews: the proposal as submitted, the stage's rubric, the scores and comments so far, whether it can still change; ETag is its version")
            .ProducesProblem(StatusCodes.Status404NotFound);
        reviews.MapPut("/{id:guid}", SaveAsync).WithName("SaveMyReview").WithVersionCheck()
            .WithSummary("Save the review as a draft: { \"criteria\": [{ \"score\", \"comment\" }, ...] in the rubric's order, \"commentToApplicant\", \"commentToManagers\" } (If-Match): 200 with { version, total } (total once every criterion is scored)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        reviews.MapPost("/{id:guid}/submit", SubmitAsync).WithName("SubmitMyReview").WithVersionCheck()
            .WithSummary("Submit the review, final (body as for the draft, If-Match): every criterion scored, the required comments and the comment for the applicant written; 200 with { version, total }")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        reviews.MapPost("/{id:guid}/decline", DeclineAsync).WithName("DeclineMyReview").WithVersionCheck()
            .WithSummary("Decline the review: { \"reason\": \"ConflictOfInterest\"|\"OutsideExpertise\"|\"Unavailable\"|\"Other\", \"note\" } (a note for a conflict or another reason); the program managers are told; 200 with { version }")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<ReviewTaskRow>>> MineAsync(HttpContext context, ReviewQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.MineAsync(Me(context), ct));

    private static async Task<Ok<ReviewFormView>> GetAsync(Guid id, HttpContext context, ReviewQueries queries, CancellationToken ct)
    {
        var form = await queries.FormAsync(Me(context), id, ct);
        context.Response.SetETag(form.Version);
        return TypedResults.Ok(form);
    }

    private static async Task<Ok<ReviewSaved>> SaveAsync(Guid id, ReviewBody body, HttpContext context, ReviewService service, ReviewQueries queries, CancellationToken ct) =>
        await SavedAsync(id, await service.SaveAsync(Me(context), id, body.ToInput(), context.Request.IfMatch(), ct), context, queries, ct);

    private static async Task<Ok<ReviewSaved>> SubmitAsync(Guid id, ReviewBody body, HttpContext context, ReviewService service, ReviewQueries queries, CancellationToken ct) =>
        await SavedAsync(id, await service.SubmitAsync(Me(context), id, body.ToInput(), context.Request.IfMatch(), ct), context, queries, ct);

    private static async Task<Ok<ReviewSaved>> DeclineAsync(Guid id, ReviewDeclineBody body, HttpContext context, ReviewService service, CancellationToken ct)
    {
        var version = await service.DeclineAsync(Me(context), id, body.Reason, body.Note, context.Request.IfMatch(), ct);
        context.Response.SetETag(version);
        return TypedResults.Ok(new ReviewSaved(version, null));
    }

    private static async Task<Ok<ReviewSaved>> SavedAsync(Guid id, long version, HttpContext context, ReviewQueries queries, CancellationToken ct)
    {
        var form = await queries.FormAsync(Me(context), id, ct);
        context.Response.SetETag(version);
        return TypedResults.Ok(new ReviewSaved(version, form.Total));
    }

    private static Guid Me(HttpContext context) => context.User.UserId()!.Value;
}
