using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using TechBridge.Core.Accounts.Privacy;
using TechBridge.Core.Shared.Audit;
using TechBridge.Web.Auth;

namespace TechBridge.Web.Api;

/// <summary>
/// A person's own data: download it (/api/v1/account/personal-data) and delete it (/api/v1/account/delete, confirmed
/// with the password); administrators do the same for a person who asks them (/api/v1/admin/users/{id}/…).
/// </summary>
public static class PersonalDataEndpoints
{
    public sealed record DeleteOwnBody(string? Password);

    private static readonly JsonSerializerOptions ExportJson = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = AuditJson.StoreOptions.Encoder,
    };

    public static IEndpointRouteBuilder MapPersonalDataEndpoints(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/api/v1/account").WithTags("Account");
        account.MapGet("/personal-data", (HttpContext context, PersonalDataQueries data, CancellationToken ct) =>
                ExportAsync(context.User.UserId()!.Value, data, ct))
            .WithName("ExportMyPersonalData").WithSummary("Everything TechBridge holds about the caller, as a JSON download");
        account.MapPost("/delete", DeleteOwnAsync).WithName("DeleteMyAccount")
            .WithSummary("Delete the caller's personal data (confirmed with the password); kept records then name a deleted person")
            .ProducesValidationProblem();

        var admin = app.MapGroup("/api/v1/admin/users").WithTags("Administration").RequireAuthorization(Policies.Administrator);
        admin.MapGet("/{id:guid}/personal-data", (Guid id, PersonalDataQueries data, CancellationToken ct) => ExportAsync(id, data, ct))
            .WithName("ExportUserPersonalData").WithSummary("A person's data, exported on their request");
        admin.MapPost("/{id:guid}/delete", DeleteAsync).WithName("DeleteUserPersonalData")
            .WithSummary("Delete a person's personal data on their request; kept records then name a deleted person");
        return app;
    }

    private static async Task<FileContentHttpResult> ExportAsync(Guid userId, PersonalDataQueries data, CancellationToken ct)
    {
        var export = await data.ExportAsync(userId, ct);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(export, ExportJson);
        return TypedResults.File(bytes, "application/json", $"techbridge-personal-data-{export.ExportedAt:yyyyMMdd}.json");
    }

    private static async Task<NoContent> DeleteOwnAsync(DeleteOwnBody? body, HttpContext context, AccountDeletionService deletion, CancellationToken ct)
    {
        await deletion.DeleteOwnAsync(context.User.UserId()!.Value, body?.Password, ct);
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> DeleteAsync(Guid id, AccountDeletionService deletion, CancellationToken ct)
    {
        await deletion.DeleteAsync(id, ct);
        return TypedResults.NoContent();
    }
}
