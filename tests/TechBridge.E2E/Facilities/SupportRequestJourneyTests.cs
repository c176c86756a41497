using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TechBridge.Core.Accounts;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Shared.Formatting;
using TechBridge.E2E.Infrastructure;
using static TechBridge.E2E.Infrastructure.DemoLookups;

namespace TechBridge.E2E.Facilities;

/// <summary>
/// The one-stop support request: a company sends one request, the coordinator of the industry's representative institution
/// sees the proposals and routes a part to a center, the center's operator quotes a slot and a price, the company accepts,
/// and the reservation is confirmed on the equipment calendar and in the company's iCalendar feed; each party was told.
/// </summary>
[Collection(InChromium.Name)]
public sealed class SupportRequestJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task SupportRequest_CompanyCoordinatorCenterCompany_EndsInAConfirmedReservation()
    {
        var demo = await DemoAsync();
        var title = $"전고체 배터리 셀 분석 지원 {Guid.NewGuid():N}"[..24];

        // The company sends the request.
        var company = await browser.NewPageAsync();
        await company.SignInAsRoleAsync(Roles.Company);
        await company.GotoAsync("/facilities/requests/new");
        await company.ClickAsync("[data-testid=submit-request]");
        await company.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains("제목을 입력하세요.", await company.Locator("form.form-grid").TextContentAsync() ?? "", StringComparison.Ordinal);
        await company.FillAsync("#title", title);
        await company.SelectOptionAsync("#industry", demo.Industry);
        await company.FillAsync("#product", "전고체 배터리 셀 (황화물계 고체전해질)");
        await company.FillAsync("#problem", "양극재 결정 구조 분석과 셀 충방전 신뢰성 시험이 필요합니다.");
        await company.CheckAsync($"[data-testid=stage-{demo.Stage}]");
        await company.FillAsync("#from", demo.Today.AddDays(7).ToString("yyyy-MM-dd"));
        await company.FillAsync("#to", demo.Today.AddDays(90).ToString("yyyy-MM-dd"));
        await company.ScreenshotAsync("request-1-form");
        await company.ClickAsync("[data-testid=submit-request]");
        await company.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Matches("/facilities/requests/[0-9a-f-]{36}$", company.Url);
        var requestUrl = new Uri(company.Url).AbsolutePath;
        Assert.Equal(title, (await company.TextContentAsync("[data-testid=detail-title]"))!.Trim());
        Assert.Equal(1, await company.Locator("[data-testid=timeline-Submitted]").CountAsync());
        await company.ScreenshotAsync("request-2-submitted");

        // The coordinator routes a part to the demo center.
        var coordinator = await browser.NewPageAsync();
        await coordinator.SignInAsRoleAsync(Roles.Coordinator);
        await coordinator.GotoAsync("/facilities/requests?open=true");
        Assert.Equal(1, await coordinator.Locator($"[data-testid=request-row] a[href='{requestUrl}']").CountAsync());
        await coordinator.ScreenshotAsync("request-3a-coordinator-list");
        await coordinator.GotoAsync("/");
        Assert.Equal(1, await coordinator.Locator($"[data-testid=request-workspace-items] a[href='{requestUrl}']").CountAsync());
        await coordinator.GotoAsync(requestUrl);
        Assert.True(await coordinator.Locator("[data-testid=proposals]").CountAsync() == 1);
        await coordinator.SelectOptionAsync("[data-testid=assign-center]", demo.Center.ToString());
        await coordinator.SelectOptionAsync("#stage", demo.Stage);
        await coordinator.SelectOptionAsync("[data-testid=assign-service]", nameof(EquipmentServiceKind.EquipmentUse));
        await coordinator.FillAsync("#note", "양극재 XRD 분석 일정과 견적을 부탁드립니다.");
        await coordinator.ScreenshotAsync("request-3-coordinator");
        await coordinator.ClickAsync("[data-testid=action-Assign]");
        await coordinator.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal(1, await coordinator.Locator("[data-testid=part]").CountAsync());
        Assert.Contains("센터 검토 중", await coordinator.TextContentAsync("[data-testid=part]") ?? "", StringComparison.Ordinal);

        // The center quotes a slot and a price.
        var center = await browser.NewPageAsync();
        await center.SignInAsRoleAsync(Roles.CenterOperator);
        await center.GotoAsync(requestUrl);
        var start = Kst.ToKst(demo.Slot.Start);
        var end = Kst.ToKst(demo.Slot.End);
        await center.SelectOptionAsync("[data-testid=quote-form] select", demo.Equipment.ToString());
        await center.FillAsync("[data-testid=quote-start-date]", start.ToString("yyyy-MM-dd"));
        await center.FillAsync("[data-testid=quote-start-time]", start.ToString("HH:mm"));
        await center.FillAsync("[data-testid=quote-end-date]", end.ToString("yyyy-MM-dd"));
        await center.FillAsync("[data-testid=quote-end-time]", end.ToString("HH:mm"));
        await center.FillAsync("[data-testid=quote-price]", "abc");
        await center.ClickAsync("[data-testid=action-Quote]");
        await center.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal(1, await center.Locator("[data-testid=action-error]").CountAsync());
        await center.FillAsync("[data-testid=quote-start-date]", start.ToString("yyyy-MM-dd"));
        await center.FillAsync("[data-testid=quote-start-time]", start.ToString("HH:mm"));
        await center.FillAsync("[data-testid=quote-end-date]", end.ToString("yyyy-MM-dd"));
        await center.FillAsync("[data-testid=quote-end-time]", end.ToString("HH:mm"));
        await center.FillAsync("[data-testid=quote-price]", "300,000");
        await center.ClickAsync("[data-testid=action-Quote]");
        await center.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await center.ScreenshotAsync("request-4-center-quoted");
        Assert.Contains("견적 도착", await center.TextContentAsync("[data-testid=part]") ?? "", StringComparison.Ordinal);
        Assert.Contains("300,000", await center.TextContentAsync("[data-testid=quote]") ?? "", StringComparison.Ordinal);

        // The company accepts: the slot is booked and confirmed.
        await company.GotoAsync(requestUrl);
        await company.ScreenshotAsync("request-5-company-quote");
        await company.ClickAsync("[data-testid=action-Accept]");
        await company.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal("완료", (await company.TextContentAsync(".page-actions .badge"))!.Trim());
        var reservationLink = await company.GetAttributeAsync("[data-testid=part-reservation]", "href");
        Assert.Matches("/facilities/reservations/[0-9a-f-]{36}$", reservationLink);
        Assert.Equal(new[] { "Submitted", "Assigned", "Quoted", "Accepted", "Completed" },
            await company.Locator("[data-testid=timeline] li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.testid.substring(9))"));
        await company.ScreenshotAsync("request-6-accepted");

        await company.GotoAsync(reservationLink!);
        Assert.Equal("예약 확정", (await company.TextContentAsync("[data-testid=status]"))!.Trim());
        await company.GotoAsync($"/facilities/equipment/{demo.Equipment}?view=day&date={start:yyyy-MM-dd}");
        Assert.True(await company.Locator("[data-testid=calendar-grid] td[data-state=Confirmed]").CountAsync() >= (int)demo.Slot.Duration.TotalHours);
        var feed = await company.APIRequest.GetAsync("/api/v1/facilities/reservations/calendar.ics");
        Assert.Contains($"reservation-{reservationLink!.Split('/')[^1]}@techbridge", await feed.TextAsync(), StringComparison.Ordinal);

        // In English, for the record; then back to Korean (the language is the account's preference).
        await company.GotoAsync(requestUrl);
        await company.ClickAsync("[data-testid=lang-switch]");
        await company.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal("Completed", (await company.TextContentAsync(".page-actions .badge"))!.Trim());
        await company.ScreenshotAsync("request-7-accepted-en");
        await company.ClickAsync("[data-testid=lang-switch]");
        await company.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal("ko", await company.GetAttributeAsync("html", "lang"));

        // Each party was told by e-mail (and inbox), in its language.
        var mails = await browser.WithDbAsync(db => db.OutgoingEmails.AsNoTracking().Where(m => m.Subject.Contains(title)).Select(m => m.To).ToListAsync());
        foreach (var role in new[] { Roles.Coordinator, Roles.CenterOperator, Roles.Company })
        {
            Assert.Contains(DemoAccounts.All.Single(a => a.Roles.Contains(role)).Email, mails);
        }

        foreach (var page in new[] { company, coordinator, center })
        {
            await page.Context.CloseAsync();
        }
    }

    private sealed record Demo(string Industry, string Stage, Guid Center, Guid Equipment, TimeInterval Slot, DateOnly Today);

    /// <summary>The coordinator's industry, the demo center's bookable item in it with a stage, and a free slot of that item two weeks ahead or later.</summary>
    private Task<Demo> DemoAsync() => browser.WithScopeAsync(async (db, services) =>
    {
        var coordinatorEmail = DemoEmail(Roles.Coordinator);
        var institution = await db.Users.Where(u => u.NormalizedEmail == coordinatorEmail).Select(u => u.OrganizationId).SingleAsync();
        var industry = await db.Industries.Where(i => i.RepresentativeInstitutionId == institution).OrderBy(i => i.SortOrder).Select(i => i.Code).FirstAsync();
        var center = await db.DemoCenterAsync();
        var candidates = await db.Equipment.AsNoTracking().Include(e => e.Stages)
            .Where(e => e.CenterId == center && e.IndustryCode == industry && e.Status == EquipmentStatus.Available && e.MinBookingHours <= 4 && e.Stages.Any())
            .OrderBy(e => e.NameKo).Take(10).ToListAsync();
        var queries = services.GetRequiredService<ReservationQueries>();
        var today = DateOnly.FromDateTime(Kst.ToKst(DateTimeOffset.UtcNow).DateTime);
        var from = OperatingCalendar.DayStart(today.AddDays(14));
        foreach (var equipment in candidates)
        {
            var availability = await queries.AvailabilityAsync(null, equipment.Id, from, from.AddDays(28));
            var hours = Math.Max(2, equipment.MinBookingHours);
            var free = availability.Free.FirstOrDefault(f => f.Duration >= TimeSpan.FromHours(hours) && f.Start.Minute == 0);
            if (free != default)
            {
                return new Demo(industry, equipment.Stages[0].StageCode, center, equipment.Id, new TimeInterval(free.Start, free.Start.AddHours(hours)), today);
            }
        }

        throw new InvalidOperationException("The demo center has no bookable item in the coordinator's industry with a free slot.");
    });
}
