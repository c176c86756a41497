using TechBridge.E2E.Infrastructure;

namespace TechBridge.E2E.Shell;

[Collection(InChromium.Name)]
public sealed class StylesheetTests(BrowserFixture browser)
{
    [Fact]
    public async Task LoginPage_InChromium_IsStyledByTheAppStylesheet()
    {
        var page = await browser.NewPageAsync();
        var failed = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                failed.Add($"{response.Status} {response.Url}");
            }
        };

        await page.GotoAsync("/account/login");
        var background = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.topbar')).backgroundColor");

        Assert.Empty(failed);
        Assert.Equal("rgb(255, 255, 255)", background);
        await page.Context.CloseAsync();
    }
}
