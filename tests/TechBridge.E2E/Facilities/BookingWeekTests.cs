using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Shared.Formatting;
using TechBridge.E2E.Infrastructure;

namespace TechBridge.E2E.Facilities;

/// <summary>
/// The demo company books from the interactive week calendar: it drags over free cells, gives a purpose, books, and sees
/// the slot requested on the calendar at once; the keyboard chooses a slot the same way.
/// </summary>
[Collection(InChromium.Name)]
public sealed class BookingWeekTests(BrowserFixture browser)
{
    [Fact]
    public async Task BookingWeek_CompanyDragsOverFreeCells_BooksAndSeesTheSlotRequested()
    {
        var (equipmentId, slot) = await FreeSlotAsync(daysAhead: 21);
        var start = Kst.ToKst(slot.Start);
        var day = start.ToString("yyyy-MM-dd");
        var hours = (int)slot.Duration.TotalHours;
        var page = await browser.NewPageAsync();
        await page.SignInAsRoleAsync(Roles.Company);
        await page.GotoAsync($"/facilities/equipment/{equipmentId}?view=week&date={day}");
        await page.WaitForSelectorAsync("[data-testid=booking-week][data-interactive=true]", new() { Timeout = 30_000 });
        await page.ScreenshotAsync("booking-week-1-interactive");

        var first = page.Locator($"td[data-day='{day}'][data-hour='{start.Hour}']");
        var last = page.Locator($"td[data-day='{day}'][data-hour='{start.Hour + hours - 1}']");
        Assert.Equal("Free", await first.GetAttributeAsync("data-state"));
        await last.ScrollIntoViewIfNeededAsync();
        var from = (await first.BoundingBoxAsync())!;
        var to = (await last.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(from.X + from.Width / 2, from.Y + from.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(to.X + to.Width / 2, to.Y + to.Height / 2, new() { Steps = 8 });
        await page.Mouse.UpAsync();

        var purpose = page.Locator("[data-testid=selection-purpose]");
        await purpose.WaitForAsync();
        var selection = await page.TextContentAsync("[data-testid=selection-text]");
        Assert.Contains($"{start:HH:mm} – {start.AddHours(hours):HH:mm} ({hours}시간)", selection, StringComparison.Ordinal);
        Assert.Equal(hours, await page.Locator("td.slot-selected").CountAsync());
        await page.ScreenshotAsync("booking-week-2-selected");

        await purpose.FillAsync("주간 달력에서 끌어서 고른 분석 시간");
        await page.ClickAsync("[data-testid=book-selection]");
        await page.Locator("[data-testid=booking-week-done]").WaitForAsync();
        await page.WaitForSelectorAsync($"td[data-day='{day}'][data-hour='{start.Hour}'][data-state=Requested]");
        for (var hour = start.Hour; hour < start.Hour + hours; hour++)
        {
            Assert.Equal("Requested", await page.GetAttributeAsync($"td[data-day='{day}'][data-hour='{hour}']", "data-state"));
        }

        Assert.Contains("센터가 승인하면 확정됩니다", await page.TextContentAsync("[data-testid=booking-week-done]"), StringComparison.Ordinal);
        await page.ScreenshotAsync("booking-week-3-requested");

        using var scope = browser.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>();
        var booked = await db.Reservations.AsNoTracking().Where(r => r.EquipmentId == equipmentId && r.Start == slot.Start.ToUniversalTime()).SingleAsync();
        Assert.Equal((ReservationStatus.Requested, slot.End.ToUniversalTime(), "주간 달력에서 끌어서 고른 분석 시간"), (booked.Status, booked.End, booked.Purpose));
        var email = DemoAccounts.All.Single(a => a.Roles.Contains(Roles.Company)).Email;
        Assert.Equal(email, await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == nameof(Reservation) && e.EntityId == booked.Id.ToString()).Select(e => e.ActorName).SingleAsync());
        await page.Context.CloseAsync();
    }

    /// <summary>In English (the account's language, so the circuit's too): the texts rendered only once interactive are English.</summary>
    [Fact]
    public async Task BookingWeek_KeyboardInEnglish_ArrowsAndEnterChooseASlot()
    {
        var (equipmentId, slot) = await FreeSlotAsync(daysAhead: 35);
        var start = Kst.ToKst(slot.Start);
        var page = await browser.NewPageAsync();
        await page.SignInAsRoleAsync(Roles.Company);
        await page.GotoAsync($"/facilities/equipment/{equipmentId}?view=week&date={start:yyyy-MM-dd}");
        await page.ClickAsync("[data-testid=lang-switch]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        try
        {
            await ChooseByKeyboardAsync(page, start);
        }
        finally
        {
            // The language is the shared demo company's preference: switch it back so later tests start in Korean.
            await page.ClickAsync("[data-testid=lang-switch]");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        Assert.Equal("ko", await page.GetAttributeAsync("html", "lang"));
        await page.Context.CloseAsync();
    }

    private static async Task ChooseByKeyboardAsync(IPage page, DateTimeOffset start)
    {
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        await page.WaitForSelectorAsync("[data-testid=booking-week][data-interactive=true]", new() { Timeout = 30_000 });
        Assert.Contains("Drag over free cells", await page.TextContentAsync("#booking-week-hint"), StringComparison.Ordinal);
        var grid = page.Locator("[data-testid=calendar-grid]");
        var firstHour = int.Parse((await page.Locator("td[data-hour]").First.GetAttributeAsync("data-hour"))!, System.Globalization.CultureInfo.InvariantCulture);

        await grid.FocusAsync();
        for (var i = 0; i < ((int)start.DayOfWeek + 6) % 7; i++)
        {
            await page.Keyboard.PressAsync("ArrowRight");
        }

        for (var i = firstHour; i < start.Hour; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        await page.Keyboard.PressAsync("Enter");
        await page.Locator("[data-testid=selection-pick-end]").WaitForAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync(" ");

        await page.Locator("[data-testid=selection-purpose]").WaitForAsync();
        Assert.Contains($"{start:HH:mm} – {start.AddHours(2):HH:mm} (2 h)", await page.TextContentAsync("[data-testid=selection-text]"), StringComparison.Ordinal);
        Assert.Equal("Request booking", (await page.TextContentAsync("[data-testid=book-selection]"))!.Trim());
        Assert.Equal($"slot-{start:yyyyMMdd}-{start.Hour + 1:00}", await grid.GetAttributeAsync("aria-activedescendant"));
        await page.ScreenshotAsync("booking-week-4-keyboard-en");
    }

    /// <summary>An approval-needing equipment item of the demo operator's center with two free whole hours on one day, some weeks ahead.</summary>
    private Task<(Guid EquipmentId, TimeInterval Slot)> FreeSlotAsync(int daysAhead) => browser.WithScopeAsync<(Guid EquipmentId, TimeInterval Slot)>(async (db, services) =>
    {
        var center = await db.DemoCenterAsync();
        var candidates = await db.Equipment.AsNoTracking()
            .Where(e => e.CenterId == center && e.RequiresApproval && e.Status == EquipmentStatus.Available && e.MinBookingHours <= 2 && e.MaxBookingHours >= 2)
            .OrderByDescending(e => e.NameKo).Take(10).ToListAsync();
        var queries = services.GetRequiredService<ReservationQueries>();
        var from = OperatingCalendar.DayStart(DateOnly.FromDateTime(Kst.ToKst(DateTimeOffset.UtcNow).DateTime).AddDays(daysAhead));
        foreach (var equipment in candidates)
        {
            var availability = await queries.AvailabilityAsync(null, equipment.Id, from, from.AddDays(28));
            var free = availability.Free.FirstOrDefault(f => f.Start.Minute == 0 && f.Start.AddHours(2) <= f.End
                && Kst.ToKst(f.Start).Date == Kst.ToKst(f.Start.AddHours(2)).AddTicks(-1).Date);
            if (free != default)
            {
                return (equipment.Id, new TimeInterval(free.Start, free.Start.AddHours(2)));
            }
        }

        throw new InvalidOperationException("The demo operator's center has no approval equipment with two free hours.");
    });
}
