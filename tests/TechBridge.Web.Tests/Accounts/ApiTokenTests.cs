using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Accounts.ApiTokens;
using TechBridge.Core.Data;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Accounts;

public abstract class ApiTokenTests(AppFixture fixture)
{
    private const string Password = "Right-password-42";

    [Fact]
    public async Task BearerToken_CreateUseReadOnlyThenRevoke_ReadsRefusesWritesAndEndsWith401()
    {
        var (_, session) = await NewUserAsync(Roles.Coordinator);
        var (id, token) = await CreateTokenAsync(session, "reader", ["read"]);
        var bearer = Bearer(token);

        var read = await bearer.GetAsync("/api/v1/organizations?pageSize=1");
        var write = await bearer.PostAsJsonAsync("/api/v1/organizations", new { kind = "Company", nameKo = "토큰기업", countryCode = "KR" });
        var listed = await session.GetFromJsonAsync<JsonElement>("/api/v1/account/tokens");
        var revoked = await session.DeleteAsync($"/api/v1/account/tokens/{id}");
        var afterRevoke = await bearer.GetAsync("/api/v1/organizations?pageSize=1");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(403, (await write.ReadProblemAsync()).GetProperty("status").GetInt32());
        var entry = Assert.Single(listed.EnumerateArray());
        Assert.Equal(JsonValueKind.String, entry.GetProperty("lastUsedAt").ValueKind);
        Assert.False(entry.TryGetProperty("token", out _));
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterRevoke.StatusCode);
        Assert.Equal(401, (await afterRevoke.ReadProblemAsync()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task BearerToken_WriteScope_ActsAsItsUserWithoutAntiforgery()
    {
        var (email, session) = await NewUserAsync(Roles.Coordinator);
        var (_, token) = await CreateTokenAsync(session, "writer", ["read", "write"]);

        var created = await Bearer(token).PostAsJsonAsync("/api/v1/organizations", new
        {
            kind = "Company", nameKo = "토큰으로 만든 기업", nameEn = "Token Made Co", countryCode = "KR", sizeClass = "Small",
            industryCode = "MACHINERY_ROBOTICS", fields = new[] { "INTELLIGENT_ROBOT" },
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);
        var audit = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/audit?entityType=Organization&entityId={id}");
        Assert.Equal(email, audit.GetProperty("items")[0].GetProperty("actorName").GetString());
    }

    [Fact]
    public async Task BearerToken_Expired_Is401()
    {
        var (_, session) = await NewUserAsync(Roles.Company);
        var (id, token) = await CreateTokenAsync(session, "soon expired", ["read"]);
        Assert.Equal(HttpStatusCode.OK, (await Bearer(token).GetAsync("/api/v1/organizations?pageSize=1")).StatusCode);

        await WithDbAsync(db => db.Set<ApiToken>().Where(t => t.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));

        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(token).GetAsync("/api/v1/organizations?pageSize=1")).StatusCode);
    }

    [Fact]
    public async Task BearerToken_UserDisabled_Is401()
    {
        var (email, session) = await NewUserAsync(Roles.Company);
        var (_, token) = await CreateTokenAsync(session, "disabled owner", ["read"]);
        Assert.Equal(HttpStatusCode.OK, (await Bearer(token).GetAsync("/api/v1/organizations?pageSize=1")).StatusCode);
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);

        await admin.PostAsync($"/api/v1/admin/users/{await UserIdAsync(admin, email)}/disable", null);

        var response = await Bearer(token).GetAsync("/api/v1/organizations?pageSize=1");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(401, (await response.ReadProblemAsync()).GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("tbp_aaaaaaaaaaaa_not-the-secret")]
    [InlineData("not-a-token")]
    public async Task BearerToken_Unknown_Is401Problem(string token)
    {
        var response = await Bearer(token).GetAsync("/api/v1/organizations?pageSize=1");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await response.ReadProblemAsync();
    }

    [Fact]
    public async Task Create_Token_StoresOnlyTheHashAndAuditsNeitherSecretNorHash()
    {
        var (_, session) = await NewUserAsync(Roles.Company);
        var (id, token) = await CreateTokenAsync(session, "at rest", ["read"]);
        var secret = token[(ApiTokenSecrets.Prefix.Length + ApiTokenSecrets.PublicIdLength + 1)..];

        var row = await WithDbAsync(db => db.Set<ApiToken>().AsNoTracking().SingleAsync(t => t.Id == id));
        var audit = await WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == nameof(ApiToken) && e.EntityId == id.ToString()).Select(e => e.After).SingleAsync());

        Assert.StartsWith($"tbp_{row.PublicId}_", token, StringComparison.Ordinal);
        Assert.NotEqual(secret, row.SecretHash);
        Assert.Equal(ApiTokenSecrets.Hash(secret), row.SecretHash);
        Assert.DoesNotContain(secret, string.Join("|", row.Name, row.PublicId, row.SecretHash, row.Scopes), StringComparison.Ordinal);
        Assert.DoesNotContain(secret, audit!, StringComparison.Ordinal);
        Assert.DoesNotContain(row.SecretHash, audit!, StringComparison.Ordinal);
        Assert.Contains("\"SecretHash\":\"***\"", audit!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoke_AnotherUsersToken_Is404AndTheTokenKeepsWorking()
    {
        var (_, owner) = await NewUserAsync(Roles.Company);
        var (id, token) = await CreateTokenAsync(owner, "not yours", ["read"]);
        var (_, stranger) = await NewUserAsync(Roles.Company);

        var response = await stranger.DeleteAsync($"/api/v1/account/tokens/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Bearer(token).GetAsync("/api/v1/organizations?pageSize=1")).StatusCode);
    }

    [Fact]
    public async Task Administrator_ListsAndRevokesAnyUsersToken()
    {
        var (email, owner) = await NewUserAsync(Roles.Researcher);
        var (id, token) = await CreateTokenAsync(owner, "admin revokes", ["read"]);
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);
        var userId = await UserIdAsync(admin, email);

        var listed = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/users/{userId}/tokens");
        var revoked = await admin.DeleteAsync($"/api/v1/admin/users/{userId}/tokens/{id}");
        var notAdmin = await owner.GetAsync($"/api/v1/admin/users/{userId}/tokens");

        Assert.Equal("admin revokes", Assert.Single(listed.EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(token).GetAsync("/api/v1/organizations?pageSize=1")).StatusCode);
    }

    [Fact]
    public async Task BearerToken_OnPortalPageOrTokenEndpoints_DoesNotAuthenticateOrManage()
    {
        var (_, session) = await NewUserAsync(Roles.Company);
        var (_, token) = await CreateTokenAsync(session, "not for pages", ["read", "write"]);
        var bearer = Bearer(token);

        var page = await bearer.GetAsync("/directory/organizations");
        var mint = await bearer.PostAsJsonAsync("/api/v1/account/tokens", new { name = "more", scopes = new[] { "read" }, expiresInDays = 365 });

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/login", page.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, mint.StatusCode);
    }

    [Fact]
    public async Task Create_InvalidInput_Is400WithFieldMessages()
    {
        var (_, session) = await NewUserAsync(Roles.Company);

        var response = await session.PostAsJsonAsync("/api/v1/account/tokens", new { name = " ", scopes = new[] { "admin" }, expiresInDays = 7 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.NotEmpty(problem.FieldErrors("name"));
        Assert.NotEmpty(problem.FieldErrors("scopes"));
        Assert.NotEmpty(problem.FieldErrors("expiresInDays"));
    }

    [Fact]
    public async Task TokensPage_Create_ShowsTheTokenOnceAndListsIt()
    {
        var (_, session) = await NewUserAsync(Roles.Company);

        var created = await session.PostFormAsync("/account/tokens", "create-token", new Dictionary<string, string>
        {
            ["Input.Name"] = "포털에서 만든 토큰",
            ["Input.Access"] = "write",
            ["Input.ExpiresInDays"] = "90",
        });
        var html = await created.Content.ReadAsStringAsync();
        var later = await session.GetStringAsync("/account/tokens");

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var shown = System.Text.RegularExpressions.Regex.Match(html, "tbp_[a-z2-7]{12}_[A-Za-z0-9_-]{43}");
        Assert.True(shown.Success, "the new token is shown");
        Assert.Contains("다시 표시되지 않습니다", html, StringComparison.Ordinal);
        Assert.Contains("포털에서 만든 토큰", later, StringComparison.Ordinal);
        Assert.DoesNotContain(shown.Value, later, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Bearer(shown.Value).GetAsync("/api/v1/organizations?pageSize=1")).StatusCode);
    }

    private HttpClient Bearer(string token)
    {
        var client = fixture.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<(Guid Id, string Token)> CreateTokenAsync(HttpClient session, string name, string[] scopes)
    {
        var response = await session.PostAsJsonAsync("/api/v1/account/tokens", new { name, scopes, expiresInDays = 30 });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("summary").GetProperty("id").GetGuid(), body.GetProperty("token").GetString()!);
    }

    private async Task<(string Email, HttpClient Session)> NewUserAsync(string role)
    {
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);
        var email = $"token-{Guid.NewGuid():N}@example.com";
        var response = await admin.PostAsJsonAsync("/api/v1/admin/users", new { email, displayName = "토큰 사용자", password = Password, roles = new[] { role } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (email, await fixture.SignedInClientAsync(email, Password));
    }

    private static async Task<Guid> UserIdAsync(HttpClient admin, string email) =>
        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/users?q={Uri.EscapeDataString(email)}")).GetProperty("items")[0].GetProperty("id").GetGuid();

    private async Task<T> WithDbAsync<T>(Func<TechBridgeDbContext, Task<T>> action)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>());
    }
}

[Collection(OnSqlite.Name)]
public sealed class ApiTokenTestsOnSqlite(SqliteAppFixture fixture) : ApiTokenTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class ApiTokenTestsOnPostgres(PostgresAppFixture fixture) : ApiTokenTests(fixture);
