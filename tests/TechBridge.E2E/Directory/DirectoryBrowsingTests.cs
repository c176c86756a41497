using System.Text;
using TechBridge.Core.Accounts;
using TechBridge.E2E.Infrastructure;

namespace TechBridge.E2E.Directory;

[Collection(InChromium.Name)]
public sealed class DirectoryBrowsingTests(BrowserFixture browser)
{
    [Fact]
    public async Task Organizations_SearchFilterPageAndOpen_ShowsMatchingDetail()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsRoleAsync(Roles.Company);
        await page.GotoAsync("/directory/organizations");
        await page.ScreenshotAsync("organizations");
        var total = await page.TextContentAsync("[data-testid=result-count]");

        await page.SelectOptionAsync("select[name=kind]", "Company");
        await page.SelectOptionAsync("select[name=field]", "SEMICONDUCTOR");
        await page.ClickAsync("[data-testid=search-submit]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Contains("kind=Company", page.Url, StringComparison.Ordinal);
        Assert.NotEqual(total, await page.TextContentAsync("[data-testid=result-count]"));
        var kinds = await page.Locator("[data-testid=organizations-table] tbody tr td:nth-child(2)").AllInnerTextsAsync();
        Assert.NotEmpty(kinds);
        Assert.All(kinds, k => Assert.StartsWith("기업", k, StringComparison.Ordinal));
        await page.ScreenshotAsync("organizations-filtered");

        var first = page.Locator("[data-testid=organizations-table] tbody tr td a").First;
        var name = (await first.TextContentAsync())!.Trim();
        await first.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal(name, (await page.TextContentAsync("[data-testid=detail-title]"))!.Trim());
        Assert.Contains("반도체", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await page.ScreenshotAsync("organization-detail");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task People_NextPageAndOpen_ShowsPublications()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsRoleAsync(Roles.Researcher);
        await page.GotoAsync("/directory/people");
        await page.ScreenshotAsync("people");
        var firstPageNames = await page.Locator("[data-testid=people-table] tbody tr td:first-child a").AllInnerTextsAsync();

        await page.ClickAsync("[data-testid=next-page]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var secondPageNames = await page.Locator("[data-testid=people-table] tbody tr td:first-child a").AllInnerTextsAsync();

        Assert.Contains("page=2", page.Url, StringComparison.Ordinal);
        Assert.Empty(firstPageNames.Intersect(secondPageNames));
        await page.Locator("[data-testid=people-table] tbody tr td:first-child a").First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(await page.Locator("[data-testid=publications] li").CountAsync() >= 1);
        await page.ScreenshotAsync("person-detail");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ExportLink_Clicked_DownloadsTheFilteredListAsCsv()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsRoleAsync(Roles.ProgramManager);
        await page.GotoAsync("/directory/organizations?kind=CooperationCenter");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=export-csv]"));
        var path = await download.PathAsync();
        var text = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(path!));

        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.StartsWith("\uFEFFID,국문 이름", text, StringComparison.Ordinal);
        Assert.Contains("Fraunhofer", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",기업,", text, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task FindPartners_KoreanNeed_ShowsExplainedPartnersThatOpen()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsRoleAsync(Roles.Company);
        await page.GotoAsync("/matching");

        await page.FillAsync("#need", "전고체 배터리용 고체전해질을 함께 개발할 해외 연구기관");
        await page.ClickAsync("[data-testid=match-submit]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.True(await page.Locator("[data-testid=match-hit]").CountAsync() >= 5);
        Assert.Contains("근거", await page.InnerTextAsync("[data-testid=match-hit] >> nth=0"), StringComparison.Ordinal);
        await page.ScreenshotAsync("matching-results");
        foreach (var group in await page.Locator("[data-testid=result-group]").AllAsync())
        {
            // At most five confident partners show per group; weaker ones wait in a closed fold, and a group without any
            // confident partner says so.
            var shown = await group.Locator("[data-testid=match-hit]:visible").CountAsync();
            Assert.InRange(shown, 0, 5);
            Assert.True(shown > 0 || await group.Locator("[data-testid=no-confident]").CountAsync() == 1);
        }

        // The people group has more than five: its link shows the whole group, and only that group.
        var people = page.Locator("[data-testid=result-group][data-kind=Person]");
        await people.Locator("[data-testid=group-more]").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(await page.Locator("[data-testid=result-group][data-kind=Person] [data-testid=match-hit]").CountAsync() > 5);
        Assert.Equal(0, await page.Locator("[data-testid=result-group]:not([data-kind=Person])").CountAsync());
        Assert.Equal("전고체 배터리용 고체전해질을 함께 개발할 해외 연구기관", await page.InputValueAsync("#need"));
        await page.ScreenshotAsync("matching-results-people");
        await page.ClickAsync("[data-testid=all-groups]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(await page.Locator("[data-testid=result-group]").CountAsync() > 1);
        await page.Locator("[data-testid=match-hit] a").First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.NotEmpty((await page.TextContentAsync("[data-testid=detail-title]"))!.Trim());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task FindPartners_StageAndBudgetFiltersAndWeakerFold_WorkInEnglish()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsRoleAsync(Roles.Company);
        await page.GotoAsync("/matching");
        await page.ClickAsync("[data-testid=lang-switch]"); // to English, as a person does: the account keeps the choice
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        try
        {
            await SearchWithFiltersInEnglishAsync(page);
        }
        finally
        {
            await page.ClickAsync("[data-testid=lang-switch]"); // back to Korean: other tests sign in to the same account
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await page.Context.CloseAsync();
        }
    }

    private static async Task SearchWithFiltersInEnglishAsync(IPage page)
    {
        await page.FillAsync("#need", "battery electrode material manufacturing technology");
        await page.SelectOptionAsync("select[name=kind]", "Technology");
        await page.SelectOptionAsync("select[name=stage]", "DEVELOPMENT");
        await page.FillAsync("[data-testid=budget]", "50000000");
        await page.ClickAsync("[data-testid=match-submit]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal("DEVELOPMENT", await page.InputValueAsync("select[name=stage]"));
        Assert.Equal("50000000", await page.InputValueAsync("[data-testid=budget]"));
        var hits = page.Locator("[data-testid=match-hit]");
        Assert.True(await hits.CountAsync() > 0);
        foreach (var text in await hits.Locator(".result-head").AllTextContentsAsync())
        {
            Assert.Matches("TRL [56]", text); // the development stage is TRL 5–6
        }

        Assert.DoesNotMatch(@"\bbatteri\b", await page.InnerTextAsync("main")); // explanations in words, never stems
        var fold = page.Locator("[data-testid=weaker-matches]").First;
        if (await fold.CountAsync() > 0)
        {
            Assert.False(await fold.Locator("[data-testid=match-hit]").First.IsVisibleAsync());
            await fold.Locator("summary").ClickAsync();
            Assert.True(await fold.Locator("[data-testid=match-hit]").First.IsVisibleAsync());
            Assert.Contains("Weaker matches", await fold.Locator("summary").InnerTextAsync(), StringComparison.Ordinal);
        }

        await page.ScreenshotAsync("matching-filters-en");

        // A budget in words is refused with a message, and nothing is searched.
        await page.FillAsync("[data-testid=budget]", "");
        await page.GotoAsync("/matching?kind=Technology&need=battery&budget=lots");
        Assert.Contains("Budget up to (KRW) must be a number", await page.InnerTextAsync("[role=alert]"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("[data-testid=match-hit]").CountAsync());
    }

    [Fact]
    public async Task FindPartners_VagueNeed_FoldsEveryHitAsWeaker()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsRoleAsync(Roles.Company);
        await page.GotoAsync("/matching?need=" + Uri.EscapeDataString("기술 개발 시스템"));

        Assert.True(await page.Locator("[data-testid=no-confident]").CountAsync() > 0);
        Assert.Equal(0, await page.Locator("[data-testid=match-hit]:visible").CountAsync());
        var fold = page.Locator("[data-testid=weaker-matches]").First;
        await fold.Locator("summary").ClickAsync();
        Assert.True(await fold.Locator("[data-testid=match-hit]").First.IsVisibleAsync());
        Assert.Contains("약한 일치", await fold.Locator("summary").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync("matching-weaker");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/programs", "programs", "글로벌 산업기술 협력센터")]
    [InlineData("/facilities", "facilities", "6대 업종")]
    [InlineData("/marketplace", "marketplace", "인바운드")]
    [InlineData("/matching", "matching", "필요한 기술을 설명하세요")]
    [InlineData("/programs/ALCHEMIST_PLUS", "program-alchemist-plus", "단계")]
    [InlineData("/programs/GLOBAL_COOP_CENTERS", "program-global-coop-centers", "395억원")]
    public async Task ServicePage_SignedIn_RendersReferenceContent(string path, string screenshot, string expected)
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsRoleAsync(Roles.Coordinator);

        await page.GotoAsync(path);

        Assert.Contains(expected, await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await page.ScreenshotAsync(screenshot);
        await page.Context.CloseAsync();
    }
}
