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
    public async Task SignIn_FiveWrongPasswords_LocksAccountEvenForTheRightPassword()
    {
        var email = await CreateUserAsync();
        var client = fixture.CreateClient();
        for (var i = 0; i < LockoutPolicy.MaxFailedAttempts - 1; i++)
        {
            await client.SignInAsync(email, "wrong-password-" + i);
        }

        var fifth = await client.SignInAsync(email, "wrong-password-x");
        var withRightPassword = await client.SignInAsync(email, "Right-password-42");

        Assert.Contains("계정이", await fifth.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, withRightPassword.StatusCode);
        Assert.Contains("잠겼습니다", await withRightPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);
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
