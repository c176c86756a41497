using TechBridge.Core.Accounts;
using TechBridge.E2E.Infrastructure;

namespace TechBridge.E2E.Marketplace;

[Collection(InChromium.Name)]
public sealed class MarketplaceBrowsingTests(BrowserFixture browser)
{
    [Fact]
    public async Task Technologies_FilterAndOpen_ShowsPatentsAndTerms()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsRoleAsync(Roles.Company);
        await page.GotoAsync("/marketplace");
        await page.ClickAsync("[data-testid=technologies-link]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.ScreenshotAsync("technologies");

        await page.SelectOptionAsync("select[name=field]", "SECONDARY_BATTERY");
        await page.SelectOptionAsync("select[name=status]", "Available");
        await page.ClickAsync("[data-testid=search-submit]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var statuses = await page.Locator("[data-testid=technologies-table] [data-testid=status]").AllInnerTextsAsync();
        Assert.NotEmpty(statuses);
        Assert.All(statuses, s => Assert.Equal("이전 가능", s.Trim()));

        await page.Locator("[data-testid=technologies-table] tbody tr td a").First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.StartsWith("10-", (await page.Locator("[data-testid=patents] tbody td").First.TextContentAsync())!.Trim(), StringComparison.Ordinal);
        Assert.Contains("이전 조건", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await page.ScreenshotAsync("technology-detail");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task NeedForm_FixValidationErrorThenSave_ShowsTheNeedAndFindsEquipmentAndTechnologies()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsRoleAsync(Roles.Company);
        await page.GotoAsync("/marketplace/needs");
        await page.ClickAsync("[data-testid=new-need]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await page.FillAsync("#description", "전기차용 하이니켈 양극재의 고온 수명 특성을 충방전 시험으로 평가하고, 도핑·코팅으로 개선할 기술이 필요합니다.");
        await page.CheckAsync("input[name=Fields][value=SECONDARY_BATTERY]");
        await page.SelectOptionAsync("#stage", "DEVELOPMENT");
        await page.SelectOptionAsync("#trlMin", "6");
        await page.SelectOptionAsync("#trlMax", "4");
        await page.SelectOptionAsync("#cooperation", "JOINT_RESEARCH");
        await page.FillAsync("#budget", "50000");
        await page.FillAsync("#countries", "DE, US");
        await page.ClickAsync("[data-testid=save]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.True(await page.Locator("[data-testid=form-errors]").IsVisibleAsync());
        Assert.Contains("제목을 입력하세요.", await page.InnerTextAsync(".field-error[data-field=Title]"), StringComparison.Ordinal);
        Assert.Contains("최소 TRL은 최대 TRL보다 클 수 없습니다.", await page.InnerTextAsync(".field-error[data-field=TrlMax]"), StringComparison.Ordinal);
        Assert.StartsWith("전기차용 하이니켈", await page.InputValueAsync("#description"), StringComparison.Ordinal);
        await page.ScreenshotAsync("need-form-invalid");

        await page.FillAsync("#title", "하이니켈 양극재 고온 수명 개선 기술");
        await page.SelectOptionAsync("#trlMin", "4");
        await page.SelectOptionAsync("#trlMax", "6");
        await page.ClickAsync("[data-testid=save]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Matches("/marketplace/needs/[0-9a-f-]{36}$", page.Url);
        Assert.Equal("하이니켈 양극재 고온 수명 개선 기술", (await page.TextContentAsync("[data-testid=detail-title]"))!.Trim());
        Assert.Equal("5억원", (await page.TextContentAsync("[data-testid=budget]"))!.Trim());
        Assert.Contains("독일, 미국", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await page.ScreenshotAsync("need-detail");

        await page.ClickAsync("[data-testid=find-partners]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.True(await page.Locator("[data-testid=for-need]").IsVisibleAsync());
        Assert.True(await page.Locator("[data-testid=result-group][data-kind=Equipment] [data-testid=match-hit]").CountAsync() >= 1);
        Assert.True(await page.Locator("[data-testid=result-group][data-kind=Technology] [data-testid=match-hit]").CountAsync() >= 1);
        await page.ScreenshotAsync("matching-need-partners");
        await page.Locator("[data-testid=result-group][data-kind=Equipment] [data-testid=match-hit] a").First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains("/facilities/equipment/", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task FindPartners_ResearcherChoosesNeeds_ListsCompanyNeedsThatOpen()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsRoleAsync(Roles.Researcher);
        await page.GotoAsync("/matching");

        await page.FillAsync("#need", "고체전해질 이온전도도 계면 안정성");
        await page.SelectOptionAsync("select[name=kind]", "Need");
        await page.ClickAsync("[data-testid=match-submit]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.True(await page.Locator("[data-testid=result-group][data-kind=Need] [data-testid=match-hit]").CountAsync() >= 1);
        Assert.Equal(0, await page.Locator("[data-testid=result-group]:not([data-kind=Need])").CountAsync());
        await page.Locator("[data-testid=match-hit] a").First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains("/marketplace/needs/", page.Url, StringComparison.Ordinal);
        await page.ScreenshotAsync("need-detail-from-matching");
        await page.Context.CloseAsync();
    }
}
