using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Requests;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;
using TechBridge.Web.Auth;

namespace TechBridge.Web.Api;

/// <summary>
/// The i-Platform one-stop support request: a company sends it; the industry's coordinators see stage-by-stage proposals,
/// ask the company, route parts to centers or close it; a center quotes (price and slot) or declines its part; the company
/// accepts a quote (which books the slot, 409 when it was taken) or rejects it. Everyone sees the one timeline.
/// </summary>
public static class SupportRequestEndpoints
{
    public static IEndpointRouteBuilder MapSupportRequestEndpoints(this IEndpointRouteBuilder app)
    {
        var requests = app.MapGroup("/api/v1/facilities/requests").WithTags("Facilities");
        requests.MapGet("/", ListAsync).WithName("ListSupportRequests")
            .WithSummary("Support requests the caller may see (company: its own; coordinator: its industries'; center: those with a part for it)");
        requests.MapPost("/", SubmitAsync).WithName("SubmitSupportRequest").WithSummary("Send a support request as a company user: 201 with the request");
        requests.MapGet("/{id:guid}", GetAsync).WithName("GetSupportRequest").WithSummary("One support request with its parts and timeline");
        requests.MapGet("/{id:guid}/proposals", ProposalsAsync).WithName("GetSupportRequestProposals")
            .WithSummary("Equipment and centers that fit each R&D stage of the request, with the matched terms (company and coordinators)");
        requests.MapPost("/{id:guid}/assignments", AssignAsync).WithName("AssignSupportRequestPart")
            .WithSummary("Route a part to a center (coordinators): 201 with the request");
        foreach (var (path, action) in RequestActions)
        {
            requests.MapPost($"/{{id:guid}}/{path}", (Guid id, [FromBody] SupportMessageBody? body, HttpContext context, SupportRequestService service,
                    SupportRequestQueries queries, FacilityActors actors, CancellationToken ct) => ActAsync(id, action, body, context, service, queries, actors, ct))
                .WithName($"SupportRequest{action}").WithSummary($"{action} (If-Match: the ETag of the request, optional)").WithVersionCheck();
        }

        var parts = app.MapGroup("/api/v1/facilities/assignments").WithTags("Facilities");
        parts.MapPost("/{id:guid}/quote", (Guid id, QuoteBody body, HttpContext context, SupportAssignmentService service, SupportRequestQueries queries,
                FacilityActors actors, CancellationToken ct) => PartAsync(id, SupportAssignmentAction.Quote, body.ToInput(), null, context, service, queries, actors, ct))
            .WithName("QuoteSupportPart").WithSummary("The center's quote: price and, for equipment, the slot (400 outside the rules, 409 when taken)")
            .ProducesProblem(StatusCodes.Status409Conflict).WithVersionCheck();
        foreach (var (path, action) in PartActions)
        {
            parts.MapPost($"/{{id:guid}}/{path}", (Guid id, [FromBody] SupportMessageBody? body, HttpContext context, SupportAssignmentService service,
                    SupportRequestQueries queries, FacilityActors actors, CancellationToken ct) => PartAsync(id, action, null, body, context, service, queries, actors, ct))
                .WithName($"SupportPart{action}").WithSummary($"{action} the part (If-Match: the part's version, optional)")
                .ProducesProblem(StatusCodes.Status409Conflict).WithVersionCheck();
        }

        return app;
    }

    private static readonly (string Path, SupportRequestAction Action)[] RequestActions =
        [("ask", SupportRequestAction.Ask), ("answer", SupportRequestAction.Answer), ("cancel", SupportRequestAction.Cancel), ("close", SupportRequestAction.Close)];

    private static readonly (string Path, SupportAssignmentAction Action)[] PartActions =
        [("decline", SupportAssignmentAction.Decline), ("accept", SupportAssignmentAction.Accept), ("reject", SupportAssignmentAction.Reject)];

    private static async Task<Ok<PagedResult<SupportRequestSummary>>> ListAsync(
        [AsParameters] SupportRequestListQuery query, HttpContext context, SupportRequestQueries queries, FacilityActors actors, CancellationToken ct)
    {
        var filter = query.ToFilter();
        return TypedResults.Ok(await queries.ListAsync(await ActorAsync(context, actors, ct), filter, query.ToPage(), ct));
    }

    private static async Task<Created<SupportRequestDetail>> SubmitAsync(
        SupportRequestBody body, HttpContext context, SupportRequestService service, SupportRequestQueries queries, FacilityActors actors, CancellationToken ct)
    {
        var id = await service.SubmitAsync(Me(context), body.ToInput(), ct);
        var view = await queries.GetAsync(await ActorAsync(context, actors, ct), id, ct);
        context.Response.SetETag(view.Version);
        return TypedResults.Created($"/api/v1/facilities/requests/{id}", view);
    }

    private static async Task<Ok<SupportRequestDetail>> GetAsync(Guid id, HttpContext context, SupportRequestQueries queries, FacilityActors actors, CancellationToken ct)
    {
        var view = await queries.GetAsync(await ActorAsync(context, actors, ct), id, ct);
        context.Response.SetETag(view.Version);
        return TypedResults.Ok(view);
    }

    private static async Task<Ok<IReadOnlyList<StageProposals>>> ProposalsAsync(
        Guid id, HttpContext context, SupportRequestQueries queries, SupportRequestProposals proposals, FacilityActors actors, CancellationToken ct)
    {
        var view = await queries.GetAsync(await ActorAsync(context, actors, ct), id, ct);
        if (!view.Reader.IsCompany && !view.Reader.Coordinates)
        {
            throw new ForbiddenException(CoreMessages.Get("Rule.NotAllowed"));
        }

        return TypedResults.Ok(await proposals.ForAsync(view, ct));
    }

    private static async Task<Created<SupportRequestDetail>> AssignAsync(
        Guid id, AssignmentBody body, HttpContext context, SupportAssignmentService service, SupportRequestQueries queries, FacilityActors actors,
        CancellationToken ct)
    {
        var partId = await service.AssignAsync(Me(context), id, body.ToInput(), ct);
        var view = await queries.GetAsync(await ActorAsync(context, actors, ct), id, ct);
        context.Response.SetETag(view.Version);
        return TypedResults.Created($"/api/v1/facilities/requests/{id}#part-{partId}", view);
    }

    private static async Task<Ok<SupportRequestDetail>> ActAsync(
        Guid id, SupportRequestAction action, SupportMessageBody? body, HttpContext context, SupportRequestService service, SupportRequestQueries queries,
        FacilityActors actors, CancellationToken ct)
    {
        await service.ActAsync(Me(context), id, action, new SupportMessage(body?.Text), context.Request.IfMatch(), ct);
        var view = await queries.GetAsync(await ActorAsync(context, actors, ct), id, ct);
        context.Response.SetETag(view.Version);
        return TypedResults.Ok(view);
    }

    private static async Task<Ok<SupportRequestDetail>> PartAsync(
        Guid id, SupportAssignmentAction action, QuoteInput? quote, SupportMessageBody? body, HttpContext context, SupportAssignmentService service,
        SupportRequestQueries queries, FacilityActors actors, CancellationToken ct)
    {
        var requestId = await service.ActAsync(Me(context), id, action, quote, new SupportMessage(body?.Text), context.Request.IfMatch(), ct);
        return TypedResults.Ok(await queries.GetAsync(await ActorAsync(context, actors, ct), requestId, ct));
    }

    private static async Task<FacilityActor> ActorAsync(HttpContext context, FacilityActors actors, CancellationToken ct) =>
        await actors.FindAsync(Me(context), ct) ?? throw new ForbiddenException(CoreMessages.Get("Rule.NotAllowed"));

    private static Guid Me(HttpContext context) => context.User.UserId()!.Value;
}
