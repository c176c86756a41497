using TechBridge.Core.Accounts;
using TechBridge.E2E.Infrastructure;

namespace TechBridge.E2E.Facilities;

/// <summary>The program manager's utilisation view over the demo year: rates by month and industry, upgrade and disposal candidates, an Excel export.</summary>
[Collection(InChromium.Name)]
public sealed class UtilisationTests(BrowserFixture browser)
{
    [Fact]
    public async Task Utilisation_ProgramManager_ShowsChartsCandidatesAndExports()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsRoleAsync(Roles.ProgramManager);
        await page.GotoAsync("/facilities/utilisation");
        Assert.Equal(12, await page.Locator("[data-testid=chart-months] rect").CountAsync());
        Assert.Equal(6, await page.Locator("[data-testid=chart-industries] rect").CountAsync());
        var rate = (await page.TextContentAsync("[data-testid=utilisation-rate]"))!.Trim();
        Assert.NotEqual("0.0%", rate);
        Assert.True(await page.Locator("[data-testid=upgrade-candidates] tbody tr").CountAsync() > 0);
        Assert.True(await page.Locator("[data-testid=disposal-candidates] tbody tr").CountAsync() > 0);
        await page.ScreenshotAsync("utilisation-pm");
        await page.Locator("main section.panel").First.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "utilisation-pm-charts.png") });

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=utilisation-xlsx]"));
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
