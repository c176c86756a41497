using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TechBridge.Core.Accounts;
using TechBridge.Core.Directory;
using TechBridge.Core.Marketplace;
using TechBridge.E2E.Infrastructure;

namespace TechBridge.E2E.Marketplace;

/// <summary>
/// The steps of the marketplace journeys shared by the inquiry and deal walks: a research institute with a public technology
/// and an English-speaking account of its tech-transfer office; the company sending an inquiry from the technology's page;
/// the owner finding the unread thread through the navigation and answering it.
/// </summary>
internal static class InquiryJourney
{
    public const string OwnerPassword = "Inquiry-journey-password-2026";

    /// <summary>A public technology of a new institute, and an account of that institute in English.</summary>
    public static Task<(Guid Technology, string OwnerEmail, string Title)> SetUpAsync(this BrowserFixture browser, string suffix) =>
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
            return (technology.Id, email, technology.TitleKo);
        });

    /// <summary>From the technology's page, sends an inquiry with <paramref name="body"/> (an empty one is refused first, beside the field); returns the thread's address.</summary>
    public static async Task<string> SendInquiryAsync(this IPage company, Guid technology, string body, string? screenshot = null)
    {
        await company.GotoAsync($"/marketplace/technologies/{technology}");
        await company.ClickAsync("[data-testid=send-inquiry]");
        await company.WaitForURLAsync("**/marketplace/inquiries/new?**");
        await company.FillAsync("#body", "");
        await company.ClickAsync("[data-testid=send]");
        await company.Locator("[data-field=body]").WaitForAsync();
        await company.FillAsync("#body", body);
        if (screenshot is not null)
        {
            await company.ScreenshotAsync(screenshot);
        }

        await company.ClickAsync("[data-testid=send]");
        await company.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/marketplace/inquiries/[0-9a-f-]{36}"));
        Assert.Equal(1, await company.Locator("[data-testid=inquiry-message]").CountAsync());
        return company.Url;
    }

    /// <summary>The owner sees one unread thread in the navigation, opens it and answers.</summary>
    public static async Task AnswerFromNavigationAsync(this IPage owner, string thread, string answer)
    {
        Assert.Equal("1", (await owner.Locator("[data-testid=inquiries-badge]").TextContentAsync())?.Trim());
        await owner.ClickAsync("[data-testid=nav-inquiries]");
        await owner.Locator("[data-testid=inquiry-row]").First.Locator("a").First.ClickAsync();
        await owner.WaitForURLAsync(thread);
        await owner.FillAsync("[data-testid=reply-form] textarea[name=body]", answer);
        await owner.ClickAsync("[data-testid=send-reply]");
        await owner.Locator("[data-testid=inquiry-message]").Nth(1).WaitForAsync();
    }
}
