using Microsoft.Playwright;
using TechBridge.Core.Accounts;
using TechBridge.E2E.Infrastructure;

namespace TechBridge.E2E.Marketplace;

/// <summary>
/// From a search hit to a deal at the term sheet, in the browser: the demo company finds an institute's technology by
/// searching, sends an inquiry from its page; the institute's member (in English) answers and opens a deal from the thread,
/// records the NDA; the company records the technical meeting; the institute records the term sheet (a missing licence kind
/// is refused beside the field first); the company sees the deal at the term sheet, and the technology under negotiation.
/// </summary>
[Collection(InChromium.Name)]
public sealed class DealJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Company_InquiresAndOwnerOpensADeal_BothSidesRecordStepsUpToTheTermSheet()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var (technology, ownerEmail, title) = await browser.SetUpAsync(suffix);

        var company = await browser.NewPageAsync();
        await company.SignInAsRoleAsync(Roles.Company);
        await company.GotoAsync("/marketplace/technologies");
        await company.FillAsync("[data-testid=filters] input[name=q]", title);
        await company.ClickAsync("[data-testid=search-submit]");
        await company.ClickAsync($"[data-testid=technologies-table] a[href='/marketplace/technologies/{technology}']");
        await company.WaitForURLAsync($"**/marketplace/technologies/{technology}");
        var thread = await company.SendInquiryAsync(technology, "고체전해질 코팅 기술의 통상실시 조건과 기술 미팅 일정을 협의하고 싶습니다.");

        var owner = await browser.NewPageAsync();
        await owner.SignInAsync(ownerEmail, InquiryJourney.OwnerPassword);
        await owner.AnswerFromNavigationAsync(thread, "We would be glad to. Let us sign an NDA first and then meet our engineers.");
        await owner.ClickAsync("[data-testid=open-deal]");
        await owner.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/marketplace/deals/[0-9a-f-]{36}"));
        var deal = owner.Url;
        Assert.Equal("step", await owner.GetAttributeAsync("[data-testid=progress-Inquiry]", "aria-current"));
        await owner.ScreenshotAsync("deal-1-opened-from-inquiry");

        await owner.FillAsync("[data-testid=step-form] textarea[name=note]", "Mutual NDA signed by both parties.");
        await owner.SetInputFilesAsync("[data-testid=step-form] input[type=file]", new FilePayload { Name = "nda-signed.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\nNDA"u8.ToArray() });
        await owner.ClickAsync("[data-testid=record-step]");
        await owner.Locator("[data-testid=progress-Nda][aria-current=step]").WaitForAsync();
        Assert.Equal(1, await owner.Locator("[data-testid=step-documents] a", new() { HasTextString = "nda-signed.pdf" }).CountAsync());
        await owner.ScreenshotAsync("deal-2-owner-recorded-nda");

        await company.ClickAsync("[data-testid=nav-deals]");
        await company.Locator("[data-testid=deal-row] a").First.ClickAsync();
        await company.WaitForURLAsync(deal);
        await company.FillAsync("[data-testid=step-form] textarea[name=note]", "기술 미팅을 진행했습니다. 시제품 셀 평가 결과를 공유받았습니다.");
        await company.ClickAsync("[data-testid=record-step]");
        await company.Locator("[data-testid=progress-TechnicalMeeting][aria-current=step]").WaitForAsync();
        await company.ScreenshotAsync("deal-3-company-recorded-meeting");

        await owner.ReloadAsync();
        await owner.FillAsync("#upfrontFeeKrw", "30000000");
        await owner.FillAsync("#royaltyPercent", "2.5");
        await owner.ClickAsync("[data-testid=record-step]");
        await owner.Locator("[data-field=licenceKind]").WaitForAsync();
        await owner.ScreenshotAsync("deal-4-term-sheet-needs-licence-kind");
        await owner.SelectOptionAsync("#licenceKind", "NonExclusive");
        await owner.FillAsync("[data-testid=step-form] textarea[name=note]", "Term sheet agreed: non-exclusive licence, KRW 30M upfront, 2.5% running royalty.");
        await owner.ClickAsync("[data-testid=record-step]");
        await owner.Locator("[data-testid=progress-TermSheet][aria-current=step]").WaitForAsync();

        await company.ReloadAsync();
        Assert.Equal("step", await company.GetAttributeAsync("[data-testid=progress-TermSheet]", "aria-current"));
        Assert.Equal(4, await company.Locator("[data-testid=deal-step]").CountAsync());
        Assert.Contains("통상실시권", await company.Locator("[data-testid=deal-terms]").TextContentAsync() ?? "", StringComparison.Ordinal);
        await company.ScreenshotAsync("deal-5-company-sees-term-sheet");

        await company.GotoAsync("/marketplace/deals");
        Assert.Contains("조건 합의서", await company.Locator("[data-testid=deal-row]").First.TextContentAsync() ?? "", StringComparison.Ordinal);
        await company.ScreenshotAsync("deal-6-company-deal-list");
        await company.GotoAsync($"/marketplace/technologies?q={Uri.EscapeDataString(title)}&status=UnderNegotiation");
        Assert.Equal(1, await company.Locator($"[data-testid=technologies-table] a[href='/marketplace/technologies/{technology}']").CountAsync());
    }
}
