using System.Text.Json;
using System.Net;
using System.Net.Http.Json;
using TechBridge.Core.Accounts;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Accounts;

public abstract class SignInTests(AppFixture fixture)
{
    [Fact]
    public async Task SignIn_WrongPassword_ShowsKoreanErrorAndStaysSignedOut()
    {
        var client = fixture.CreateClient();

        var response = await client.SignInAsync("company@demo.techbridge.kr", "wrong-password-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("이메일 또는 비밀번호가 올바르지 않습니다.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/organizations")).StatusCode);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_RefusesEvenTheRightPasswordWithTheSameMessage()
    {
        var email = await CreateUserAsync();
        var client = fixture.CreateClient();
        for (var i = 0; i < AccountIdentity.MaxFailedAttempts; i++)
        {
            await client.SignInAsync(email, "wrong-password-" + i);
        }

        var withRightPassword = await client.SignInAsync(email, "Right-password-42");

        Assert.Equal(HttpStatusCode.OK, withRightPassword.StatusCode);
        Assert.Contains("이메일 또는 비밀번호가 올바르지 않습니다.", await withRightPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/organizations")).StatusCode);
    }

    /// <summary>Issue 7, defect 3: a locked, a disabled, a known and an unknown account answered differently.</summary>
    [Fact]
    public async Task SignIn_UnknownWrongLockedOrDisabled_ShowsTheSameMessage()
    {
        var wrong = await CreateUserAsync();
        var locked = await CreateUserAsync();
        var disabled = await CreateUserAsync();
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);
        await admin.PostAsync($"/api/v1/admin/users/{await IdOfAsync(admin, disabled)}/disable", null);
        var client = fixture.CreateClient();
        for (var i = 0; i < AccountIdentity.MaxFailedAttempts; i++)
        {
            await client.SignInAsync(locked, "wrong-password-" + i);
        }

        var messages = new[]
        {
            await ErrorOfAsync(await client.SignInAsync($"nobody-{Guid.NewGuid():N}@example.com", "Right-password-42")),
            await ErrorOfAsync(await client.SignInAsync(wrong, "wrong-password-1")),
            await ErrorOfAsync(await client.SignInAsync(locked, "Right-password-42")),
            await ErrorOfAsync(await client.SignInAsync(disabled, "wrong-password-1")),
        };

        Assert.Single(messages.Distinct());
        Assert.Contains("이메일 또는 비밀번호가 올바르지 않습니다.", messages[0], StringComparison.Ordinal);
        Assert.Contains("비활성화", await ErrorOfAsync(await client.SignInAsync(disabled, "Right-password-42")), StringComparison.Ordinal);
    }

    /// <summary>Issue 7, defect 1: 40 simultaneous sign-ins (the right password 30th) evaluated up to 38 wrong passwords.</summary>
    [Fact]
    public async Task SignIn_FortyParallelAttempts_EvaluatesNoMoreWrongPasswordsThanTheLimitInARow()
    {
        var email = await CreateUserAsync();
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);
        var id = await IdOfAsync(admin, email);

        var attempts = Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
        {
            var client = fixture.CreateClient();
            var response = await client.SignInAsync(email, i == 29 ? "Right-password-42" : "wrong-password-" + i);
            return (Right: i == 29, SignedIn: response.StatusCode == HttpStatusCode.Redirect);
        })).ToList();
        var results = await Task.WhenAll(attempts);

        Assert.DoesNotContain(results, r => r.SignedIn && !r.Right);
        var audit = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/audit?entityType=UserAccount&entityId={id}&pageSize=200");
        var wrongEvaluated = audit.GetProperty("items").EnumerateArray()
            .Count(e => e.GetProperty("after").GetString() is { } after && (after.Contains("SignInFailed", StringComparison.Ordinal) || after.Contains("LockedOut", StringComparison.Ordinal)));
        var rightSignedIn = results.Single(r => r.Right).SignedIn;
        // At most the limit in a row: a successful sign-in starts a new row (at most once here, there is one right password).
        Assert.InRange(wrongEvaluated, 1, rightSignedIn ? (2 * AccountIdentity.MaxFailedAttempts) - 1 : AccountIdentity.MaxFailedAttempts);
        Assert.Contains("이메일 또는 비밀번호가 올바르지 않습니다.", await ErrorOfAsync(await fixture.CreateClient().SignInAsync(email, "Right-password-42")), StringComparison.Ordinal);
    }

    /// <summary>Issue 7, defect 15: sign-ins were audited as "anonymous".</summary>
    [Fact]
    public async Task SignIn_RightPassword_IsAuditedAsThePersonSigningIn()
    {
        var email = await CreateUserAsync();
        await fixture.SignedInClientAsync(email, "Right-password-42");
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);
        var id = await IdOfAsync(admin, email);

        var audit = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/audit?entityType=UserAccount&entityId={id}&pageSize=200");

        var signIn = audit.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("action").GetString() == "Modified" && e.GetProperty("after").GetString()!.Contains("LastSignInAt", StringComparison.Ordinal));
        Assert.Equal(email, signIn.GetProperty("actorName").GetString());
        Assert.Equal(id.ToString(), signIn.GetProperty("actorId").GetString());
    }

    [Fact]
    public async Task SignIn_UserPrefersEnglish_SetsEnglishCultureCookie()
    {
        var client = await fixture.SignedInAsAsync(Roles.Reviewer);

        var html = await client.GetStringAsync("/directory/organizations");

        Assert.Contains("Organisations", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_ReturnUrlToAnotherSite_RedirectsHomeInstead()
    {
        var client = fixture.CreateClient();

        var response = await client.PostFormAsync("/account/login?ReturnUrl=//evil.example", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = "company@demo.techbridge.kr",
            ["Input.Password"] = DemoAccounts.Password,
            ["ReturnUrl"] = "//evil.example",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var target = new Uri(client.BaseAddress!, response.Headers.Location!);
        Assert.Equal(client.BaseAddress!.Host, target.Host);
        Assert.Equal("/", target.AbsolutePath);
    }

    [Fact]
    public async Task DisabledUser_ExistingSession_IsSignedOutOnNextRequest()
    {
        var email = await CreateUserAsync();
        var user = await fixture.SignedInClientAsync(email, "Right-password-42");
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/v1/organizations?pageSize=1")).StatusCode);
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);
        var id = (await admin.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/admin/users?q={Uri.EscapeDataString(email)}"))
            .GetProperty("items")[0].GetProperty("id").GetGuid();

        await admin.PostAsync($"/api/v1/admin/users/{id}/disable", null);

        Assert.Equal(HttpStatusCode.Unauthorized, (await user.GetAsync("/api/v1/organizations?pageSize=1")).StatusCode);
    }

    [Fact]
    public async Task LanguageSwitch_SignedIn_IsRememberedForTheAccount()
    {
        var email = await CreateUserAsync();
        var client = await fixture.SignedInClientAsync(email, "Right-password-42");
        Assert.Contains("<html lang=\"ko\"", await client.GetStringAsync("/"), StringComparison.Ordinal);

        var switched = await client.PostFormAsync("/", "", new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "/" }, action: "/account/culture");
        var freshBrowser = await fixture.SignedInClientAsync(email, "Right-password-42");

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Contains("<html lang=\"en\"", await freshBrowser.GetStringAsync("/"), StringComparison.Ordinal);
    }

    private static async Task<Guid> IdOfAsync(HttpClient admin, string email) =>
        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/users?q={Uri.EscapeDataString(email)}")).GetProperty("items")[0].GetProperty("id").GetGuid();

    private static async Task<string> ErrorOfAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var start = html.IndexOf("data-testid=\"login-error\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no sign-in error on the page");
        var end = html.IndexOf("</div>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    private async Task<string> CreateUserAsync()
    {
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);
        var email = $"user-{Guid.NewGuid():N}@example.com";
        var response = await admin.PostAsJsonAsync("/api/v1/admin/users", new
        {
            email,
            displayName = "테스트 사용자",
            password = "Right-password-42",
            roles = new[] { Roles.Company },
            culture = "ko",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return email;
    }
}

[Collection(OnSqlite.Name)]
public sealed class SignInSqliteTests(SqliteAppFixture fixture) : SignInTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class SignInPostgresTests(PostgresAppFixture fixture) : SignInTests(fixture);
