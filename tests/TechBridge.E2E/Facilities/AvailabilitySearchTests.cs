using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TechBridge.Core.Accounts;
using TechBridge.E2E.Infrastructure;

namespace TechBridge.E2E.Facilities;

/// <summary>
/// A company looks for the first free two days on any XRD in 소재 from the catalogue's "빈 일정 찾기", follows a result to the
/// item's day on its calendar, and sees the same search in English (by the page's culture parameter, so the shared demo
/// account's language preference is left alone).
/// </summary>
[Collection(InChromium.Name)]
public sealed partial class AvailabilitySearchTests(BrowserFixture browser)
{
    [Fact]
    public async Task AvailabilitySearch_XrdTwoDays_ResultLinksToTheItemOnThatDay()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsRoleAsync(Roles.Company);
        await page.GotoAsync("/facilities/equipment");
        await page.ClickAsync("[data-testid=find-free-time]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.EndsWith("/facilities/availability", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);

        await page.FillAsync("[data-testid=availability-filters] input[name=q]", "XRD");
        await page.SelectOptionAsync("[data-testid=availability-filters] select[name=industry]", "MATERIALS");
        await page.FillAsync("[data-testid=availability-length]", "2");
        await page.SelectOptionAsync("[data-testid=availability-unit]", "days");
        await page.ClickAsync("[data-testid=availability-submit]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var rows = page.Locator("[data-testid=availability-table] tbody tr");
        Assert.True(await rows.CountAsync() > 0);
        await page.ScreenshotAsync("availability-1");
        Assert.Contains("KST", await rows.First.InnerTextAsync(), StringComparison.Ordinal);
        var search = page.Url;

        await rows.First.Locator("[data-testid=availability-book]").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Matches(EquipmentDay(), page.Url);
        Assert.True(await page.Locator("[data-testid=calendar-grid] td[data-state=Free]").CountAsync() > 0);

        await page.GotoAsync(search + "&culture=en");
        Assert.Equal("Find free time", (await page.TextContentAsync("h1"))!.Trim());
        Assert.True(await page.Locator("[data-testid=availability-table] tbody tr").CountAsync() > 0);
        await page.ScreenshotAsync("availability-2-en");
        await page.Context.CloseAsync();
    }

    [GeneratedRegex("/facilities/equipment/[0-9a-f-]{36}\\?view=day&date=\\d{4}-\\d{2}-\\d{2}$")]
    private static partial Regex EquipmentDay();
}
