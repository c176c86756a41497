using Microsoft.Playwright;
using TechBridge.Core.Accounts;
using TechBridge.Testing;

namespace TechBridge.E2E.Infrastructure;

public static class PageActions
{
    public static async Task SignInAsync(this IPage page, string email, string password = DemoAccounts.Password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/account/login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("[data-testid=login-submit]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        if (new Uri(page.Url).AbsolutePath == "/account/login/two-factor")
        {
            // The demo administrator and programme manager sign in with the demo authenticator key, as a person would with the app.
            await page.FillAsync("[data-testid=two-factor-code]", AuthenticatorCodes.Current(DemoAccounts.AuthenticatorKey));
            await page.ClickAsync("[data-testid=two-factor-submit]");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }
    }

    public static Task SignInAsRoleAsync(this IPage page, string role) =>
        page.SignInAsync(DemoAccounts.All.Single(a => a.Roles.Contains(role)).Email);

    /// <summary>Saves a full-page screenshot as a test artifact (artifacts/screenshots/NAME.png).</summary>
    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, name + ".png"), FullPage = true });
    }
}
