using TechBridge.Core.Accounts;
using TechBridge.E2E.Infrastructure;

namespace TechBridge.E2E.Shell;

/// <summary>The reviewer's account prefers English: the newer screens must be English throughout, not only the shell.</summary>
[Collection(InChromium.Name)]
public sealed class EnglishPagesTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/facilities/equipment", "Research equipment", "equipment-list-en")]
    [InlineData("/marketplace/technologies", "Public technology transfer", "technologies-en")]
    [InlineData("/marketplace/needs", "Company technology needs", "needs-en")]
    public async Task ListThenDetail_EnglishAccount_ShowEnglishLabels(string path, string heading, string screenshot)
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsRoleAsync(Roles.Reviewer);

        await page.GotoAsync(path);

        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal(heading, (await page.TextContentAsync("h1"))!.Trim());
        await page.ScreenshotAsync(screenshot);
        await page.Locator("main table tbody tr td a").First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.NotEmpty((await page.TextContentAsync("[data-testid=detail-title]"))!.Trim());
        var labels = await page.Locator("main dt, main th, main .label").AllInnerTextsAsync();
        Assert.All(labels, label => Assert.DoesNotMatch("[가-힣]", label));
        await page.ScreenshotAsync(screenshot.Replace("-en", "-detail-en", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }
}
