using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Facilities.Statements;
using TechBridge.Core.Shared.Formatting;
using TechBridge.E2E.Infrastructure;

namespace TechBridge.E2E.Facilities;

/// <summary>The demo company opens its statement for last month from the menu, sees its lines and totals, and downloads the PDF.</summary>
[Collection(InChromium.Name)]
public sealed class StatementsTests(BrowserFixture browser)
{
    [Fact]
    public async Task Statement_DemoCompany_ShowsLastMonthAndDownloadsThePdf()
    {
        var lines = await EnsureLastMonthUseAsync();
        var page = await browser.NewPageAsync();
        await page.SignInAsRoleAsync(Roles.Company);
        await page.GotoAsync("/facilities");
        await page.ClickAsync("nav.sidenav a[href='/facilities/statements']");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.EndsWith("/facilities/statements", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("이용 명세서", await page.TextContentAsync("[data-testid=statement-title]"), StringComparison.Ordinal);
        Assert.Equal(lines, await page.Locator("[data-testid=statement-lines] tbody tr").CountAsync());
        Assert.NotEqual("0원", (await page.TextContentAsync("[data-testid=statement-total]"))!.Trim());
        await page.ScreenshotAsync("statement-1");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=statement-pdf]"));
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
        var path = await download.PathAsync();
        var head = new byte[4];
        await using (var file = File.OpenRead(path))
        {
            await file.ReadExactlyAsync(head);
        }

        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(head));
        await page.Context.CloseAsync();
    }

    /// <summary>The demo company's completed uses checked out last month (KST); one is added at the showcase center when there are none.</summary>
    private async Task<int> EnsureLastMonthUseAsync()
    {
        using var scope = browser.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>();
        var companyEmail = DemoAccounts.All.First(a => a.Roles.Contains(Roles.Company)).Email;
        var operatorEmail = DemoAccounts.All.First(a => a.Roles.Contains(Roles.CenterOperator)).Email;
        var user = await db.Users.AsNoTracking().Where(u => u.Email == companyEmail)
            .Select(u => new { u.Id, Company = u.OrganizationId!.Value }).SingleAsync();
        var today = Kst.ToKst(DateTimeOffset.UtcNow);
        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var checkOuts = await db.Reservations.AsNoTracking()
            .Where(r => r.CompanyId == user.Company && r.Status == ReservationStatus.Completed && r.CheckedOutAt != null)
            .Select(r => r.CheckedOutAt!.Value).ToListAsync();
        var count = checkOuts.Count(c => StatementQueries.MonthOf(c) == lastMonth);
        if (count > 0)
        {
            return count;
        }

        var operatorCenter = await db.Users.AsNoTracking().Where(u => u.Email == operatorEmail)
            .Select(u => u.OrganizationId!.Value).SingleAsync();
        var equipment = await db.Equipment.AsNoTracking().Where(e => e.CenterId == operatorCenter).OrderBy(e => e.Id).Select(e => e.Id).FirstAsync();
        var end = new DateTimeOffset(lastMonth.AddDays(9).ToDateTime(new TimeOnly(17, 0)), Kst.Offset).ToUniversalTime();
        db.Reservations.Add(new Reservation
        {
            EquipmentId = equipment, CompanyId = user.Company, RequestedById = user.Id, Start = end.AddHours(-3), End = end, Purpose = "시료 분석",
            Status = ReservationStatus.Completed, CheckedInAt = end.AddHours(-3), CheckedOutAt = end, FeeKrw = 150_000, VatKrw = 15_000,
            CreatedAt = end.AddDays(-10), UpdatedAt = end,
        });
        await db.SaveChangesAsync();
        return 1;
    }
}
