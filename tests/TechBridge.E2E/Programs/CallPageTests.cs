using TechBridge.Core.Accounts;
using TechBridge.E2E.Infrastructure;

namespace TechBridge.E2E.Programs;

/// <summary>
/// A program manager drafts a call in the form (its errors first), publishes it from its page and extends its deadline; a company user finds it among the
/// open calls and reads its terms and review stages, in Korean and in English.
/// </summary>
[Collection(InChromium.Name)]
public sealed class CallPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Manager_PublishesAndExtendsACall_CompanyReadsItInBothLanguages()
    {
        var title = $"2027 글로벌 협력센터 공동연구 {Guid.NewGuid().ToString("N")[..6]}";
        var manager = await browser.NewPageAsync();
        await manager.SignInAsRoleAsync(Roles.ProgramManager);
        await manager.GotoAsync("/programs/calls");
        await manager.ClickAsync("[data-testid=new-call]");
        await manager.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await manager.ClickAsync("[data-testid=save]");
        await manager.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(await manager.Locator(".field-error").CountAsync() >= 4);
        await manager.ScreenshotAsync("call-0-form-errors");

        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9));
        await manager.SelectOptionAsync("#program", "GLOBAL_COOP_CENTERS");
        await manager.FillAsync("#titleKo", title);
        await manager.FillAsync("#titleEn", "2027 Global Cooperation Center joint research");
        await manager.FillAsync("#summaryKo", "해외 협력센터와 공동으로 수행할 연구과제를 공모합니다.");
        await manager.FillAsync("#opensAt", today.AddMinutes(-10).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await manager.FillAsync("#closesAt", today.AddDays(30).ToString("yyyy-MM-ddT18:00", System.Globalization.CultureInfo.InvariantCulture));
        await manager.FillAsync("#totalBudget", "18,000,000,000");
        await manager.FillAsync("#maxPerTask", "1,500,000,000");
        await manager.CheckAsync("#requiresDispatch");
        await manager.CheckAsync("#requiresOverseasPartner");
        await manager.CheckAsync("[data-testid=call-fields] input[value=SECONDARY_BATTERY]");
        await manager.CheckAsync("[data-testid=call-applicants] input[value=SmallBusiness]");
        await manager.CheckAsync("[data-testid=call-documents] input[value=DispatchPlan]");
        await manager.ScreenshotAsync("call-0-form-filled");
        await manager.ClickAsync("[data-testid=save]");
        await manager.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Matches("^/programs/calls/[0-9a-f-]{36}$", new Uri(manager.Url).AbsolutePath);
        var id = Guid.Parse(new Uri(manager.Url).AbsolutePath.Split('/')[^1]);
        Assert.Equal(title, (await manager.Locator("[data-testid=call-title]").TextContentAsync())?.Trim());
        Assert.Equal("작성 중", (await manager.Locator(".page-header [data-testid=status]").TextContentAsync())?.Trim());
        await manager.ScreenshotAsync("call-1-draft-manager");

        await manager.ClickAsync("[data-testid=publish-call]");
        await manager.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal("접수 중", (await manager.Locator(".page-header [data-testid=status]").TextContentAsync())?.Trim());
        await manager.FillAsync("#closesAt", "2000-01-01T00:00");
        await manager.ClickAsync("[data-testid=extend-call]");
        await manager.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains("새 마감은", await manager.Locator("[data-testid=call-manage]").TextContentAsync(), StringComparison.Ordinal);
        await manager.ScreenshotAsync("call-2-extend-error");
        var later = DateTimeOffset.UtcNow.AddDays(45).ToOffset(TimeSpan.FromHours(9));
        await manager.FillAsync("#closesAt", later.ToString("yyyy-MM-ddT18:00", System.Globalization.CultureInfo.InvariantCulture));
        await manager.ClickAsync("[data-testid=extend-call]");
        await manager.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains(later.ToString("yyyy-MM-dd 18:00", System.Globalization.CultureInfo.InvariantCulture),
            await manager.Locator("[data-testid=call-terms]").TextContentAsync(), StringComparison.Ordinal);
        await manager.Context.CloseAsync();

        var company = await browser.NewPageAsync();
        await company.SignInAsRoleAsync(Roles.Company);
        await company.GotoAsync("/programs/calls?phase=open&q=" + Uri.EscapeDataString(title));
        var row = company.Locator("[data-testid=call]", new() { HasText = title });
        Assert.Equal(1, await row.CountAsync());
        await company.ScreenshotAsync("call-3-list-company");
        await row.Locator("[data-testid=call-title]").ClickAsync();
        await company.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal(0, await company.Locator("[data-testid=call-manage]").CountAsync());
        Assert.Contains("국내 전문가 패널 평가", await company.Locator("[data-testid=call-stages]").TextContentAsync(), StringComparison.Ordinal);
        await company.ScreenshotAsync("call-4-page-company");

        await company.GotoAsync($"/programs/calls/{id}?culture=en");
        Assert.Contains("Domestic expert panel", await company.Locator("[data-testid=call-stages]").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("Open", await company.Locator(".page-header [data-testid=status]").TextContentAsync(), StringComparison.Ordinal);
        await company.ScreenshotAsync("call-5-page-english");
        await company.Context.CloseAsync();
    }
}
