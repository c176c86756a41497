using System.Net;
using System.Net.Http.Json;
using TechBridge.Core.Accounts;
using TechBridge.Web.Tests.Facilities;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Marketplace;

/// <summary>Event pages and API beyond authorization: field messages in both languages, problem details, contacts hidden until accepted, the .ics file.</summary>
public abstract class EventPageTests(AppFixture fixture)
{
    [Fact]
    public async Task NewEvent_BadInputInKoreanAndEnglish_ShowsFieldMessagesThenTheDraft()
    {
        var client = await fixture.SignedInAsAsync(Roles.Coordinator);
        var blank = await client.PostFormAsync("/marketplace/events/new", "event", new Dictionary<string, string> { ["nameKo"] = "", ["meetingMinutes"] = "5", ["tables"] = "0" });
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        var html = await blank.Content.ReadAsStringAsync();
        Assert.Contains("행사명(국문)을 입력하세요.", html, StringComparison.Ordinal);
        Assert.Contains("장소를 입력하세요.", html, StringComparison.Ordinal);
        var english = await client.PostFormAsync("/marketplace/events/new?culture=en", "event", new Dictionary<string, string> { ["nameKo"] = "", ["firstDay"] = "tomorrow" });
        var en = await english.Content.ReadAsStringAsync();
        Assert.Contains("Enter the First day as a date like 2027-03-10.", en, StringComparison.Ordinal);

        var day = DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var created = await client.PostFormAsync("/marketplace/events/new", "event", new Dictionary<string, string>
        {
            ["nameKo"] = "한-미 기술협력 포럼 상담회", ["venue"] = "서울 코엑스", ["firstDay"] = day, ["dailyStart"] = "13:00", ["dailyEnd"] = "17:00",
            ["meetingMinutes"] = "30", ["tables"] = "12", ["registrationDeadline"] = day,
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = await client.GetStringAsync(created.RedirectPath());
        Assert.Contains("한-미 기술협력 포럼 상담회", page, StringComparison.Ordinal);
        Assert.Contains("12개 · 미팅 시간대 8개", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"open-event\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditEvent_WithRegistrations_SlotFieldsFixedVenueChangeSavedAndToldStaleAndSlotChangesRefused()
    {
        var world = await fixture.EventAsync();
        var client = await fixture.SignedInAsAsync(Roles.Coordinator);
        var path = $"/marketplace/events/{world.Event}/edit";

        var form = await client.GetStringAsync(path);
        var version = System.Text.RegularExpressions.Regex.Match(form, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value;
        var fields = System.Text.Json.JsonSerializer.SerializeToElement(EventWebWorld.Body(venue: "대전 컨벤션센터 3층 그랜드홀")).EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.ToString());
        fields["version"] = version;
        var english = await client.PostFormAsync(path + "?culture=en", "event", new Dictionary<string, string>(fields) { ["meetingMinutes"] = "20" });
        var saved = await client.PostFormAsync(path, "event", fields);
        var stale = await client.PostFormAsync(path, "event", fields);
        var company = await fixture.UserIdAsync(Facilities.ReservationWorld.Email(Roles.Company));

        Assert.Contains("value=\"대전 컨벤션센터\"", form, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"slots-fixed\"", form, StringComparison.Ordinal);
        Assert.Matches("id=\"meetingMinutes\" readonly", form);
        Assert.Equal(HttpStatusCode.BadRequest, english.StatusCode);
        Assert.Contains("the days, daily hours and meeting length can no longer change", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Redirect, $"/marketplace/events/{world.Event}"), (saved.StatusCode, saved.RedirectPath()));
        Assert.Contains("대전 컨벤션센터 3층 그랜드홀", await client.GetStringAsync($"/marketplace/events/{world.Event}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("data-testid=\"form-conflict\"", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await fixture.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.InboxMessages,
            m => m.UserId == company && m.Template == "EventChanged" && m.Link == $"/marketplace/events/{world.Event}")));
    }

    [Fact]
    public async Task ParticipantsAndApi_RequestedThenAccepted_ContactShownOnlyAfterAcceptingAndIcsServed()
    {
        var world = await fixture.EventAsync();
        var company = await fixture.SignedInAsAsync(Roles.Company);
        var researcher = await fixture.SignedInAsAsync(Roles.Researcher);
        var path = $"/marketplace/events/{world.Event}/participants";
        var before = await company.GetStringAsync(path);
        Assert.Contains("미팅 수락 후 공개", before, StringComparison.Ordinal);
        Assert.Contains("만나 보면 좋을 참가자", before, StringComparison.Ordinal);

        var sent = await company.PostAsJsonAsync($"{EventWebWorld.Api}/{world.Event}/meetings", new { recipientId = world.Participants[Roles.Researcher], message = "소재 협력 논의" });
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var again = await company.PostAsJsonAsync($"{EventWebWorld.Api}/{world.Event}/meetings", new { recipientId = world.Participants[Roles.Researcher] });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var missing = await company.PostAsJsonAsync($"{EventWebWorld.Api}/{world.Event}/meetings", new { message = "누구?" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("recipientId", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var meetings = await researcher.GetStringAsync($"/marketplace/events/{world.Event}/meetings");
        Assert.Contains("소재 협력 논의", meetings, StringComparison.Ordinal);
        var requests = await researcher.GetFromJsonAsync<System.Text.Json.JsonElement>($"{EventWebWorld.Api}/{world.Event}/meetings");
        var accepted = await researcher.PostFormAsync($"/marketplace/events/{world.Event}/meetings", $"accept-{requests[0].GetProperty("id").GetString()}", []);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Contains("미팅 요청을 수락했습니다.", await accepted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var after = await company.GetStringAsync(path);
        Assert.Contains("mailto:" + ReservationWorld.Email(Roles.Researcher), after, StringComparison.Ordinal);

        var ics = await company.GetAsync($"{EventWebWorld.Api}/{world.Event}/agenda.ics");
        Assert.Equal("text/calendar", ics.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("BEGIN:VCALENDAR", await ics.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

[Collection(OnSqlite.Name)]
public sealed class EventPageSqliteTests(SqliteAppFixture fixture) : EventPageTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class EventPagePostgresTests(PostgresAppFixture fixture) : EventPageTests(fixture);
