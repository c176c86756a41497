using TechBridge.Core.Accounts;
using TechBridge.E2E.Infrastructure;

namespace TechBridge.E2E.Facilities;

[Collection(InChromium.Name)]
public sealed class EquipmentBrowsingTests(BrowserFixture browser)
{
    [Fact]
    public async Task Equipment_FilterByIndustryAndStageThenOpen_ShowsTheCenterStagesAndServices()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsRoleAsync(Roles.Company);
        await page.GotoAsync("/facilities");
        await page.ClickAsync("[data-testid=equipment-link]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.EndsWith("/facilities/equipment", page.Url, StringComparison.Ordinal);
        await page.ScreenshotAsync("equipment-list");
        var total = await page.TextContentAsync("[data-testid=result-count]");

        await page.SelectOptionAsync("select[name=industry]", "BIO");
        await page.SelectOptionAsync("select[name=stage]", "DEVELOPMENT");
        await page.ClickAsync("[data-testid=search-submit]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Contains("industry=BIO", page.Url, StringComparison.Ordinal);
        Assert.NotEqual(total, await page.TextContentAsync("[data-testid=result-count]"));
        var industries = await page.Locator("[data-testid=equipment-table] tbody tr td:nth-child(3)").AllInnerTextsAsync();
        Assert.NotEmpty(industries);
        Assert.All(industries, i => Assert.Equal("바이오", i.Trim()));
        await page.ScreenshotAsync("equipment-list-filtered");

        var first = page.Locator("[data-testid=equipment-table] tbody tr td a").First;
        var name = (await first.TextContentAsync())!.Trim();
        await first.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal(name, (await page.TextContentAsync("[data-testid=detail-title]"))!.Trim());
        var main = await page.InnerTextAsync("main");
        Assert.Contains("개발연구", main, StringComparison.Ordinal);
        Assert.Contains("제공 서비스", main, StringComparison.Ordinal);
        Assert.NotEmpty((await page.TextContentAsync("[data-testid=description]"))!.Trim());
        await page.ScreenshotAsync("equipment-detail");

        await page.ClickAsync("[data-testid=center-link]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains("장비센터", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Equipment_ExportLink_DownloadsTheFilteredListAsExcel()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsRoleAsync(Roles.Coordinator);
        await page.GotoAsync("/facilities/equipment?industry=SHIPBUILDING_MARINE");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=export-xlsx]"));

        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.StartsWith("techbridge-equipment-", download.SuggestedFilename, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
