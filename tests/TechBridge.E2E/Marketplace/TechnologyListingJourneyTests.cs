using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TechBridge.Core.Accounts;
using TechBridge.Core.Directory;
using TechBridge.E2E.Infrastructure;

namespace TechBridge.E2E.Marketplace;

/// <summary>
/// A research institute's member lists a technology in the browser: an ill-formed patent number is refused beside its
/// field, the corrected listing shows its patent, terms and R&amp;D task; a Word file is refused as marketing material and a
/// PDF brochure is accepted and listed on the technology's page; then the member imports a small CSV, checks it
/// with a dry run (one new listing, nothing saved) and imports it for real, and finds both in the organisation's list.
/// </summary>
[Collection(InChromium.Name)]
public sealed class TechnologyListingJourneyTests(BrowserFixture browser)
{
    private const string MemberPassword = "Listing-journey-password-2026";

    [Fact]
    public async Task InstituteMember_ListsATechnologyThenImportsACsv_BothAppearInTheirList()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var email = await SetUpAsync(suffix);
        var page = await browser.NewPageAsync();
        await page.SignInAsync(email, MemberPassword);

        await page.GotoAsync("/marketplace/technologies/mine");
        await page.Locator("[data-testid=no-technologies]").WaitForAsync();
        await page.ScreenshotAsync("listing-1-empty-list");
        await page.ClickAsync("[data-testid=new-technology]");
        await page.WaitForURLAsync("**/marketplace/technologies/new");
        await page.FillAsync("#reference", $"KIMS-{suffix}");
        await page.FillAsync("#titleKo", $"황화물계 고체전해질 건식 코팅 기술 {suffix}");
        await page.FillAsync("#titleEn", $"Dry coating of sulfide solid electrolytes {suffix}");
        await page.FillAsync("#summary", "용매 없이 황화물계 고체전해질 입자를 코팅해 대기 안정성을 높이는 공정입니다.");
        await page.FillAsync("#keywords", "고체전해질, 건식 코팅, solid electrolyte");
        await page.CheckAsync("input[name=Fields][value=SECONDARY_BATTERY]");
        await page.SelectOptionAsync("#trl", "5");
        await page.CheckAsync("[data-testid=kind-NonExclusive]");
        await page.FillAsync("#feeMin", "3000");
        await page.FillAsync("#feeMax", "10000");
        await page.FillAsync("#conditions", "경상기술료 매출액의 2%, 기술지도 3개월 포함");
        await page.FillAsync("#taskNumber", "RS-2023-00123456");
        await page.FillAsync("#agency", "한국산업기술기획평가원");
        await page.FillAsync("#taskYear", "2023");
        await page.FillAsync("[data-testid=patent-0-application]", "10-23-0123456");
        await page.FillAsync("[data-testid=patent-0-countries]", "KR");
        await page.FillAsync("[data-testid=patent-0-filing]", "2023-03-15");
        await page.ClickAsync("[data-testid=save]");
        var error = page.Locator("[data-field='Patents[0].ApplicationNumber']");
        await error.WaitForAsync();
        Assert.Contains("10-2023-0123456", await error.TextContentAsync() ?? "", StringComparison.Ordinal);
        await error.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync("listing-2-patent-number-refused");

        await page.FillAsync("[data-testid=patent-0-application]", "10-2023-0123456");
        await page.FillAsync("[data-testid=patent-0-registration]", "10-2456789");
        await page.SelectOptionAsync("[data-testid=patent-0-status]", "Registered");
        await page.FillAsync("[data-testid=patent-0-expiry]", "2043-03-15");
        await page.ClickAsync("[data-testid=save]");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/marketplace/technologies/[0-9a-f-]{36}$"));
        var patents = await page.Locator("[data-testid=patents]").TextContentAsync() ?? "";
        Assert.Contains("10-2023-0123456", patents, StringComparison.Ordinal);
        Assert.Contains("10-2456789", patents, StringComparison.Ordinal);
        Assert.Contains("통상실시권", await page.Locator("[data-testid=terms]").TextContentAsync() ?? "", StringComparison.Ordinal);
        await page.Locator("[data-testid=edit-technology]").WaitForAsync();
        await page.ScreenshotAsync("listing-3-technology-page");

        var technologyUrl = page.Url;
        await page.ClickAsync("[data-testid=edit-technology]");
        await page.WaitForURLAsync("**/edit");
        var materials = page.Locator("[data-testid=attachment-upload]");
        await materials.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "계약서 초안.docx", MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Buffer = [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4],
        });
        await materials.Locator("button[type=submit]").ClickAsync();
        var refused = page.Locator("[data-testid=attachment-error]");
        await refused.WaitForAsync();
        Assert.Contains(".pptx", await refused.TextContentAsync() ?? "", StringComparison.Ordinal);
        await materials.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "기술소개서.pdf", MimeType = "application/pdf", Buffer = [.. "%PDF-1.7\n"u8, .. Encoding.ASCII.GetBytes(new string('x', 400))],
        });
        await page.Locator("[data-testid=attachment-upload] button[type=submit]").ClickAsync();
        await page.Locator("[data-testid=attachment-link]").WaitForAsync();
        Assert.Equal(0, await page.Locator("[data-testid=attachment-error]").CountAsync());
        await page.Locator("[data-testid=attachments]").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync("listing-3b-marketing-material");
        await page.GotoAsync(technologyUrl);
        Assert.Equal("기술소개서.pdf", await page.Locator("[data-testid=attachment-link]").TextContentAsync());

        var csv = new FilePayload
        {
            Name = "listings.csv", MimeType = "text/csv",
            Buffer = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(
                "관리번호,기술명(국문),요약,기술분야,TRL,실시권 종류,출원번호,특허 상태,출원국가,출원일\r\n" +
                $"KIMS-{suffix}-2,리튬 금속 음극 보호막 기술 {suffix},\"리튬 금속 음극의 덴드라이트를 억제하는 보호막, 원자층 증착\",SECONDARY_BATTERY,4,통상실시권,10-2022-0111111,출원,KR,2022-05-01\r\n" +
                $"KIMS-{suffix}-2,,,,,,PCT/KR2023/012345,출원,KR US,2023-04-20\r\n")],
        };
        await page.GotoAsync("/marketplace/technologies/import");
        await page.SetInputFilesAsync("[data-testid=import-file]", csv);
        await page.ClickAsync("[data-testid=dry-run]");
        await page.Locator("[data-testid=import-dry]").WaitForAsync();
        Assert.Contains("새 기술", await page.Locator("[data-testid=import-listings]").TextContentAsync() ?? "", StringComparison.Ordinal);
        await page.ScreenshotAsync("listing-4-import-dry-run");

        await page.SetInputFilesAsync("[data-testid=import-file]", csv);
        await page.ClickAsync("[data-testid=run-import]");
        await page.Locator("[data-testid=import-saved]").WaitForAsync();
        await page.ScreenshotAsync("listing-5-imported");

        await page.GotoAsync("/marketplace/technologies/mine");
        Assert.Equal(2, await page.Locator("[data-testid=my-technologies] tbody tr").CountAsync());
        await page.ScreenshotAsync("listing-6-my-technologies");
    }

    /// <summary>A new research institute with one staff member (the contact) and an account of that institute.</summary>
    private Task<string> SetUpAsync(string suffix) =>
        browser.WithScopeAsync(async (db, services) =>
        {
            var now = DateTimeOffset.UtcNow;
            var institute = new Organization
            {
                Kind = OrganizationKind.ResearchInstitute, NameKo = $"한국소재연구원 {suffix}", NameEn = $"Korea Materials Institute {suffix}", CountryCode = "KR",
                CreatedAt = now, UpdatedAt = now,
            };
            db.Organizations.Add(institute);
            await db.SaveChangesAsync();
            var email = $"listing-{suffix}@materials.example.kr";
            var account = await services.GetRequiredService<AccountService>().CreateAsync(new NewAccount(email, "기술사업화팀", MemberPassword, [Roles.Researcher]));
            await db.Users.Where(u => u.Id == account.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.OrganizationId, institute.Id));
            return email;
        });
}
