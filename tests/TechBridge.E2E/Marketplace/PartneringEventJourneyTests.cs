using System.Globalization;
using TechBridge.Core.Accounts;
using TechBridge.E2E.Infrastructure;

namespace TechBridge.E2E.Marketplace;

/// <summary>
/// A brokerage day in the browser: the demo coordinator creates an event (a bad form first) and opens registration; the
/// demo company and the demo researcher register with their offers, requests and an unavailable slot; the company asks
/// the researcher for a meeting from the participants page ("people you should meet" ranks the researcher first); the
/// researcher accepts; the coordinator runs the schedule, sees the meeting placed and publishes; both participants find
/// the meeting, at the same time and table, on their agenda.
/// </summary>
[Collection(InChromium.Name)]
public sealed class PartneringEventJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Organiser_OpensEventParticipantsMeet_ScheduleShowsOnBothAgendas()
    {
        var suffix = Guid.NewGuid().ToString("N")[..4];
        var researcherName = DemoAccounts.All.Single(a => a.Roles.Contains(Roles.Researcher)).DisplayName;
        var day = DateTime.UtcNow.AddDays(21).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var deadline = DateTime.UtcNow.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var organiser = await browser.NewPageAsync();
        await organiser.SignInAsRoleAsync(Roles.Coordinator);
        await organiser.ClickAsync("[data-testid=nav-events]");
        await organiser.ClickAsync("[data-testid=new-event]");
        await organiser.ClickAsync("[data-testid=create-event]");
        await organiser.Locator("[data-field=nameKo]").WaitForAsync();
        await organiser.FillAsync("#nameKo", $"코리아 유레카 데이 {suffix}");
        await organiser.FillAsync("#nameEn", $"Korea EUREKA Day {suffix}");
        await organiser.FillAsync("#description", "한-유럽 R&D 협력을 위한 일대일 기술 상담회입니다.");
        await organiser.FillAsync("#venue", "서울 코엑스 그랜드볼룸");
        await organiser.FillAsync("#firstDay", day);
        await organiser.FillAsync("#dailyStart", "10:00");
        await organiser.FillAsync("#dailyEnd", "12:00");
        await organiser.FillAsync("#meetingMinutes", "30");
        await organiser.FillAsync("#tables", "6");
        await organiser.FillAsync("#registrationDeadline", deadline);
        await organiser.ScreenshotAsync("event-1-new-event-form");
        await organiser.ClickAsync("[data-testid=create-event]");
        await organiser.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/marketplace/events/[0-9a-f-]{36}$"));
        var eventUrl = new Uri(organiser.Url).AbsolutePath;
        await organiser.ClickAsync("[data-testid=open-event]");
        await organiser.Locator("[data-testid=event-notice]").WaitForAsync();
        await organiser.ScreenshotAsync("event-2-opened");

        var company = await browser.NewPageAsync();
        await company.SignInAsRoleAsync(Roles.Company);
        await company.GotoAsync(eventUrl);
        await company.FillAsync("#organization", "누리정밀");
        await company.FillAsync("#offers", "정밀 감속기 설계와 시제품 가공");
        await company.FillAsync("#requests", "이차전지 양극재 소재 공동연구");
        await company.Locator("[data-testid=slot-checkboxes] input").Nth(3).CheckAsync();
        await company.ScreenshotAsync("event-3-company-registers");
        await company.ClickAsync("[data-testid=register]");
        await company.Locator("[data-testid=event-notice]").WaitForAsync();

        var researcher = await browser.NewPageAsync();
        await researcher.SignInAsRoleAsync(Roles.Researcher);
        await researcher.GotoAsync(eventUrl);
        await researcher.FillAsync("#organization", "한국과학기술원");
        await researcher.FillAsync("#offers", "이차전지 양극재 소재 합성과 평가");
        await researcher.FillAsync("#requests", "감속기 시제품 가공 협력 기업");
        await researcher.ClickAsync("[data-testid=register]");
        await researcher.Locator("[data-testid=event-notice]").WaitForAsync();

        await company.ClickAsync("[data-testid=tab-participants]");
        var suggestion = company.Locator("[data-testid=suggestion]").First;
        Assert.Contains(researcherName, await suggestion.TextContentAsync() ?? "", StringComparison.Ordinal);
        var row = company.Locator($"[data-testid=participant-row][data-name=\"{researcherName}\"]");
        Assert.Contains("미팅 수락 후 공개", await row.Locator("[data-testid=contact]").TextContentAsync() ?? "", StringComparison.Ordinal);
        await row.Locator("input[name=message]").FillAsync("양극재 소재 공동연구를 논의하고 싶습니다.");
        await company.ScreenshotAsync("event-4-people-to-meet");
        await row.Locator("[data-testid=request-meeting]").ClickAsync();
        await company.Locator("[data-testid=event-notice]").WaitForAsync();

        await researcher.ClickAsync("[data-testid=tab-meetings]");
        await researcher.Locator("[data-testid=requests-in] [data-testid=request-row]").WaitForAsync();
        await researcher.ScreenshotAsync("event-5-request-received");
        await researcher.ClickAsync("[data-testid=requests-in] [data-testid=accept]");
        await researcher.Locator("[data-testid=event-notice]").WaitForAsync();

        await organiser.GotoAsync(eventUrl);
        await organiser.ClickAsync("[data-testid=edit-event]");
        await organiser.Locator("[data-testid=slots-fixed]").WaitForAsync();
        Assert.NotNull(await organiser.Locator("#meetingMinutes").GetAttributeAsync("readonly"));
        await organiser.FillAsync("#venue", "대전 컨벤션센터 3층 그랜드홀");
        await organiser.ScreenshotAsync("event-5b-organiser-changes-venue");
        await organiser.ClickAsync("[data-testid=create-event]");
        await organiser.WaitForURLAsync("**" + eventUrl);
        await company.GotoAsync(eventUrl);
        Assert.Contains("대전 컨벤션센터 3층 그랜드홀", await company.Locator(".subtitle").First.TextContentAsync() ?? "", StringComparison.Ordinal);

        await organiser.GotoAsync(eventUrl + "/schedule");
        await organiser.ClickAsync("[data-testid=run-schedule]");
        await organiser.Locator("[data-testid=placement-row]").WaitForAsync();
        Assert.Equal("1", (await organiser.Locator("[data-testid=placed-count]").TextContentAsync())?.Trim());
        await organiser.ScreenshotAsync("event-6-schedule-run");
        await organiser.ClickAsync("[data-testid=publish-schedule]");
        await organiser.Locator("[data-testid=published-hint]").WaitForAsync();
        var placed = await organiser.Locator("[data-testid=placement-row] td").First.TextContentAsync();

        await company.GotoAsync(eventUrl + "/agenda");
        var companyRow = company.Locator("[data-testid=agenda-row]");
        Assert.Equal(1, await companyRow.CountAsync());
        Assert.Contains(researcherName, await companyRow.TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Contains(placed!.Trim(), await companyRow.TextContentAsync() ?? "", StringComparison.Ordinal);
        await company.ScreenshotAsync("event-7-company-agenda");

        await researcher.GotoAsync(eventUrl + "/agenda?culture=en");
        var researcherRow = researcher.Locator("[data-testid=agenda-row]");
        Assert.Equal(1, await researcherRow.CountAsync());
        Assert.Contains("누리정밀", await researcherRow.TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Contains(placed.Trim(), await researcherRow.TextContentAsync() ?? "", StringComparison.Ordinal);
        await researcher.ScreenshotAsync("event-8-researcher-agenda-en");
    }
}
