using Microsoft.AspNetCore.Http.HttpResults;
using TechBridge.Core.Accounts.ApiTokens;
using TechBridge.Core.Shared.Errors;
using TechBridge.Web.Auth;
using TechBridge.Web.Auth.ApiTokens;

namespace TechBridge.Web.Api;

/// <summary>
/// Personal access tokens: each user manages their own under /api/v1/account/tokens; administrators list and revoke
/// anyone's under /api/v1/admin/users/{id}/tokens. Managing tokens needs a signed-in session: a token cannot mint or
/// revoke tokens, so a leaked one cannot make itself permanent.
/// </summary>
public static class ApiTokenEndpoints
{
    public static IEndpointRouteBuilder MapApiTokenEndpoints(this IEndpointRouteBuilder app)
    {
        var own = app.MapGroup("/api/v1/account/tokens").WithTags("API tokens").AddEndpointFilter(SessionOnly);
        own.MapGet("/", ListOwnAsync).WithName("ListApiTokens").WithSummary("My API tokens (never their secrets).");
        own.MapPost("/", CreateAsync).WithName("CreateApiToken").WithSummary("Create an API token; the response carries the token once.");
        own.MapDelete("/{id:guid}", RevokeOwnAsync).WithName("RevokeApiToken");

        var admin = app.MapGroup("/api/v1/admin/users/{userId:guid}/tokens").WithTags("Administration")
            .RequireAuthorization(Policies.Administrator).AddEndpointFilter(SessionOnly);
        admin.MapGet("/", ListForUserAsync).WithName("ListUserApiTokens");
        admin.MapDelete("/{id:guid}", RevokeForUserAsync).WithName("RevokeUserApiToken");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<ApiTokenSummary>>> ListOwnAsync(HttpContext context, ApiTokenService tokens, CancellationToken ct) =>
        TypedResults.Ok(await tokens.ListAsync(CurrentUser(context), ct));

    private static async Task<Created<CreatedApiToken>> CreateAsync(NewApiToken input, HttpContext context, ApiTokenService tokens, CancellationToken ct)
    {
        var created = await tokens.CreateAsync(CurrentUser(context), input ?? new NewApiToken(null, null, null), ct);
        return TypedResults.Created($"/api/v1/account/tokens/{created.Summary.Id}", created);
    }

    private static async Task<NoContent> RevokeOwnAsync(Guid id, HttpContext context, ApiTokenService tokens, CancellationToken ct)
    {
        await tokens.RevokeAsync(CurrentUser(context), id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<ApiTokenSummary>>> ListForUserAsync(Guid userId, ApiTokenService tokens, CancellationToken ct) =>
        TypedResults.Ok(await tokens.ListAsync(userId, ct));

    private static async Task<NoContent> RevokeForUserAsync(Guid userId, Guid id, ApiTokenService tokens, CancellationToken ct)
    {
        await tokens.RevokeAsync(userId, id, ct);
        return TypedResults.NoContent();
    }

    private static Guid CurrentUser(HttpContext context) =>
        context.User.UserId() ?? throw new ForbiddenException("No signed-in user.");

    private static async ValueTask<object?> SessionOnly(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        ApiTokenAuthentication.IsTokenRequest(context.HttpContext.User)
            ? throw new ForbiddenException("API tokens cannot manage API tokens.")
            : await next(context);
}
