using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Marketplace.Events;
using TechBridge.E2E.Infrastructure;

namespace TechBridge.E2E.Marketplace;

/// <summary>
/// After a brokerage day, in the browser: the demo company met an institute's tech-transfer office (set up through the
/// services, the event then moved to yesterday); on its agenda it records "follow-up planned" with the next step, is
/// offered an inquiry prefilled from the meeting and sends it; the institute (in English) opens a deal from that thread,
/// picking its technology; the organiser's event page counts one meeting with a follow-up, one thread, one deal.
/// </summary>
[Collection(InChromium.Name)]
public sealed class MeetingFollowUpJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Participant_PlansAFollowUp_ContinuesInAThreadThatBecomesADealAndTheOrganiserSeesTheCounts()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var (technology, ownerEmail, title) = await browser.SetUpAsync(suffix);
        var eventId = await HeldMeetingAsync(ownerEmail, suffix);
        var eventUrl = $"/marketplace/events/{eventId}";

        var company = await browser.NewPageAsync();
        await company.SignInAsRoleAsync(Roles.Company);
        await company.GotoAsync(eventUrl + "/agenda");
        var row = company.Locator("[data-testid=agenda-row]");
        await row.Locator("input[name=followUp][value=true]").CheckAsync();
        await row.Locator("input[name=nextStep]").FillAsync("NDA 체결 후 기술 미팅");
        await row.Locator("[data-testid=feedback-form] button[type=submit]").ClickAsync();
        await company.Locator("[data-testid=event-notice]").WaitForAsync();
        var offer = company.Locator("[data-testid=follow-up]");
        await offer.Locator("summary").ClickAsync();
        var subject = await offer.Locator("input[name=subject]").InputValueAsync();
        var body = await offer.Locator("textarea[name=body]").InputValueAsync();
        Assert.StartsWith($"한국소재연구원 {suffix} · ", subject, StringComparison.Ordinal);
        Assert.Contains("다음 단계: NDA 체결 후 기술 미팅", body, StringComparison.Ordinal);
        Assert.Contains($"행사: 기술이전 상담회 {suffix}", body, StringComparison.Ordinal);
        Assert.Contains("KST · T1", body, StringComparison.Ordinal);
        await company.ScreenshotAsync("followup-1-agenda-offers-a-thread");
        await offer.Locator("[data-testid=follow-up-send]").ClickAsync();
        await company.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/marketplace/inquiries/[0-9a-f-]{36}$"));
        var thread = company.Url;
        Assert.Contains("다음 단계: NDA 체결 후 기술 미팅", await company.Locator("[data-testid=inquiry-message]").TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Contains($"기술이전 상담회 {suffix}", await company.Locator("[data-testid=inquiry-origin]").TextContentAsync() ?? "", StringComparison.Ordinal);
        await company.ScreenshotAsync("followup-2-thread-sent");
        await company.GotoAsync(eventUrl + "/agenda");
        Assert.Equal(new Uri(thread).AbsolutePath, await company.GetAttributeAsync("[data-testid=follow-up-thread]", "href"));

        var owner = await browser.NewPageAsync();
        await owner.SignInAsync(ownerEmail, InquiryJourney.OwnerPassword);
        await owner.GotoAsync(thread);
        Assert.Equal(technology.ToString(), await owner.Locator("[data-testid=deal-technology]").InputValueAsync());
        await owner.ScreenshotAsync("followup-3-owner-thread-en");
        await owner.ClickAsync("[data-testid=open-deal]");
        await owner.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/marketplace/deals/[0-9a-f-]{36}"));
        Assert.Contains($"Dry coating of solid electrolytes {suffix}", await owner.ContentAsync(), StringComparison.Ordinal);
        _ = title;

        var organiser = await browser.NewPageAsync();
        await organiser.SignInAsRoleAsync(Roles.Coordinator);
        await organiser.GotoAsync(eventUrl);
        var counts = organiser.Locator("[data-testid=event-follow-ups]");
        Assert.Equal(("1", "1", "1"), (
            (await counts.Locator("[data-testid=follow-ups-planned]").TextContentAsync())?.Trim(),
            (await counts.Locator("[data-testid=follow-ups-threads]").TextContentAsync())?.Trim(),
            (await counts.Locator("[data-testid=follow-ups-deals]").TextContentAsync())?.Trim()));
        Assert.Contains("거래로 이어진 미팅", await counts.TextContentAsync() ?? "", StringComparison.Ordinal);
        await organiser.ScreenshotAsync("followup-4-organiser-counts");
        await organiser.GotoAsync(eventUrl + "?culture=en");
        Assert.Contains("Meetings that led to a deal", await organiser.Locator("[data-testid=event-follow-ups]").TextContentAsync() ?? "", StringComparison.Ordinal);
        await organiser.ScreenshotAsync("followup-5-organiser-counts-en");
    }

    /// <summary>
    /// The demo coordinator's event where the demo company asked the institute's account for a meeting, it was accepted,
    /// scheduled and published; then the event is moved to yesterday, so the meeting has been held.
    /// </summary>
    private Task<Guid> HeldMeetingAsync(string ownerEmail, string suffix) =>
        browser.WithScopeAsync(async (db, services) =>
        {
            var coordinatorEmail = DemoLookups.DemoEmail(Roles.Coordinator);
            var companyEmail = DemoLookups.DemoEmail(Roles.Company);
            var ownerNormalized = UserAccount.Normalize(ownerEmail);
            var organizer = await db.Users.Where(u => u.NormalizedEmail == coordinatorEmail).Select(u => u.Id).SingleAsync();
            var company = await db.Users.Where(u => u.NormalizedEmail == companyEmail).Select(u => u.Id).SingleAsync();
            var owner = await db.Users.Where(u => u.NormalizedEmail == ownerNormalized).Select(u => u.Id).SingleAsync();
            var field = await db.Fields.OrderBy(f => f.SortOrder).Select(f => f.Code).FirstAsync();
            var day = DateTime.UtcNow.AddDays(21).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var deadline = DateTime.UtcNow.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var events = services.GetRequiredService<EventService>();
            var id = await events.CreateAsync(organizer, new EventInput($"기술이전 상담회 {suffix}", $"Technology transfer brokerage {suffix}", "일대일 기술 상담",
                "대전컨벤션센터", false, day, day, "10:00", "11:00", 30, 2, deadline));
            await events.AdvanceAsync(organizer, id, PartneringEventStatus.Open);
            await events.RegisterAsync(company, id, new RegistrationInput("누리정밀", "정밀 감속기 수요", "고체전해질 코팅 기술", [field], []));
            var ownerSeat = await events.RegisterAsync(owner, id, new RegistrationInput($"한국소재연구원 {suffix}", "고체전해질 건식 코팅 기술", "수요 기업", [field], []));
            var meetings = services.GetRequiredService<EventMeetingService>();
            var request = await meetings.RequestAsync(company, id, ownerSeat, "코팅 기술 이전을 논의하고 싶습니다.");
            await meetings.AnswerAsync(owner, id, request, accept: true, null);
            var schedule = services.GetRequiredService<EventScheduleService>();
            await schedule.RunAsync(organizer, id);
            await schedule.PublishAsync(organizer, id);
            var yesterday = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1));
            await db.PartneringEvents.Where(e => e.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(e => e.FirstDay, yesterday).SetProperty(e => e.LastDay, yesterday)
                .SetProperty(e => e.RegistrationDeadline, DateTimeOffset.UtcNow.AddDays(-3)));
            return id;
        });
}
