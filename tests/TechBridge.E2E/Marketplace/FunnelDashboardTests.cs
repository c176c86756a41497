using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Marketplace.Deals;
using TechBridge.Core.Marketplace.Inquiries;
using TechBridge.Core.Shared.Formatting;
using TechBridge.E2E.Infrastructure;

namespace TechBridge.E2E.Marketplace;

/// <summary>
/// The coordinator's funnel dashboard over the demo data plus one technology inquiry that became a licensed deal this month:
/// opened from the navigation in Korean, filtered to the NTB program, read in English, and downloaded as .xlsx.
/// </summary>
[Collection(InChromium.Name)]
public sealed class FunnelDashboardTests(BrowserFixture browser)
{
    [Fact]
    public async Task Coordinator_FiltersTheFunnelInBothLanguages_DownloadsTheSpreadsheet()
    {
        await SeedLicensedDealAsync();
        var page = await browser.NewPageAsync();
        await page.SignInAsRoleAsync(Roles.Coordinator);

        await page.GotoAsync("/?culture=ko");
        await page.ClickAsync("[data-testid=nav-funnel]");
        Assert.EndsWith("/marketplace/funnel", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(5, await page.Locator("[data-testid=chart-funnel] rect:not(.funnel-bar-part)").CountAsync());
        Assert.Equal(5, await page.Locator("[data-testid=chart-months] polyline").CountAsync());
        Assert.Equal(12, await page.Locator("[data-testid=funnel-months] tbody tr").CountAsync() - 2);
        Assert.Contains("수요 등록", await page.TextContentAsync("[data-testid=funnel-steps]") ?? "", StringComparison.Ordinal);
        Assert.Contains("이렇게 셉니다", await page.TextContentAsync("[data-testid=funnel-notes]") ?? "", StringComparison.Ordinal);
        await page.ScreenshotAsync("funnel-1-ko");
        await page.Locator("main section.panel").First.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "funnel-1-ko-charts.png") });

        await page.SelectOptionAsync("[data-testid=funnel-program]", "NTB");
        await page.ClickAsync("[data-testid=funnel-filters] button[type=submit]");
        await page.WaitForURLAsync("**program=NTB**");
        var programs = await page.Locator("[data-testid=funnel-rows] tbody tr td:nth-child(2)").AllTextContentsAsync();
        Assert.NotEmpty(programs);
        Assert.All(programs, p => Assert.Equal(programs[0], p));
        Assert.NotEqual("0", (await page.TextContentAsync("[data-testid=step-DealsClosed] .stat-value"))!.Trim());
        await page.ScreenshotAsync("funnel-2-ko-ntb");

        await page.GotoAsync(page.Url + "&culture=en");
        Assert.Contains("Deals closed", await page.TextContentAsync("[data-testid=funnel-steps]") ?? "", StringComparison.Ordinal);
        Assert.Contains("How these are counted", await page.TextContentAsync("[data-testid=funnel-notes]") ?? "", StringComparison.Ordinal);
        await page.ScreenshotAsync("funnel-3-en-ntb");
        await page.Locator("main section.panel").First.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "funnel-3-en-ntb-charts.png") });

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=funnel-xlsx]"));
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        var path = await download.PathAsync();
        using (var document = SpreadsheetDocument.Open(path, false))
        {
            var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
            Assert.Equal("Month", rows[0].Elements<Cell>().First().InnerText);
            Assert.Equal("Total", rows[^1].Elements<Cell>().First().InnerText);
        }

        await page.Context.CloseAsync();
    }

    /// <summary>This month: the demo company asks about a demo technology, a deal opens, meets and is licensed.</summary>
    private Task<int> SeedLicensedDealAsync() => browser.WithDbAsync(async db =>
    {
        var email = DemoLookups.DemoEmail(Roles.Company);
        var buyer = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == email).Select(u => new { u.Id, u.OrganizationId }).SingleAsync();
        var technology = await db.PublicTechnologies.AsNoTracking().Where(t => t.IsDemo).OrderBy(t => t.Id).Select(t => new { t.Id, t.OwnerId, t.TitleKo }).FirstAsync();
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(Kst.ToKst(now).DateTime);
        var inquiry = new Inquiry
        {
            SubjectKind = InquirySubjectKind.Technology, SubjectId = technology.Id, SubjectTitle = technology.TitleKo, RecipientOrganizationId = technology.OwnerId,
            SenderId = buyer.Id, SenderOrganizationId = buyer.OrganizationId, Subject = "실시 조건 문의", Status = InquiryStatus.Open, CreatedAt = now, LastMessageAt = now,
        };
        var deal = new Deal
        {
            TechnologyId = technology.Id, SellerOrganizationId = technology.OwnerId, BuyerUserId = buyer.Id, BuyerOrganizationId = buyer.OrganizationId,
            InquiryId = inquiry.Id, State = DealState.Contract, LastStepOn = today, OpenedById = buyer.Id, OpenedAt = now, UpdatedAt = now,
        };
        db.AddRange(inquiry, deal);
        foreach (var (stage, licence) in new[] { (DealState.Inquiry, (LicenceKind?)null), (DealState.TechnicalMeeting, null), (DealState.Contract, LicenceKind.NonExclusive) })
        {
            db.DealSteps.Add(new DealStep { DealId = deal.Id, Stage = stage, OccurredOn = today, ActorId = buyer.Id, ActorSide = DealSide.Buyer, LicenceKind = licence, RecordedAt = now });
        }

        return await db.SaveChangesAsync();
    });
}
