using Microsoft.Playwright;
using TechBridge.E2E.Infrastructure;

namespace TechBridge.E2E.Facilities.Assistant;

/// <summary>
/// A visitor who has not signed in asks i-Tube about the demo catalogue in Korean (typed, then an example question, the
/// first turn kept on the page) and in English (by the page's culture parameter, so no account is changed).
/// </summary>
[Collection(InChromium.Name)]
public sealed class AssistantTests(BrowserFixture browser)
{
    [Fact]
    public async Task Assistant_AnonymousKoreanThenEnglish_AnswersWithEquipmentCards()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/facilities/assistant");
        Assert.Equal("i-Tube 장비 도우미", (await page.TextContentAsync("h1"))!.Trim());

        await page.FillAsync("[data-testid=assistant-question]", "엑스선 회절 분석 장비 다음 주에 3시간 쓸 수 있나요?");
        await page.ClickAsync("[data-testid=assistant-ask]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var answer = await page.Locator("[data-testid=assistant-answer]").Last.InnerTextAsync();
        Assert.Contains("3시간 동안 쓸 수 있는 가장 빠른 시간은", answer, StringComparison.Ordinal);
        Assert.True(await page.Locator("[data-testid=assistant-card]").CountAsync() > 0);
        Assert.Contains("KST", await page.Locator("[data-testid=assistant-slot]").First.InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator("[data-testid=assistant-example]").Nth(2).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal(2, await page.Locator("[data-testid=assistant-turn]").CountAsync());
        Assert.Contains("부가세", await page.Locator("[data-testid=assistant-answer]").Last.InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync("assistant-1-ko");

        await page.GotoAsync("/facilities/assistant?culture=en");
        Assert.Equal("i-Tube equipment assistant", (await page.TextContentAsync("h1"))!.Trim());
        await page.FillAsync("[data-testid=assistant-question]", "Where can I find a scanning electron microscope?");
        await page.ClickAsync("[data-testid=assistant-ask]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.StartsWith("i-Tube Found", await page.Locator("[data-testid=assistant-answer]").Last.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("[data-testid=assistant-card]").CountAsync() > 0);
        await page.ScreenshotAsync("assistant-2-en");
        await page.Context.CloseAsync();
    }
}
