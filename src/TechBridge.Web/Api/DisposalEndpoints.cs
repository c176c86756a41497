using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Disposals;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;
using TechBridge.Web.Auth;

namespace TechBridge.Web.Api;

/// <summary>
/// Equipment disposal cases: a center proposes an item (with the evidence frozen); program managers approve a transfer to
/// another center or the disposal, or reject; the center may withdraw; the receiving center accepts or declines a transfer;
/// the center records the disposal. Company users, researchers and reviewers get 403; a case the caller may not see, 404.
/// </summary>
public static class DisposalEndpoints
{
    private static readonly (string Path, DisposalAction Action)[] Steps =
    [
        ("approve-transfer", DisposalAction.ApproveTransfer), ("approve-disposal", DisposalAction.ApproveDisposal), ("reject", DisposalAction.Reject),
        ("withdraw", DisposalAction.Withdraw), ("accept-transfer", DisposalAction.AcceptTransfer), ("decline-transfer", DisposalAction.DeclineTransfer),
        ("record-disposal", DisposalAction.RecordDisposal),
    ];

    public static IEndpointRouteBuilder MapDisposalEndpoints(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/v1/facilities/disposals").WithTags("Facilities").RequireAuthorization(Policies.DisposalViewer);
        cases.MapGet("/", ListAsync).WithName("ListDisposals")
            .WithSummary("Disposal cases the caller may see (operator: its center's and transfers to it; coordinator: its industries'; overseers: all)");
        cases.MapGet("/{id:guid}", GetAsync).WithName("GetDisposal").WithSummary("One disposal case with its evidence, timeline and the item's coming reservations");
        foreach (var (path, action) in Steps)
        {
            cases.MapPost($"/{{id:guid}}/{path}", (Guid id, [FromBody] DisposalStepBody? body, HttpContext context, DisposalService service,
                    DisposalQueries queries, FacilityActors actors, CancellationToken ct) => ActAsync(id, action, body, context, service, queries, actors, ct))
                .WithName($"Disposal{action}").WithSummary($"{action} (If-Match: the ETag of the case, optional; 409 when the status does not allow it)")
                .ProducesProblem(StatusCodes.Status409Conflict).WithVersionCheck();
        }

        app.MapGroup("/api/v1/facilities/equipment").WithTags("Facilities").RequireAuthorization(Policies.DisposalViewer)
            .MapPost("/{id:guid}/disposals", ProposeAsync).WithName("ProposeDisposal")
            .WithSummary("Propose the item for disposal (its center's operators, program managers, administrators): 201 with the case; 409 when a case is open or it is disposed")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Ok<PagedResult<DisposalSummary>>> ListAsync(
        [AsParameters] DisposalListQuery query, HttpContext context, DisposalQueries queries, FacilityActors actors, CancellationToken ct)
    {
        var filter = query.ToFilter();
        return TypedResults.Ok(await queries.ListAsync(await ActorAsync(context, actors, ct), filter, query.ToPage(), ct));
    }

    private static async Task<Ok<DisposalDetail>> GetAsync(Guid id, HttpContext context, DisposalQueries queries, FacilityActors actors, CancellationToken ct)
    {
        var view = await queries.GetAsync(await ActorAsync(context, actors, ct), id, ct);
        context.Response.SetETag(view.Version);
        return TypedResults.Ok(view);
    }

    private static async Task<Created<DisposalDetail>> ProposeAsync(
        Guid id, DisposalProposalBody body, HttpContext context, DisposalService service, DisposalQueries queries, FacilityActors actors, CancellationToken ct)
    {
        var caseId = await service.ProposeAsync(Me(context), id, body.ToInput(), ct);
        var view = await queries.GetAsync(await ActorAsync(context, actors, ct), caseId, ct);
        context.Response.SetETag(view.Version);
        return TypedResults.Created($"/api/v1/facilities/disposals/{caseId}", view);
    }

    private static async Task<Ok<DisposalDetail>> ActAsync(
        Guid id, DisposalAction action, DisposalStepBody? body, HttpContext context, DisposalService service, DisposalQueries queries, FacilityActors actors,
        CancellationToken ct)
    {
        await service.ActAsync(Me(context), id, action, (body ?? new DisposalStepBody()).ToInput(), context.Request.IfMatch(), ct);
        var view = await queries.GetAsync(await ActorAsync(context, actors, ct), id, ct);
        context.Response.SetETag(view.Version);
        return TypedResults.Ok(view);
    }

    private static async Task<FacilityActor> ActorAsync(HttpContext context, FacilityActors actors, CancellationToken ct) =>
        await actors.FindAsync(Me(context), ct) ?? throw new ForbiddenException(CoreMessages.Get("Rule.NotAllowed"));

    private static Guid Me(HttpContext context) => context.User.UserId()!.Value;
}
