using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Shared.Formatting;
using TechBridge.E2E.Infrastructure;

namespace TechBridge.E2E.Facilities;

/// <summary>
/// A company books a free slot of an equipment item that needs approval, the center's operator approves it, and the
/// reservation shows as confirmed on the equipment calendar, in the company's list and in its iCalendar feed.
/// </summary>
[Collection(InChromium.Name)]
public sealed class BookingJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Booking_CompanyRequestsOperatorApproves_ConfirmedOnCalendarListAndFeed()
    {
        var (equipmentId, slot) = await FreeSlotAtDemoCenterAsync();
        var company = await browser.NewPageAsync();
        await company.SignInAsRoleAsync(Roles.Company);
        var start = Kst.ToKst(slot.Start);
        var end = Kst.ToKst(slot.End);
        await company.GotoAsync($"/facilities/equipment/{equipmentId}?view=week&date={start:yyyy-MM-dd}");
        Assert.True(await company.Locator("[data-testid=calendar-grid] td[data-state=Free]").CountAsync() > 0);
        await company.ScreenshotAsync("booking-1-equipment-calendar");

        await company.FillAsync("#startDate", start.ToString("yyyy-MM-dd"));
        await company.FillAsync("#startTime", start.ToString("HH:mm"));
        await company.FillAsync("#endDate", end.ToString("yyyy-MM-dd"));
        await company.FillAsync("#endTime", end.ToString("HH:mm"));
        await company.FillAsync("#purpose", "양극재 시료 결정 구조 분석");
        await company.ClickAsync("[data-testid=book]");
        await company.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Matches("/facilities/reservations/[0-9a-f-]{36}$", company.Url);
        Assert.Equal("승인 대기", (await company.TextContentAsync("[data-testid=status]"))!.Trim());
        var reservationUrl = new Uri(company.Url).AbsolutePath;
        await company.ScreenshotAsync("booking-2-requested");

        var operatorPage = await browser.NewPageAsync();
        await operatorPage.SignInAsRoleAsync(Roles.CenterOperator);
        await operatorPage.GotoAsync($"/facilities/reservations?status=Requested&equipment={equipmentId}");
        Assert.Equal(1, await operatorPage.Locator($"[data-testid=reservation-row] a[href='{reservationUrl}']").CountAsync());
        await operatorPage.ScreenshotAsync("booking-3-operator-queue");
        await operatorPage.GotoAsync(reservationUrl);
        await operatorPage.ClickAsync("[data-testid=action-Approve]");
        await operatorPage.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal("예약 확정", (await operatorPage.TextContentAsync("[data-testid=status]"))!.Trim());
        Assert.Equal(2, await operatorPage.Locator("[data-testid=timeline] li").CountAsync());
        await operatorPage.ScreenshotAsync("booking-4-approved");

        await company.GotoAsync($"/facilities/equipment/{equipmentId}?view=day&date={start:yyyy-MM-dd}");
        Assert.True(await company.Locator("[data-testid=calendar-grid] td[data-state=Confirmed]").CountAsync() >= (int)slot.Duration.TotalHours);
        await company.ScreenshotAsync("booking-5-calendar-confirmed");
        var feed = await company.APIRequest.GetAsync("/api/v1/facilities/reservations/calendar.ics");
        Assert.Equal(200, feed.Status);
        var ics = await feed.TextAsync();
        Assert.Contains("BEGIN:VCALENDAR", ics, StringComparison.Ordinal);
        Assert.Contains($"reservation-{reservationUrl.Split('/')[^1]}@techbridge", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART:" + slot.Start.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'"), ics, StringComparison.Ordinal);

        await company.GotoAsync(reservationUrl);
        await company.ClickAsync("[data-testid=lang-switch]");
        await company.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal("Confirmed", (await company.TextContentAsync("[data-testid=status]"))!.Trim());
        await company.ScreenshotAsync("booking-6-confirmed-en");

        // The language is the account's preference: switch the shared demo company back so later tests start in Korean.
        await company.ClickAsync("[data-testid=lang-switch]");
        await company.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal("ko", await company.GetAttributeAsync("html", "lang"));
        await company.Context.CloseAsync();
        await operatorPage.Context.CloseAsync();
    }

    /// <summary>An equipment item of the demo operator's center that needs approval, and a free slot of it two weeks or more ahead.</summary>
    private Task<(Guid EquipmentId, TimeInterval Slot)> FreeSlotAtDemoCenterAsync() => browser.WithScopeAsync<(Guid EquipmentId, TimeInterval Slot)>(async (db, services) =>
    {
        var center = await db.DemoCenterAsync();
        var candidates = await db.Equipment.AsNoTracking()
            .Where(e => e.CenterId == center && e.RequiresApproval && e.Status == EquipmentStatus.Available && e.MinBookingHours <= 2)
            .OrderBy(e => e.NameKo).Take(10).ToListAsync();
        var queries = services.GetRequiredService<ReservationQueries>();
        var from = OperatingCalendar.DayStart(DateOnly.FromDateTime(Kst.ToKst(DateTimeOffset.UtcNow).DateTime).AddDays(14));
        foreach (var equipment in candidates)
        {
            var availability = await queries.AvailabilityAsync(null, equipment.Id, from, from.AddDays(28));
            var hours = Math.Max(2, equipment.MinBookingHours);
            var free = availability.Free.FirstOrDefault(f => f.Duration >= TimeSpan.FromHours(hours) && f.Start.Minute == 0);
            if (free != default)
            {
                return (equipment.Id, new TimeInterval(free.Start, free.Start.AddHours(hours)));
            }
        }

        throw new InvalidOperationException("The demo operator's center has no approval equipment with a free slot.");
    });
}
