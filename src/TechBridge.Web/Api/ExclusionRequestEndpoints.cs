using Microsoft.AspNetCore.Http.HttpResults;
using TechBridge.Core.Programs.Proposals;
using TechBridge.Web.Auth;

namespace TechBridge.Web.Api;

/// <summary>
/// /api/v1/programs/proposals/{id}/exclusions: the applicant's requests that named people not review the proposal, each
/// with a reason. The applicant adds and removes them while the proposal is a draft (409 <c>Exclusion.Submitted</c> after);
/// the applicant and program managers read them. The applicant is never told whether a named person is a reviewer. To
/// anyone who may not see the proposal it does not exist (404).
/// </summary>
public static class ExclusionRequestEndpoints
{
    public static IEndpointRouteBuilder MapExclusionRequestEndpoints(this IEndpointRouteBuilder app)
    {
        var exclusions = app.MapGroup("/api/v1/programs/proposals/{id:guid}/exclusions").WithTags("Programs");
        exclusions.MapGet("/", ListAsync).WithName("ListExclusionRequests")
            .WithSummary("The proposal's requests to exclude reviewers, oldest first (applicant; program managers once submitted)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        exclusions.MapPost("/", AddAsync).WithName("AddExclusionRequest")
            .WithSummary("Ask that a person not review the draft: { \"personName\", \"organization\" (optional), \"reason\" }: 201 with the request; 409 once submitted")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        exclusions.MapDelete("/{requestId:guid}", RemoveAsync).WithName("RemoveExclusionRequest")
            .WithSummary("Withdraw a request while the proposal is a draft: 204; 409 once submitted")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<ExclusionRequestView>>> ListAsync(Guid id, HttpContext context, ExclusionRequestService service, CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(Me(context), id, ct));

    private static async Task<Created<ExclusionRequestView>> AddAsync(Guid id, ExclusionRequestBody body, HttpContext context, ExclusionRequestService service, CancellationToken ct)
    {
        var me = Me(context);
        var requestId = await service.AddAsync(me, id, body.PersonName, body.Organization, body.Reason, ct);
        var added = (await service.ListAsync(me, id, ct)).Single(r => r.Id == requestId);
        return TypedResults.Created($"/api/v1/programs/proposals/{id}/exclusions/{requestId}", added);
    }

    private static async Task<NoContent> RemoveAsync(Guid id, Guid requestId, HttpContext context, ExclusionRequestService service, CancellationToken ct)
    {
        await service.RemoveAsync(Me(context), id, requestId, ct);
        return TypedResults.NoContent();
    }

    private static Guid Me(HttpContext context) => context.User.UserId()!.Value;
}
