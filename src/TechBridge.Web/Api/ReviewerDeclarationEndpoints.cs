using Microsoft.AspNetCore.Http.HttpResults;
using TechBridge.Core.Programs.Review.Declarations;
using TechBridge.Web.Auth;

namespace TechBridge.Web.Api;

/// <summary>
/// Conflicts of interest pool reviewers declare in advance. /api/v1/programs/reviews/declarations: the signed-in pool
/// reviewer's own (403 for anyone who is not a pool reviewer; removing another reviewer's is 403, an unknown one 404).
/// /api/v1/programs/reviewers/{id}/declarations: one reviewer's, for program managers and administrators.
/// </summary>
public static class ReviewerDeclarationEndpoints
{
    public static IEndpointRouteBuilder MapReviewerDeclarationEndpoints(this IEndpointRouteBuilder app)
    {
        var mine = app.MapGroup("/api/v1/programs/reviews/declarations").WithTags("Programs");
        mine.MapGet("/", ListMineAsync).WithName("ListMyDeclarations")
            .WithSummary("The caller's conflicts of interest declared in advance, oldest first (pool reviewers only)")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        mine.MapPost("/", AddAsync).WithName("AddMyDeclaration")
            .WithSummary("Declare a conflict of interest in advance: { \"organizationId\" or \"organizationName\", and/or \"personName\", \"reason\", \"until\" (optional, yyyy-MM-dd) }: 201 with the declaration")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        mine.MapDelete("/{id:guid}", RemoveAsync).WithName("RemoveMyDeclaration")
            .WithSummary("Withdraw one of the caller's declarations: 204")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet("/api/v1/programs/reviewers/{id:guid}/declarations", ForReviewerAsync).WithTags("Programs").RequireAuthorization(Policies.CallManager)
            .WithName("ListReviewerDeclarations")
            .WithSummary("One pool reviewer's conflicts of interest declared in advance (program managers and administrators)")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<ReviewerDeclarationView>>> ListMineAsync(HttpContext context, ReviewerDeclarationService service, CancellationToken ct) =>
        TypedResults.Ok(await service.ListMineAsync(Me(context), ct));

    private static async Task<Created<ReviewerDeclarationView>> AddAsync(ReviewerDeclarationBody body, HttpContext context, ReviewerDeclarationService service, CancellationToken ct)
    {
        var added = await service.AddAsync(Me(context), new ReviewerDeclarationInput(body.OrganizationId, body.OrganizationName, body.PersonName, body.Reason, body.Until), ct);
        return TypedResults.Created($"/api/v1/programs/reviews/declarations/{added.Id}", added);
    }

    private static async Task<NoContent> RemoveAsync(Guid id, HttpContext context, ReviewerDeclarationService service, CancellationToken ct)
    {
        await service.RemoveAsync(Me(context), id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<ReviewerDeclarationView>>> ForReviewerAsync(Guid id, HttpContext context, ReviewerDeclarationService service, CancellationToken ct) =>
        TypedResults.Ok(await service.ForReviewerAsync(Me(context), id, ct));

    private static Guid Me(HttpContext context) => context.User.UserId()!.Value;
}
