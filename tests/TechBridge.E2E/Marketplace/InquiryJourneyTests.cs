using TechBridge.Core.Accounts;
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
    [Fact]
    public async Task Company_InquiresAboutATechnology_OwnerAnswersInTheThread()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var (technology, ownerEmail, _) = await browser.SetUpAsync(suffix);

        var company = await browser.NewPageAsync();
        await company.SignInAsRoleAsync(Roles.Company);
        var thread = await company.SendInquiryAsync(technology, "귀 기관의 고체전해질 코팅 기술의 비독점 실시 조건과 시제품 평가 일정을 알고 싶습니다.", "inquiry-1-new");

        var owner = await browser.NewPageAsync();
        await owner.SignInAsync(ownerEmail, InquiryJourney.OwnerPassword);
        await owner.AnswerFromNavigationAsync(thread, "Thank you. A non-exclusive licence is possible; we can test your prototype cells in March.");
        await owner.ScreenshotAsync("inquiry-2-owner-answered");

        await company.ReloadAsync();
        Assert.Equal(2, await company.Locator("[data-testid=inquiry-message]").CountAsync());
        Assert.Contains("non-exclusive licence", await company.Locator("[data-testid=inquiry-messages]").TextContentAsync() ?? "", StringComparison.Ordinal);
        await company.ScreenshotAsync("inquiry-3-company-reads-answer");
    }
}
