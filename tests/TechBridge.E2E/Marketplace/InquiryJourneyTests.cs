using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Directory;
using TechBridge.Core.Marketplace;
using TechBridge.E2E.Infrastructure;

namespace TechBridge.E2E.Marketplace;

/// <summary>
/// The first step from a search hit to a deal, in the browser: the demo company opens a public technology of a research
/// institute, sends an inquiry from its page; a member of the institute finds it unread in the navigation, reads it and
/// answers in English; the company sees the answer in the thread, with the institute's side marked as having read its
/// message.
/// </summary>
[Collection(InChromium.Name)]
public sealed class InquiryJourneyTests(BrowserFixture browser)
{
    private const string OwnerPassword = "Inquiry-journey-password-2026";

    [Fact]
    public async Task Company_InquiresAboutATechnology_OwnerAnswersInTheThread()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var (technology, ownerEmail) = await SetUpAsync(suffix);

        var company = await browser.NewPageAsync();
        await company.SignInAsRoleAsync(Roles.Company);
        await company.GotoAsync($"/marketplace/technologies/{technology}");
        await company.ClickAsync("[data-testid=send-inquiry]");
        await company.WaitForURLAsync("**/marketplace/inquiries/new?**");
        await company.FillAsync("#body", "");
        await company.ClickAsync("[data-testid=send]");
        await company.Locator("[data-field=body]").WaitForAsync();
        await company.FillAsync("#body", "귀 기관의 고체전해질 코팅 기술의 비독점 실시 조건과 시제품 평가 일정을 알고 싶습니다.");
        await company.ScreenshotAsync("inquiry-1-new");
        await company.ClickAsync("[data-testid=send]");
        await company.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/marketplace/inquiries/[0-9a-f-]{36}"));
        Assert.Equal(1, await company.Locator("[data-testid=inquiry-message]").CountAsync());
        var thread = company.Url;

        var owner = await browser.NewPageAsync();
        await owner.SignInAsync(ownerEmail, OwnerPassword);
        Assert.Equal("1", (await owner.Locator("[data-testid=inquiries-badge]").TextContentAsync())?.Trim());
        await owner.ClickAsync("[data-testid=nav-inquiries]");
        await owner.Locator("[data-testid=inquiry-row]").First.Locator("a").First.ClickAsync();
        await owner.WaitForURLAsync(thread);
        await owner.FillAsync("[data-testid=reply-form] textarea[name=body]", "Thank you. A non-exclusive licence is possible; we can test your prototype cells in March.");
        await owner.ClickAsync("[data-testid=send-reply]");
        await owner.Locator("[data-testid=inquiry-message]").Nth(1).WaitForAsync();
        await owner.ScreenshotAsync("inquiry-2-owner-answered");

        await company.ReloadAsync();
        Assert.Equal(2, await company.Locator("[data-testid=inquiry-message]").CountAsync());
        Assert.Contains("non-exclusive licence", await company.Locator("[data-testid=inquiry-messages]").TextContentAsync() ?? "", StringComparison.Ordinal);
        await company.ScreenshotAsync("inquiry-3-company-reads-answer");
    }

    /// <summary>A public technology of a new institute, and an account of that institute in English.</summary>
    private Task<(Guid Technology, string OwnerEmail)> SetUpAsync(string suffix) =>
        browser.WithScopeAsync(async (db, services) =>
        {
            var now = DateTimeOffset.UtcNow;
            var institute = new Organization
            {
                Kind = OrganizationKind.ResearchInstitute, NameKo = $"한국소재연구원 {suffix}", NameEn = $"Korea Materials Institute {suffix}", CountryCode = "KR",
                CreatedAt = now, UpdatedAt = now,
            };
            db.Organizations.Add(institute);
            var technology = new PublicTechnology
            {
                OwnerId = institute.Id, TitleKo = $"고체전해질 건식 코팅 기술 {suffix}", TitleEn = $"Dry coating of solid electrolytes {suffix}",
                Summary = "황화물계 고체전해질을 용매 없이 코팅하는 공정", Trl = 5, Status = LicensingStatus.Available, CreatedAt = now, UpdatedAt = now,
            };
            db.Add(technology);
            await db.SaveChangesAsync();
            var email = $"tlo-{suffix}@materials.example.kr";
            var account = await services.GetRequiredService<AccountService>().CreateAsync(new NewAccount(email, "Tech transfer office", OwnerPassword, [Roles.Researcher], "en"));
            await db.Users.Where(u => u.Id == account.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.OrganizationId, institute.Id));
            return (technology.Id, email);
        });
}
