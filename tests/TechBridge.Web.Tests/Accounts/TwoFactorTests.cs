using TechBridge.Testing;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using TechBridge.Core.Accounts;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Accounts;

/// <summary>Two-step sign-in with an authenticator app: required for administrators and program managers, optional for others.</summary>
public abstract partial class TwoFactorTests(AppFixture fixture)
{
    private const string Password = "Right-password-42";

    [Theory]
    [InlineData(Roles.Administrator)]
    [InlineData(Roles.ProgramManager)]
    public async Task SignIn_DemoAccountWithTwoFactor_AsksForTheCodeBeforeAnythingElse(string role)
    {
        var client = fixture.CreateClient();
        var email = DemoAccounts.All.Single(a => a.Roles.Contains(role)).Email;

        var afterPassword = await client.SignInAsync(email, DemoAccounts.Password);

        Assert.Equal("/account/login/two-factor", afterPassword.RedirectPath());
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/organizations?pageSize=1")).StatusCode);
        var wrong = await client.SecondFactorAsync(DemoAccounts.AuthenticatorKey, code: "12345x");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("data-testid=\"two-factor-error\"", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var right = await client.SecondFactorAsync(DemoAccounts.AuthenticatorKey);

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/organizations?pageSize=1")).StatusCode);
    }

    [Fact]
    public async Task SecondFactorPage_WithoutPassingThePassword_GoesBackToSignIn()
    {
        var response = await fixture.CreateClient().GetAsync("/account/login/two-factor");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.RedirectPath());
    }

    [Fact]
    public async Task SignIn_NewAdministrator_MustSetUpTwoFactorThenGetsRecoveryCodes()
    {
        var email = await CreateUserAsync(Roles.Administrator);
        var client = fixture.CreateClient();

        var afterPassword = await client.SignInAsync(email, Password);
        Assert.Equal("/account/two-factor/setup", afterPassword.RedirectPath());
        var setupPage = await client.GetStringAsync("/account/two-factor/setup");
        Assert.Contains("data-testid=\"qr-code\"", setupPage, StringComparison.Ordinal);
        var key = SharedKey().Match(setupPage).Groups[1].Value;
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/organizations?pageSize=1")).StatusCode);

        var enabled = await client.PostFormAsync("/account/two-factor/setup", "two-factor-setup", new Dictionary<string, string> { ["Code"] = AuthenticatorCodes.Current(key) });

        var html = await enabled.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"recovery-codes\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/organizations?pageSize=1")).StatusCode);
        var recoveryCode = RecoveryCode().Match(html).Groups[1].Value;

        // Next time: password, then a recovery code works once.
        var again = fixture.CreateClient();
        await again.SignInAsync(email, Password);
        Assert.Equal(HttpStatusCode.Redirect, (await again.SecondFactorAsync(key, recoveryCode, recovery: true)).StatusCode);
        var reused = fixture.CreateClient();
        await reused.SignInAsync(email, Password);
        Assert.Equal(HttpStatusCode.OK, (await reused.SecondFactorAsync(key, recoveryCode, recovery: true)).StatusCode);
    }

    [Fact]
    public async Task TwoFactor_OptionalForCompanyUser_CanBeTurnedOnAndOff()
    {
        var email = await CreateUserAsync(Roles.Company);
        var client = await fixture.SignedInClientAsync(email, Password);
        var key = SharedKey().Match(await client.GetStringAsync("/account/two-factor/setup")).Groups[1].Value;
        await client.PostFormAsync("/account/two-factor/setup", "two-factor-setup", new Dictionary<string, string> { ["Code"] = AuthenticatorCodes.Current(key) });
        Assert.Contains("2단계 인증을 쓰고 있습니다", await client.GetStringAsync("/account/security"), StringComparison.Ordinal);

        var fresh = fixture.CreateClient();
        Assert.Equal("/account/login/two-factor", (await fresh.SignInAsync(email, Password)).RedirectPath());

        await client.PostFormAsync("/account/security", "disable-two-factor", []);

        Assert.Contains("2단계 인증을 쓰지 않습니다", await client.GetStringAsync("/account/security"), StringComparison.Ordinal);
        Assert.Equal("/", (await fixture.CreateClient().SignInAsync(email, Password)).RedirectPath());
    }

    private async Task<string> CreateUserAsync(string role)
    {
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);
        var email = $"twofactor-{Guid.NewGuid():N}@example.com";
        var response = await admin.PostAsJsonAsync("/api/v1/admin/users", new { email, displayName = "2단계 확인", password = Password, roles = new[] { role }, culture = "ko" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return email;
    }

    [GeneratedRegex("data-testid=\"shared-key\">([a-z2-7 ]+)<")]
    private static partial Regex SharedKey();

    [GeneratedRegex("<li><kbd>([A-Za-z0-9-]+)</kbd></li>")]
    private static partial Regex RecoveryCode();
}

[Collection(OnSqlite.Name)]
public sealed class TwoFactorSqliteTests(SqliteAppFixture fixture) : TwoFactorTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class TwoFactorPostgresTests(PostgresAppFixture fixture) : TwoFactorTests(fixture);
