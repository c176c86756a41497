using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Programs.Calls;
using TechBridge.E2E.Infrastructure;

namespace TechBridge.E2E.Programs;

/// <summary>
/// A program manager publishes a drafted call from its page and extends its deadline; a company user finds it among the
/// open calls and reads its terms and review stages, in Korean and in English.
/// </summary>
[Collection(InChromium.Name)]
public sealed class CallPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Manager_PublishesAndExtendsACall_CompanyReadsItInBothLanguages()
    {
        var title = $"2027 글로벌 협력센터 공동연구 {Guid.NewGuid().ToString("N")[..6]}";
        var id = await DraftAsync(title);
        var manager = await browser.NewPageAsync();
        await manager.SignInAsRoleAsync(Roles.ProgramManager);
        await manager.GotoAsync($"/programs/calls/{id}");
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

    private Task<Guid> DraftAsync(string title) => browser.WithScopeAsync(async (db, services) =>
    {
        var email = DemoLookups.DemoEmail(Roles.ProgramManager);
        var manager = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == email).Select(u => u.Id).SingleAsync();
        return await services.GetRequiredService<CallService>().CreateAsync(manager, new CallInput
        {
            ProgramCode = "GLOBAL_COOP_CENTERS", TitleKo = title, TitleEn = "2027 Global Cooperation Center joint research",
            SummaryKo = "해외 협력센터와 공동으로 수행할 연구과제를 공모합니다.", SummaryEn = "Joint research with the overseas cooperation centers.",
            Kind = CallKind.Open, OpensAt = DateTimeOffset.UtcNow.AddMinutes(-5), ClosesAt = DateTimeOffset.UtcNow.AddDays(30),
            TotalBudgetKrw = 18_000_000_000, MaxGovernmentKrwPerTask = 1_500_000_000, MaxGovernmentSharePercent = 75, MaxMonths = 36,
            RequiresDispatch = true, RequiresOverseasPartner = true, FieldCodes = ["SECONDARY_BATTERY", "SEMICONDUCTOR"],
            ApplicantTypes = [ApplicantType.SmallBusiness, ApplicantType.MidSizedCompany],
            Documents = [DocumentKind.ResearchPlan, DocumentKind.PartnerCommitment, DocumentKind.DispatchPlan],
            Stages =
            [
                new CallStageInput(StageKind.Screening, 0, null, 0, null),
                new CallStageInput(StageKind.OverseasPeerReview, 40, 60, 3, null),
                new CallStageInput(StageKind.DomesticPanel, 60, 70, 5, null),
            ],
        });
    });
}
