using TechBridge.Core.Accounts;
using TechBridge.E2E.Infrastructure;

namespace TechBridge.E2E.Shell;

/// <summary>The strict Content-Security-Policy must not break any page: Chromium reports every violation on the console.</summary>
[Collection(InChromium.Name)]
public sealed class ContentSecurityPolicyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Pages_UnderTheContentSecurityPolicy_RenderWithoutViolations()
    {
        var page = await browser.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                violations.Add($"{page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => violations.Add($"{page.Url}: {error}");

        var login = await page.GotoAsync("/account/login");
        var csp = await login!.HeaderValueAsync("content-security-policy");
        await page.SignInAsRoleAsync(Roles.Administrator);
        foreach (var path in new[] { "/", "/directory/organizations", "/matching?need=배터리", "/admin/audit", "/account/tokens", "/api/docs" })
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        var swaggerRendered = await page.Locator(".swagger-ui").CountAsync();
        Assert.True(violations.Count == 0, "Console errors under the policy:\n" + string.Join("\n", violations));
        Assert.True(swaggerRendered > 0, "Swagger UI rendered under its policy");
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
