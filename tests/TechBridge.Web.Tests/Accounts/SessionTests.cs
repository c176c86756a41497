using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TechBridge.Core.Accounts;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Accounts;

/// <summary>
/// Issue 7, defect 2: a captured sign-in cookie outlived logout and password changes. Now a session is a row on the server:
/// logout, a password change or reset, a role change, disabling and "sign out everywhere" end it at its next request.
/// </summary>
public abstract class SessionTests(AppFixture fixture)
{
    private const string Password = "Right-password-42";

    [Fact]
    public async Task Logout_CapturedCookie_NoLongerWorks()
    {
        var (user, captured) = await SignedInTwiceFromOneCookieAsync();

        var logout = await user.PostFormAsync("/", "", [], action: "/account/logout");

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await captured.GetAsync("/api/v1/organizations?pageSize=1")).StatusCode);
    }

    [Fact]
    public async Task AdministratorResetsPassword_EverySessionOfTheUserEnds()
    {
        var email = await CreateUserAsync();
        var (first, second) = (await fixture.SignedInClientAsync(email, Password), await fixture.SignedInClientAsync(email, Password));
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);

        var reset = await admin.PostAsJsonAsync($"/api/v1/admin/users/{await IdOfAsync(admin, email)}/password", new { password = "Brand-new-pass-77" });

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await first.GetAsync("/api/v1/organizations?pageSize=1")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync("/api/v1/organizations?pageSize=1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await fixture.SignedInClientAsync(email, "Brand-new-pass-77")).GetAsync("/api/v1/organizations?pageSize=1")).StatusCode);
    }

    [Fact]
    public async Task AdministratorChangesRoles_TheUsersSessionEnds()
    {
        var email = await CreateUserAsync();
        var user = await fixture.SignedInClientAsync(email, Password);
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);

        await admin.PutAsJsonAsync($"/api/v1/admin/users/{await IdOfAsync(admin, email)}/roles", new { roles = new[] { Roles.Researcher } });

        Assert.Equal(HttpStatusCode.Unauthorized, (await user.GetAsync("/api/v1/organizations?pageSize=1")).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_OnTheSecurityPage_EndsOtherSessionsAndKeepsThisOne()
    {
        var email = await CreateUserAsync();
        var other = await fixture.SignedInClientAsync(email, Password);
        var self = await fixture.SignedInClientAsync(email, Password);

        var changed = await self.PostFormAsync("/account/security", "change-password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = Password,
            ["NewPassword"] = "Changed-pass-99",
        });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains("data-testid=\"security-message\"", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await other.GetAsync("/api/v1/organizations?pageSize=1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await self.GetAsync("/api/v1/organizations?pageSize=1")).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_WrongCurrentPassword_FieldMessageAndNothingChanges()
    {
        var email = await CreateUserAsync();
        var self = await fixture.SignedInClientAsync(email, Password);

        var refused = await self.PostFormAsync("/account/security", "change-password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = "not-my-password-1",
            ["NewPassword"] = "Changed-pass-99",
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("data-field=\"CurrentPassword\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await self.GetAsync("/api/v1/organizations?pageSize=1")).StatusCode);
        await fixture.SignedInClientAsync(email, Password);
    }

    [Fact]
    public async Task SignOutEverywhereElse_EndsOtherSessionsOnly_AndEverywhereEndsThisOneToo()
    {
        var email = await CreateUserAsync();
        var other = await fixture.SignedInClientAsync(email, Password);
        var self = await fixture.SignedInClientAsync(email, Password);

        await self.PostFormAsync("/account/security", "end-other-sessions", []);

        Assert.Equal(HttpStatusCode.Unauthorized, (await other.GetAsync("/api/v1/organizations?pageSize=1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await self.GetAsync("/api/v1/organizations?pageSize=1")).StatusCode);

        var everywhere = await self.PostFormAsync("/account/security", "end-all-sessions", []);

        Assert.Equal(HttpStatusCode.Redirect, everywhere.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await self.GetAsync("/api/v1/organizations?pageSize=1")).StatusCode);
    }

    [Fact]
    public async Task SecurityPage_ListsTheSessionsOfTheAccount()
    {
        var email = await CreateUserAsync();
        await fixture.SignedInClientAsync(email, Password);
        var self = await fixture.SignedInClientAsync(email, Password);

        var html = await self.GetStringAsync("/account/security");

        Assert.Contains("data-testid=\"sessions\"", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Split("<tr>").Length - 2); // the header row and one row per session
        Assert.Contains("현재 세션", html, StringComparison.Ordinal);
    }

    /// <summary>Signs in once and gives the cookie to a second client, as a thief who copied it would hold it.</summary>
    private async Task<(HttpClient User, HttpClient Captured)> SignedInTwiceFromOneCookieAsync()
    {
        var email = await CreateUserAsync();
        var user = fixture.CreateClient();
        var signIn = await user.SignInAsync(email, Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("tb.auth=", StringComparison.Ordinal));
        var captured = fixture.App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        captured.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await captured.GetAsync("/api/v1/organizations?pageSize=1")).StatusCode);
        return (user, captured);
    }

    private static async Task<Guid> IdOfAsync(HttpClient admin, string email) =>
        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/users?q={Uri.EscapeDataString(email)}")).GetProperty("items")[0].GetProperty("id").GetGuid();

    private async Task<string> CreateUserAsync()
    {
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);
        var email = $"session-{Guid.NewGuid():N}@example.com";
        var response = await admin.PostAsJsonAsync("/api/v1/admin/users", new
        {
            email, displayName = "세션 확인", password = Password, roles = new[] { Roles.Company }, culture = "ko",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return email;
    }
}

[Collection(OnSqlite.Name)]
public sealed class SessionSqliteTests(SqliteAppFixture fixture) : SessionTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class SessionPostgresTests(PostgresAppFixture fixture) : SessionTests(fixture);
