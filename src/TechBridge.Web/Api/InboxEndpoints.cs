using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Notifications;
using TechBridge.Web.Auth;

namespace TechBridge.Web.Api;

/// <summary>
/// /api/v1/inbox: the signed-in user's own notifications. Another user's message answers 404, as an unknown one does.
/// Reading a message through the API does not mark it read; the client says so with POST …/read.
/// </summary>
public static class InboxEndpoints
{
    public static IEndpointRouteBuilder MapInboxEndpoints(this IEndpointRouteBuilder app)
    {
        var inbox = app.MapGroup("/api/v1/inbox").WithTags("Inbox");
        inbox.MapGet("/", ListAsync).WithName("ListInbox")
            .WithSummary("The signed-in user's messages, newest first, with paging and the number of unread messages");
        inbox.MapGet("/{id:guid}", GetAsync).WithName("GetInboxMessage").WithSummary("One of the signed-in user's messages");
        inbox.MapPost("/{id:guid}/read", MarkReadAsync).WithName("MarkInboxMessageRead").WithSummary("Mark one message read");
        inbox.MapPost("/read-all", MarkAllReadAsync).WithName("MarkInboxRead").WithSummary("Mark every message of the signed-in user read");
        return app;
    }

    private static async Task<Ok<InboxPage>> ListAsync(
        [FromQuery] int? page, [FromQuery] int? pageSize, HttpContext context, InboxQueries inbox, CancellationToken ct) =>
        TypedResults.Ok(await inbox.ListAsync(Me(context), PageRequest.Of(page, pageSize), ct));

    private static async Task<Ok<InboxMessageView>> GetAsync(Guid id, HttpContext context, InboxQueries inbox, CancellationToken ct) =>
        TypedResults.Ok(await inbox.GetAsync(Me(context), id, ct));

    private static async Task<NoContent> MarkReadAsync(Guid id, HttpContext context, InboxService inbox, CancellationToken ct)
    {
        await inbox.MarkReadAsync(Me(context), id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<InboxReadAllResult>> MarkAllReadAsync(HttpContext context, InboxService inbox, CancellationToken ct) =>
        TypedResults.Ok(await inbox.MarkAllReadAsync(Me(context), ct));

    // The group is behind the fallback policy (a signed-in user), so the id is always there.
    private static Guid Me(HttpContext context) => context.User.UserId()!.Value;
}
