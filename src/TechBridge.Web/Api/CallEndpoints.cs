using Microsoft.AspNetCore.Http.HttpResults;
using TechBridge.Core.Programs;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Web.Auth;

namespace TechBridge.Web.Api;

/// <summary>
/// /api/v1/programs/calls: calls for proposals. Everyone signed in lists and reads published calls; program managers and
/// administrators also see drafts, and create, change (If-Match), publish, extend and close calls.
/// </summary>
public static class CallEndpoints
{
    public static IEndpointRouteBuilder MapCallEndpoints(this IEndpointRouteBuilder app)
    {
        var calls = app.MapGroup("/api/v1/programs/calls").WithTags("Programs");
        calls.MapGet("/", ListAsync).WithName("ListCalls")
            .WithSummary("Calls by text, program, field and phase (draft, upcoming, open, over), open ones first, with paging")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        calls.MapGet("/{id:guid}", GetAsync).WithName("GetCall").WithSummary("One call with its terms, topics and review stages (drafts: managers only)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        calls.MapPost("/", CreateAsync).WithName("CreateCall").RequireAuthorization(Policies.CallManager)
            .WithSummary("Draft a call: program, titles, summary, type, opening and closing (ISO 8601), budget terms, fields, applicant types, documents, topics, review stages")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        calls.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateCall").RequireAuthorization(Policies.CallManager).WithVersionCheck()
            .WithSummary("Change a draft or published call (If-Match: the ETag of its GET); a closed call is 422")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        calls.MapPost("/{id:guid}/publish", PublishAsync).WithName("PublishCall").RequireAuthorization(Policies.CallManager).WithVersionCheck()
            .WithSummary("Publish a draft whose closing time is still ahead").ProducesProblem(StatusCodes.Status404NotFound);
        calls.MapPost("/{id:guid}/extend", ExtendAsync).WithName("ExtendCall").RequireAuthorization(Policies.CallManager).WithVersionCheck()
            .WithSummary("Move a published call's closing time later: { \"closesAt\" }").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        calls.MapPost("/{id:guid}/close", CloseAsync).WithName("CloseCall").RequireAuthorization(Policies.CallManager).WithVersionCheck()
            .WithSummary("Close a published call now").ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<PagedResult<CallSummary>>> ListAsync(
        [AsParameters] CallQuery query, HttpContext context, CallQueries calls, ProgramActors actors, TaxonomyCatalog taxonomy, CancellationToken ct)
    {
        var filter = query.ToFilter(await taxonomy.GetAsync(ct));
        return TypedResults.Ok(await calls.ListAsync(await actors.FindAsync(context.User.UserId(), ct), filter, query.ToPage(), ct));
    }

    private static async Task<Ok<CallView>> GetAsync(Guid id, HttpContext context, CallQueries calls, ProgramActors actors, CancellationToken ct)
    {
        var call = await calls.GetAsync(await actors.FindAsync(context.User.UserId(), ct), id, ct);
        context.Response.SetETag(call.Version);
        return TypedResults.Ok(call);
    }

    private static async Task<Created<CallView>> CreateAsync(CallInput input, HttpContext context, CallService service, CallQueries calls, ProgramActors actors, CancellationToken ct)
    {
        var id = await service.CreateAsync(context.User.UserId()!.Value, input, ct);
        var call = await calls.GetAsync(await actors.FindAsync(context.User.UserId(), ct), id, ct);
        context.Response.SetETag(call.Version);
        return TypedResults.Created($"/api/v1/programs/calls/{id}", call);
    }

    private static async Task<NoContent> UpdateAsync(Guid id, CallInput input, HttpContext context, CallService service, CancellationToken ct)
    {
        await service.UpdateAsync(context.User.UserId()!.Value, id, input, context.Request.IfMatch(), ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> PublishAsync(Guid id, HttpContext context, CallService service, CancellationToken ct)
    {
        await service.PublishAsync(context.User.UserId()!.Value, id, context.Request.IfMatch(), ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> ExtendAsync(Guid id, CallExtension body, HttpContext context, CallService service, CancellationToken ct)
    {
        await service.ExtendAsync(context.User.UserId()!.Value, id, body.ClosesAt, context.Request.IfMatch(), ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> CloseAsync(Guid id, HttpContext context, CallService service, CancellationToken ct)
    {
        await service.CloseAsync(context.User.UserId()!.Value, id, context.Request.IfMatch(), ct);
        return TypedResults.NoContent();
    }
}
