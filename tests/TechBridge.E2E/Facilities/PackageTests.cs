using TechBridge.Core.Accounts;
using TechBridge.E2E.Infrastructure;

namespace TechBridge.E2E.Facilities;

/// <summary>
/// The demo center's operator creates a service package from the center page; it shows there, on its equipment's page and on
/// its own page, where a company starts a support request.
/// </summary>
[Collection(InChromium.Name)]
public sealed class PackageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Operator_CreatesAPackageOnTheCenterPage_CenterAndEquipmentPagesShowIt()
    {
        var center = await browser.WithDbAsync(db => db.DemoCenterAsync());
        var name = $"XRD 결정구조 분석 패키지 {Guid.NewGuid().ToString("N")[..6]}";
        var page = await browser.NewPageAsync();
        await page.SignInAsRoleAsync(Roles.CenterOperator);
        await page.GotoAsync($"/directory/organizations/{center}");
        await page.ClickAsync("[data-testid=new-package]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.ClickAsync("[data-testid=save]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(await page.Locator(".field-error").CountAsync() >= 3);
        await page.ScreenshotAsync("package-1-form-errors");

        await page.FillAsync("#nameKo", name);
        await page.FillAsync("#nameEn", "XRD crystal structure package");
        await page.FillAsync("#descriptionKo", "XRD 4시간 측정과 분석 보고서, 결과 해석 상담 1회");
        await page.SelectOptionAsync("#kind0", "EquipmentUse");
        var equipment = (await page.Locator("#equipment0 option").Nth(1).GetAttributeAsync("value"))!;
        await page.SelectOptionAsync("#equipment0", equipment);
        await page.FillAsync("#quantity0", "4");
        await page.SelectOptionAsync("#unit0", "Hours");
        await page.SelectOptionAsync("#kind1", "Consulting");
        await page.FillAsync("#quantity1", "1");
        await page.SelectOptionAsync("#unit1", "Sessions");
        await page.FillAsync("#note1", "결과 해석 상담");
        await page.FillAsync("#price", "330,000");
        await page.ScreenshotAsync("package-2-form-filled");
        await page.ClickAsync("[data-testid=save]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.EndsWith($"/directory/organizations/{center}", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        var card = page.Locator("[data-testid=package]", new() { HasText = name });
        Assert.Equal(1, await card.CountAsync());
        Assert.Contains("330,000원 + 부가세 33,000원 = 363,000원", await card.Locator("[data-testid=package-price]").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("4시간", await card.Locator("[data-testid=package-components]").TextContentAsync(), StringComparison.Ordinal);
        await card.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync("package-3-center-page");

        await page.GotoAsync($"/facilities/equipment/{equipment}");
        Assert.Equal(1, await page.Locator("[data-testid=package]", new() { HasText = name }).CountAsync());
        await page.Locator("[data-testid=package-section]").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync("package-4-equipment-page");

        await page.Locator("[data-testid=package]", new() { HasText = name }).Locator("[data-testid=package-name] a").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Matches("^/facilities/packages/[0-9a-f-]{36}$", new Uri(page.Url).AbsolutePath);
        Assert.Equal(name, (await page.Locator("[data-testid=package-name]").TextContentAsync())?.Trim());
        Assert.Equal(1, await page.Locator("[data-testid=edit-package]").CountAsync());
        Assert.Equal(0, await page.Locator("[data-testid=package-request]").CountAsync());
        var detail = page.Url;
        await page.Context.CloseAsync();

        var company = await browser.NewPageAsync();
        await company.SignInAsRoleAsync(Roles.Company);
        await company.GotoAsync(detail);
        Assert.Equal(0, await company.Locator("[data-testid=edit-package]").CountAsync());
        Assert.Contains("363,000원", await company.Locator("[data-testid=package-price]").TextContentAsync(), StringComparison.Ordinal);
        await company.ScreenshotAsync("package-5-detail-company");
        await company.ClickAsync("[data-testid=package-request]");
        await company.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.EndsWith("/facilities/requests/new", new Uri(company.Url).AbsolutePath, StringComparison.Ordinal);
        await company.Context.CloseAsync();
    }
}
