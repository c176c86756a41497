using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TechBridge.Core.Accounts;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Shared.Errors;
using TechBridge.Web.Auth;
using TechBridge.Web.Exports;

namespace TechBridge.Web.Api;

/// <summary>/api/v1/admin: accounts, roles and the audit trail. Administrators only.</summary>
public static class AdminEndpoints
{
    public sealed record RolesBody(IReadOnlyCollection<string> Roles);

    public sealed record PasswordBody(string Password);

    public sealed record CreatedAccount(Guid Id, string Email);

    public sealed record OrganizationBody(Guid? OrganizationId, bool ManagesOrganization);

    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/admin").WithTags("Administration").RequireAuthorization(Policies.Administrator);
        admin.MapGet("/users", ListUsersAsync).WithName("ListUsers");
        admin.MapPost("/users", CreateUserAsync).WithName("CreateUser");
        admin.MapPut("/users/{id:guid}/roles", SetRolesAsync).WithName("SetUserRoles");
        admin.MapPost("/users/{id:guid}/disable", (Guid id, AccountService s, CancellationToken ct) => SetDisabledAsync(id, true, s, ct)).WithName("DisableUser");
        admin.MapPost("/users/{id:guid}/enable", (Guid id, AccountService s, CancellationToken ct) => SetDisabledAsync(id, false, s, ct)).WithName("EnableUser");
        admin.MapPost("/users/{id:guid}/unlock", UnlockAsync).WithName("UnlockUser");
        admin.MapPost("/users/{id:guid}/password", ResetPasswordAsync).WithName("ResetUserPassword");
        admin.MapPut("/users/{id:guid}/organization", SetOrganizationAsync).WithName("SetUserOrganization")
            .WithSummary("Link the account to an organisation (or unlink it with null), optionally as one of its managers");
        admin.MapPost("/users/{id:guid}/sessions/end", EndSessionsAsync).WithName("EndUserSessions")
            .WithSummary("Sign the account out everywhere: every session ends at its next request");
        admin.MapGet("/audit", SearchAuditAsync).WithName("SearchAudit");
        admin.MapGet("/audit/export", ExportAuditAsync).WithName("ExportAudit");
        return app;
    }

    private static async Task<Ok<PagedResult<AccountSummary>>> ListUsersAsync(
        [FromQuery] string? q, [FromQuery] string? role, [FromQuery] int? page, [FromQuery] int? pageSize, AccountQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ListAsync(q, role, PageRequest.Of(page, pageSize), ct));

    private static async Task<Created<CreatedAccount>> CreateUserAsync(NewAccount input, AccountService accounts, CancellationToken ct)
    {
        var user = await accounts.CreateAsync(input, ct);
        return TypedResults.Created($"/api/v1/admin/users/{user.Id}", new CreatedAccount(user.Id, user.Email));
    }

    private static async Task<NoContent> SetRolesAsync(Guid id, RolesBody body, AccountService accounts, CancellationToken ct)
    {
        await accounts.SetRolesAsync(id, body.Roles ?? [], ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> SetDisabledAsync(Guid id, bool disabled, AccountService accounts, CancellationToken ct)
    {
        await accounts.SetDisabledAsync(id, disabled, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> UnlockAsync(Guid id, AccountService accounts, CancellationToken ct)
    {
        await accounts.UnlockAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> ResetPasswordAsync(Guid id, PasswordBody body, AccountService accounts, CancellationToken ct)
    {
        await accounts.ResetPasswordAsync(id, body.Password ?? string.Empty, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> SetOrganizationAsync(Guid id, OrganizationBody body, AccountService accounts, CancellationToken ct)
    {
        await accounts.SetOrganizationAsync(id, body.OrganizationId, body.ManagesOrganization, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> EndSessionsAsync(Guid id, AccountService accounts, CancellationToken ct)
    {
        await accounts.GetAsync(id, ct);
        await accounts.EndSessionsAsync(id, exceptSessionId: null, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<PagedResult<AuditEntry>>> SearchAuditAsync(
        [AsParameters] AuditQuery query, AuditQueries audit, CancellationToken ct) =>
        TypedResults.Ok(await audit.SearchAsync(query.ToFilter(), PageRequest.Of(query.Page, query.PageSize), ct));

    private static async Task<IResult> ExportAuditAsync(
        [AsParameters] AuditQuery query, [FromQuery] string? format, AuditQueries audit, AuditTables tables, CancellationToken ct)
    {
        var exportFormat = ExportResults.ParseFormat(format);
        return ExportResults.File(tables.Entries(await audit.ExportAsync(query.ToFilter(), ct)), exportFormat);
    }
}

/// <summary>The audit trail's query string; dates are KST calendar days, inclusive.</summary>
public sealed class AuditQuery
{
    [FromQuery(Name = "entityType")] public string? EntityType { get; init; }
    [FromQuery(Name = "entityId")] public string? EntityId { get; init; }
    [FromQuery(Name = "actor")] public string? Actor { get; init; }
    [FromQuery(Name = "from")] public DateOnly? From { get; init; }
    [FromQuery(Name = "to")] public DateOnly? To { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }

    /// <summary>Dates outside this range cannot be shifted to KST and back (and no audit entry is that old or new).</summary>
    private static readonly DateOnly Earliest = new(1900, 1, 1), Latest = new(9998, 12, 31);

    public AuditFilter ToFilter()
    {
        foreach (var (field, day) in new[] { ("from", From), ("to", To) })
        {
            if (day is { } d && (d < Earliest || d > Latest))
            {
                throw ValidationFailedException.For(field, Core.Shared.Resources.CoreMessages.Get("Validation.Range", field, Earliest, Latest));
            }
        }

        if (From is { } f && To is { } t && t < f)
        {
            throw ValidationFailedException.For("to", Core.Shared.Resources.CoreMessages.Get("Validation.Range", "to", f, "…"));
        }

        var kst = TimeSpan.FromHours(9);
        return new AuditFilter(
            EntityType, EntityId, Actor,
            From is { } from ? new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), kst).ToUniversalTime() : null,
            To is { } to ? new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), kst).ToUniversalTime() : null);
    }
}
