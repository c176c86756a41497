using Microsoft.AspNetCore.Http.HttpResults;
using TechBridge.Core.Accounts;
using TechBridge.Core.Shared.Notifications;
using TechBridge.Web.Auth;

namespace TechBridge.Web.Api;

/// <summary>
/// /api/v1/account: the caller's own account, and organisation membership requests — a person asks to be linked to an
/// organisation; its managers (or administrators) list and decide the open ones.
/// </summary>
public static class AccountApiEndpoints
{
    public sealed record Me(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, string Culture, Guid? OrganizationId,
        bool ManagesOrganization, bool TwoFactorEnabled);

    public sealed record LinkRequestBody(Guid? OrganizationId, string? Message);

    public sealed record DecisionBody(string? Note);

    /// <summary>"Immediately", "DailyDigest" or "InboxOnly".</summary>
    public sealed record NotificationSettingsBody(string? EmailDelivery);

    public static IEndpointRouteBuilder MapAccountApiEndpoints(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/api/v1/account").WithTags("Account");
        account.MapGet("/", GetMeAsync).WithName("GetMyAccount").WithSummary("The signed-in account: roles, language, organisation, two-factor status");
        account.MapGet("/notification-settings", GetNotificationSettingsAsync).WithName("GetMyNotificationSettings")
            .WithSummary("How the caller's notices reach them by e-mail: Immediately (default), DailyDigest or InboxOnly");
        account.MapPut("/notification-settings", SetNotificationSettingsAsync).WithName("SetMyNotificationSettings")
            .WithSummary("Choose how the caller's notices reach them by e-mail; the inbox always gets them, account-security mail is always immediate")
            .ProducesValidationProblem();
        account.MapGet("/link-requests", ListPendingAsync).WithName("ListLinkRequestsToDecide")
            .WithSummary("Open organisation membership requests the caller may decide (all for administrators, their organisation's for its managers)");
        account.MapGet("/link-requests/mine", ListOwnAsync).WithName("ListMyLinkRequests").WithSummary("The caller's own membership requests");
        account.MapPost("/link-requests", RequestAsync).WithName("RequestOrganizationLink").WithSummary("Ask to be linked to an organisation");
        account.MapPost("/link-requests/{id:guid}/approve", (Guid id, DecisionBody? body, HttpContext context, LinkRequestService links, CancellationToken ct) =>
            DecideAsync(id, true, body, context, links, ct)).WithName("ApproveLinkRequest");
        account.MapPost("/link-requests/{id:guid}/decline", (Guid id, DecisionBody? body, HttpContext context, LinkRequestService links, CancellationToken ct) =>
            DecideAsync(id, false, body, context, links, ct)).WithName("DeclineLinkRequest");
        return app;
    }

    private static async Task<Ok<Me>> GetMeAsync(HttpContext context, AccountService accounts, CancellationToken ct)
    {
        var user = await accounts.GetAsync(context.User.UserId()!.Value, ct);
        return TypedResults.Ok(new Me(user.Id, user.Email, user.DisplayName, [.. user.Roles.Select(r => r.Role).Order(StringComparer.Ordinal)], user.Culture,
            user.OrganizationId, user.ManagesOrganization, user.TwoFactorEnabled));
    }

    private static async Task<Ok<NotificationSettingsView>> GetNotificationSettingsAsync(HttpContext context, NotificationSettingsService settings, CancellationToken ct) =>
        TypedResults.Ok(await settings.GetAsync(context.User.UserId()!.Value, ct));

    private static async Task<Ok<NotificationSettingsView>> SetNotificationSettingsAsync(
        NotificationSettingsBody? body, HttpContext context, NotificationSettingsService settings, CancellationToken ct) =>
        TypedResults.Ok(await settings.SetEmailDeliveryAsync(context.User.UserId()!.Value, body?.EmailDelivery, ct));

    private static async Task<Ok<IReadOnlyList<LinkRequestSummary>>> ListPendingAsync(HttpContext context, LinkRequestService links, CancellationToken ct) =>
        TypedResults.Ok(await links.ListPendingAsync(context.User.UserId()!.Value, ct));

    private static async Task<Ok<IReadOnlyList<LinkRequestSummary>>> ListOwnAsync(HttpContext context, LinkRequestService links, CancellationToken ct) =>
        TypedResults.Ok(await links.ListOwnAsync(context.User.UserId()!.Value, ct));

    private static async Task<Created> RequestAsync(LinkRequestBody body, HttpContext context, LinkRequestService links, CancellationToken ct)
    {
        if (body?.OrganizationId is not { } organization)
        {
            throw Core.Shared.Errors.ValidationFailedException.For("organizationId", Core.Shared.Resources.CoreMessages.Get("Validation.UnknownOrganization"));
        }

        var id = await links.RequestAsync(context.User.UserId()!.Value, organization, body.Message, cancellationToken: ct);
        return TypedResults.Created($"/api/v1/account/link-requests/{id}");
    }

    private static async Task<NoContent> DecideAsync(Guid id, bool approve, DecisionBody? body, HttpContext context, LinkRequestService links, CancellationToken ct)
    {
        await links.DecideAsync(context.User.UserId()!.Value, id, approve, body?.Note, ct);
        return TypedResults.NoContent();
    }
}
