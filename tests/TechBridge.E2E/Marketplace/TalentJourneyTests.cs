using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TechBridge.Core.Accounts;
using TechBridge.E2E.Infrastructure;

namespace TechBridge.E2E.Marketplace;

/// <summary>
/// Talent in the browser. Hi-TECH: the demo researcher fills in a talent profile (a young researcher without a PhD year is
/// refused first); the demo company files a need and finds the researcher among the candidates with the shared words,
/// proposes; the researcher (in English) accepts; the company starts a call proposal from the consortium draft. K-TAG: the
/// company asks for advice (an empty form is refused first), the coordinator assigns the best-ranked member and logs the
/// session, the company sees the outcome.
/// </summary>
[Collection(InChromium.Name)]
public sealed partial class TalentJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task HiTech_ResearcherProfileCompanyProposesResearcherAccepts_ProposalStartsFromTheDraft()
    {
        var suffix = Guid.NewGuid().ToString("N")[..5];
        var researcherName = DemoAccounts.All.Single(a => a.Roles.Contains(Roles.Researcher)).DisplayName;
        var year = (DateTime.UtcNow.Year - 2).ToString(CultureInfo.InvariantCulture);

        var researcher = await browser.NewPageAsync();
        await researcher.SignInAsRoleAsync(Roles.Researcher);
        await researcher.GotoAsync("/account/talent");
        await researcher.SelectOptionAsync("[data-testid=talent-stage]", "YoungResearcher");
        await researcher.ClickAsync("[data-testid=talent-save]");
        await researcher.Locator("[data-field=phdYear]").WaitForAsync();
        Assert.Contains("박사 학위 취득 연도", await researcher.Locator("[data-field=phdYear]").TextContentAsync() ?? "", StringComparison.Ordinal);
        await researcher.ScreenshotAsync("talent-1-profile-refused");
        await researcher.FillAsync("[data-testid=talent-phd]", year);
        await researcher.FillAsync("[data-testid=talent-skills]", $"초정밀 스핀들 진동 진단, 공구 마모 예측 HT{suffix}");
        await researcher.Locator("input[name=Fields][value=ADVANCED_MANUFACTURING]").CheckAsync();
        await researcher.ClickAsync("[data-testid=talent-save]");
        await researcher.Locator("[data-testid=talent-saved]").WaitForAsync();
        await researcher.ScreenshotAsync("talent-2-profile-saved");

        var company = await browser.NewPageAsync();
        await company.SignInAsRoleAsync(Roles.Company);
        await company.GotoAsync("/marketplace/needs/new");
        await company.FillAsync("#title", $"스핀들 진동 기반 공구 마모 예측 HT{suffix}");
        await company.FillAsync("#description", $"가공 라인의 초정밀 스핀들 진동 진단으로 공구 마모를 예측할 신진연구자를 찾습니다. HT{suffix}");
        await company.Locator("#stage").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await company.Locator("#cooperation").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await company.ClickAsync("[data-testid=save]");
        await company.WaitForURLAsync(NeedUrl());
        var needId = NeedUrl().Match(company.Url).Groups[1].Value;

        await company.ClickAsync("[data-testid=nav-hitech]");
        await company.ClickAsync($"[data-testid=hitech-need][href$='{needId}']");
        var row = company.Locator($"[data-testid=candidate-row][data-name=\"{researcherName}\"]");
        for (var attempt = 0; attempt < 40 && await row.CountAsync() == 0; attempt++)
        {
            // The partner index takes in the new profile in the background.
            await Task.Delay(250);
            await company.ReloadAsync();
        }

        Assert.Contains("HT" + suffix, await row.TextContentAsync() ?? "", StringComparison.OrdinalIgnoreCase);
        await row.Locator("input[name=message]").FillAsync("공구 마모 예측 과제를 함께 수행하고 싶습니다.");
        await company.ScreenshotAsync("talent-3-candidates");
        await row.Locator("[data-testid=propose]").ClickAsync();
        await company.WaitForURLAsync(new Regex("/marketplace/hitech/[0-9a-f-]{36}\\?proposed=1$"));
        Assert.Contains("제안했습니다", await company.Locator("[data-testid=match-notice]").TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Contains("수락하면 보입니다", await company.Locator("[data-testid=match-contact]").TextContentAsync() ?? "", StringComparison.Ordinal);
        var matchUrl = new Uri(company.Url).AbsolutePath;

        await researcher.GotoAsync("/marketplace/hitech");
        await researcher.Locator($"[data-testid=hitech-row] a[href='{matchUrl}']").WaitForAsync();
        await researcher.GotoAsync(matchUrl + "?culture=en");
        await researcher.Locator("[data-testid=match-answer]").WaitForAsync();
        Assert.Contains("Awaiting answer", await researcher.ContentAsync(), StringComparison.Ordinal);
        await researcher.ScreenshotAsync("talent-4-researcher-answers-en");
        await researcher.ClickAsync("[data-testid=accept]");
        await researcher.Locator("[data-testid=consortium-draft]").WaitForAsync();

        await company.GotoAsync(matchUrl);
        Assert.Contains(DemoAccounts.All.Single(a => a.Roles.Contains(Roles.Researcher)).Email, await company.Locator("[data-testid=match-contact]").TextContentAsync() ?? "",
            StringComparison.OrdinalIgnoreCase);
        await company.ScreenshotAsync("talent-5-consortium-draft");
        await company.SelectOptionAsync("[data-testid=start-call]", new SelectOptionValue { Index = 0 });
        await company.ClickAsync("[data-testid=start-proposal]");
        await company.WaitForURLAsync(new Regex("/programs/proposals/[0-9a-f-]{36}/edit$"));
        await company.ScreenshotAsync("talent-6-proposal-from-draft");
        var proposalId = Guid.Parse(new Regex("/programs/proposals/([0-9a-f-]{36})/edit$").Match(company.Url).Groups[1].Value);
        var (title, partners, researchers) = await browser.WithDbAsync(async db =>
        {
            var p = await db.Proposals.AsNoTracking().Include(x => x.Partners).Include(x => x.Researchers).SingleAsync(x => x.Id == proposalId);
            return (p.TitleKo, p.Partners.Count, p.Researchers.Select(r => r.Name).ToList());
        });
        Assert.Equal(($"스핀들 진동 기반 공구 마모 예측 HT{suffix}", 2), (title, partners));
        Assert.Equal([researcherName], researchers);
    }

    [Fact]
    public async Task Ktag_CompanyAsksCoordinatorAssignsAndLogs_CompanySeesTheOutcome()
    {
        var topic = $"독일 자동차 부품 공급망 진입 {Guid.NewGuid().ToString("N")[..4]}";
        var company = await browser.NewPageAsync();
        await company.SignInAsRoleAsync(Roles.Company);
        await company.ClickAsync("[data-testid=nav-advisory]");
        await company.ClickAsync("[data-testid=advisory-submit]");
        await company.Locator("[data-field=topic]").WaitForAsync();
        await company.ScreenshotAsync("ktag-1-empty-refused");
        await company.FillAsync("[data-testid=advisory-topic]", topic);
        await company.FillAsync("[data-testid=advisory-question]", "독일 완성차 1차 협력사와 공동개발을 시작하려면 어떤 인증과 절차가 필요한지 알고 싶습니다.");
        await company.SelectOptionAsync("[data-testid=advisory-country]", "DE");
        await company.SelectOptionAsync("[data-testid=advisory-field]", "FUTURE_MOBILITY");
        await company.ClickAsync("[data-testid=advisory-submit]");
        await company.WaitForURLAsync(new Regex("/marketplace/advisory/[0-9a-f-]{36}$"));
        var url = new Uri(company.Url).AbsolutePath;
        Assert.Contains("배정 대기", await company.ContentAsync(), StringComparison.Ordinal);

        var coordinator = await browser.NewPageAsync();
        await coordinator.SignInAsRoleAsync(Roles.Coordinator);
        await coordinator.GotoAsync("/marketplace/advisory");
        await coordinator.ClickAsync($"[data-testid=advisory-row] a[href='{url}']");
        var first = await coordinator.Locator("[data-testid=advisory-member-select] option").First.TextContentAsync() ?? "";
        Assert.Contains("독일", first, StringComparison.Ordinal);
        await coordinator.ScreenshotAsync("ktag-2-assign");
        await coordinator.ClickAsync("[data-testid=advisory-assign-submit]");
        await coordinator.Locator("[data-testid=advisory-log]").WaitForAsync();
        await coordinator.FillAsync("[data-testid=advisory-session-on]", DateTime.UtcNow.AddHours(9).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await coordinator.SelectOptionAsync("[data-testid=advisory-outcome-select]", "PartnerIntroduced");
        await coordinator.FillAsync("[data-testid=advisory-outcome-note]", "현지 1차 협력사 두 곳과 화상 회의를 주선했습니다.");
        await coordinator.ClickAsync("[data-testid=advisory-log-submit]");
        await coordinator.Locator("[data-testid=advisory-outcome]").WaitForAsync();

        await company.GotoAsync(url + "?culture=en");
        Assert.Equal("Partner introduced", (await company.Locator("[data-testid=advisory-outcome]").TextContentAsync())?.Trim());
        await company.ScreenshotAsync("ktag-3-company-sees-outcome-en");
    }

    [GeneratedRegex("/marketplace/needs/([0-9a-f-]{36})$")]
    private static partial Regex NeedUrl();
}
