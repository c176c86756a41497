using TechBridge.Core.Accounts;
using TechBridge.E2E.Infrastructure;

namespace TechBridge.E2E.Facilities;

/// <summary>An operator registers equipment at the center and blocks a maintenance day; a program manager sets an industry's representative institution.</summary>
[Collection(InChromium.Name)]
public sealed class CenterManagementTests(BrowserFixture browser)
{
    [Fact]
    public async Task Operator_RegistersEquipmentAndBlocksADay_CalendarShowsTheBlackout()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsRoleAsync(Roles.CenterOperator);
        await page.GotoAsync("/facilities/equipment");
        await page.ClickAsync("[data-testid=new-equipment]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.ClickAsync("[data-testid=save]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(await page.Locator(".field-error").CountAsync() > 0);
        await page.ScreenshotAsync("center-1-equipment-form-errors");

        await page.FillAsync("#nameKo", "주사전자현미경 E2E");
        await page.FillAsync("#nameEn", "Scanning electron microscope E2E");
        await page.SelectOptionAsync("#industry", "MATERIALS");
        await page.FillAsync("#trlMin", "3");
        await page.FillAsync("#trlMax", "7");
        await page.CheckAsync("input[name=Stages] >> nth=0");
        await page.FillAsync("#descriptionKo", "시료 표면의 미세 구조를 관찰하는 전계방출형 주사전자현미경");
        await page.FillAsync("#fee", "80,000");
        await page.FillAsync("#opensAt", "09:00");
        await page.FillAsync("#closesAt", "18:00");
        await page.ClickAsync("[data-testid=save]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Matches("/facilities/equipment/[0-9a-f-]{36}$", page.Url);
        Assert.Equal("주사전자현미경 E2E", (await page.TextContentAsync("[data-testid=detail-title]"))!.Trim());
        Assert.Contains("시간당 80,000원", await page.TextContentAsync("[data-testid=fee]"), StringComparison.Ordinal);

        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9)).AddDays(10);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        await page.FillAsync("#blackoutStartDate", day.ToString("yyyy-MM-dd"));
        await page.FillAsync("#blackoutStartTime", "09:00");
        await page.FillAsync("#blackoutEndDate", day.ToString("yyyy-MM-dd"));
        await page.FillAsync("#blackoutEndTime", "18:00");
        await page.FillAsync("#blackoutReason", "정기 교정");
        await page.ClickAsync("[data-testid=add-blackout]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal(1, await page.Locator("[data-testid=blackout]").CountAsync());
        var url = new Uri(page.Url).AbsolutePath;
        await page.GotoAsync($"{url}?view=day&date={day:yyyy-MM-dd}");
        Assert.Equal(9, await page.Locator("[data-testid=calendar-grid] td[data-state=Blocked]").CountAsync());
        await page.ScreenshotAsync("center-2-blackout-on-calendar");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ProgramManager_SetsRepresentativeInstitution_OverviewNamesIt()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsRoleAsync(Roles.ProgramManager);
        await page.GotoAsync("/facilities");
        await page.ClickAsync("[data-testid=industries-link]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.SelectOptionAsync("#industry", "SHIPBUILDING_MARINE");
        var option = page.Locator("#organization optgroup option").Nth(3);
        var name = (await option.TextContentAsync())!.Trim();
        await page.SelectOptionAsync("#organization", (await option.GetAttributeAsync("value"))!);
        await page.ClickAsync("[data-testid=save]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains(name, await page.TextContentAsync("[data-testid=industry-lead][data-code=SHIPBUILDING_MARINE]"), StringComparison.Ordinal);
        await page.ScreenshotAsync("center-3-representatives");
        await page.Context.CloseAsync();
    }
}
