using TechBridge.Core.Accounts;
using TechBridge.E2E.Infrastructure;

namespace TechBridge.E2E.Facilities;

/// <summary>Each role's home shows its own i-Platform work.</summary>
[Collection(InChromium.Name)]
public sealed class WorkspaceTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(Roles.Company, "workspace-upcoming", "workspace-company")]
    [InlineData(Roles.CenterOperator, "workspace-pending", "workspace-operator")]
    [InlineData(Roles.Coordinator, "workspace-pending", "workspace-coordinator")]
    [InlineData(Roles.ProgramManager, "workspace-utilisation", "workspace-pm")]
    public async Task Home_SignedInRole_ShowsItsOwnWork(string role, string section, string screenshot)
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsRoleAsync(role);
        await page.GotoAsync("/");
        Assert.Equal(1, await page.Locator($"[data-testid=workspace] [data-testid^={section}]").CountAsync());
        await page.ScreenshotAsync(screenshot);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Home_Researcher_ShowsNoWorkspace()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsRoleAsync(Roles.Researcher);
        await page.GotoAsync("/");
        Assert.Equal(0, await page.Locator("[data-testid=workspace]").CountAsync());
        await page.Context.CloseAsync();
    }
}
