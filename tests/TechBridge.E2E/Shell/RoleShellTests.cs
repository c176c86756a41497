using TechBridge.Core.Accounts;
using TechBridge.E2E.Infrastructure;

namespace TechBridge.E2E.Shell;

[Collection(InChromium.Name)]
public sealed class RoleShellTests(BrowserFixture browser)
{
    public static TheoryData<string> AllRoles => [.. Roles.All];

    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task SignIn_EachRole_SeesKoreanShellWithTheMenusOfTheRole(string role)
    {
        var page = await browser.NewPageAsync();
        var account = DemoAccounts.All.Single(a => a.Roles.Contains(role));

        await page.SignInAsync(account.Email);

        Assert.Equal(account.DisplayName, (await page.TextContentAsync(".user-chip"))!.Trim());
        var nav = (await page.TextContentAsync("nav.sidenav"))!;
        var english = account.Culture == "en";
        Assert.Contains(english ? "Directory" : "디렉터리", nav, StringComparison.Ordinal);
        Assert.Contains(english ? "Organisations" : "기관", nav, StringComparison.Ordinal);
        Assert.Equal(role == Roles.Administrator, nav.Contains(english ? "Audit trail" : "감사 기록", StringComparison.Ordinal));
        await page.ScreenshotAsync($"home-{role}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task LanguageSwitch_Clicked_TogglesTheWholeUiBetweenKoreanAndEnglish()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsRoleAsync(Roles.Company);
        await page.GotoAsync("/directory/organizations");
        Assert.Equal("ko", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("기관", (await page.TextContentAsync("h1"))!.Trim());

        await page.ClickAsync("[data-testid=lang-switch]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Organisations", (await page.TextContentAsync("h1"))!.Trim());
        Assert.EndsWith("/directory/organizations", page.Url, StringComparison.Ordinal);
        await page.ScreenshotAsync("organizations-en");

        await page.ClickAsync("[data-testid=lang-switch]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal("기관", (await page.TextContentAsync("h1"))!.Trim());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsMessageOnTheLoginPage()
    {
        var page = await browser.NewPageAsync();

        await page.SignInAsync("company@demo.techbridge.kr", "not-the-password-1");

        Assert.Contains("이메일 또는 비밀번호가 올바르지 않습니다.", await page.TextContentAsync("[data-testid=login-error]"), StringComparison.Ordinal);
        await page.ScreenshotAsync("login-failed");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SignOut_Clicked_ReturnsToPublicHome()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsRoleAsync(Roles.Researcher);

        await page.ClickAsync("[data-testid=logout]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.GotoAsync("/directory/people");

        Assert.Contains("/account/login", page.Url, StringComparison.Ordinal);
        await page.ScreenshotAsync("login");
        await page.Context.CloseAsync();
    }
}
