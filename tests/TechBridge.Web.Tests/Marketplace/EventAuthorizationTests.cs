using System.Net.Http.Json;
using TechBridge.Core.Accounts;
using TechBridge.Core.Marketplace.Events;
using TechBridge.Web.Tests.Facilities;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Marketplace;

/// <summary>
/// Every partnering-event endpoint and page × anonymous, every demo role, another company and another center (both never
/// registered). The demo coordinator organises; program managers and administrators manage too; the demo company,
/// researcher and center operator are registered participants. A changing row acts on an event of its own for each
/// caller, so every 2xx is the real effect.
/// </summary>
public abstract class EventAuthorizationTests(AppFixture fixture)
{
    private const string Api = EventWebWorld.Api;

    private static readonly Dictionary<string, int[]> Matrix = new(StringComparer.Ordinal)
    {
        //                                        anon comp othCo res cent othCe coord  pm  rev admin
        ["GET events"] =                        [401, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["POST event"] =                        [401, 403, 403, 403, 403, 403, 201, 201, 403, 403],
        ["POST event (invalid)"] =              [401, 403, 403, 403, 403, 403, 400, 400, 403, 403],
        ["GET event"] =                         [401, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["GET event (draft)"] =                 [401, 404, 404, 404, 404, 404, 200, 200, 404, 200],
        ["GET event (unknown)"] =               [401, 404, 404, 404, 404, 404, 404, 404, 404, 404],
        ["PUT event"] =                         [401, 403, 403, 403, 403, 403, 204, 204, 403, 204],
        ["PUT event (fixed slots)"] =           [401, 403, 403, 403, 403, 403, 400, 400, 403, 400],
        ["PUT event (draft)"] =                 [401, 404, 404, 404, 404, 404, 204, 204, 404, 204],
        ["POST open"] =                         [401, 404, 404, 404, 404, 404, 204, 204, 404, 204],
        ["POST close (open event)"] =           [401, 403, 403, 403, 403, 403, 409, 409, 403, 409],
        ["PUT registration"] =                  [401, 200, 200, 200, 200, 200, 403, 403, 403, 403],
        ["PUT registration (invalid)"] =        [401, 400, 400, 400, 400, 400, 403, 403, 403, 403],
        ["GET participants"] =                  [401, 200, 403, 200, 200, 403, 200, 200, 403, 200],
        ["GET meetings"] =                      [401, 200, 403, 200, 200, 403, 403, 403, 403, 403],
        ["POST meeting request"] =              [401, 201, 403, 201, 201, 403, 403, 403, 403, 403],
        ["POST accept"] =                       [401, 403, 403, 204, 403, 403, 403, 403, 403, 403],
        ["POST decline"] =                      [401, 403, 403, 204, 403, 403, 403, 403, 403, 403],
        ["PUT feedback"] =                      [401, 204, 403, 204, 403, 403, 403, 403, 403, 403],
        // A party who planned a follow-up may continue: the company reaches the demo researcher's directory entry (made
        // before the row: the researcher belongs to no organisation), the researcher reaches the company's organisation.
        ["POST follow-up"] =                    [401, 200, 403, 200, 403, 403, 403, 403, 403, 403],
        ["POST follow-up (not planned)"] =      [401, 409, 403, 409, 403, 403, 403, 403, 403, 403],
        ["GET follow-ups"] =                    [401, 403, 403, 403, 403, 403, 200, 200, 403, 200],
        ["GET schedule"] =                      [401, 403, 403, 403, 403, 403, 200, 200, 403, 200],
        ["POST run"] =                          [401, 403, 403, 403, 403, 403, 200, 200, 403, 200],
        ["PUT lock"] =                          [401, 403, 403, 403, 403, 403, 204, 204, 403, 204],
        ["POST publish"] =                      [401, 403, 403, 403, 403, 403, 204, 204, 403, 204],
        ["GET agenda"] =                        [401, 200, 403, 200, 200, 403, 403, 403, 403, 403],
        ["GET agenda.ics"] =                    [401, 200, 403, 200, 200, 403, 403, 403, 403, 403],
    };

    private static readonly Dictionary<string, int[]> Pages = new(StringComparer.Ordinal)
    {
        //                                        anon comp othCo res cent othCe coord  pm  rev admin
        ["PAGE events"] =                       [302, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["PAGE new event"] =                    [302, 403, 403, 403, 403, 403, 200, 200, 403, 403],
        ["PAGE edit event"] =                   [302, 403, 403, 403, 403, 403, 200, 200, 403, 200],
        ["PAGE edit event (draft)"] =           [302, 404, 404, 404, 404, 404, 200, 200, 404, 200],
        ["PAGE edit event (unknown)"] =         [302, 404, 404, 404, 404, 404, 404, 404, 404, 404],
        ["PAGE event"] =                        [302, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["PAGE event (draft)"] =                [302, 404, 404, 404, 404, 404, 200, 200, 404, 200],
        ["PAGE event (unknown)"] =              [302, 404, 404, 404, 404, 404, 404, 404, 404, 404],
        ["PAGE participants"] =                 [302, 200, 403, 200, 200, 403, 200, 200, 403, 200],
        ["PAGE meetings"] =                     [302, 200, 403, 200, 200, 403, 403, 403, 403, 403],
        ["PAGE schedule"] =                     [302, 403, 403, 403, 403, 403, 200, 200, 403, 200],
        ["PAGE agenda"] =                       [302, 200, 403, 200, 200, 403, 403, 403, 403, 403],
    };

    public static TheoryData<string> Endpoints() => [.. Matrix.Keys];

    public static TheoryData<string> PageRows() => [.. Pages.Keys];

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_EveryCaller_AnswersTheExpectedStatus(string endpoint)
    {
        var shared = await fixture.EventAsync();
        await fixture.RequestAsync(shared, Roles.Company, Roles.Researcher, MeetingRequestStatus.Accepted, place: true);
        if (endpoint == "POST follow-up")
        {
            // Other tests may or may not have given the demo researcher a directory entry (a talent profile does): give it one here.
            await fixture.ResearcherPersonAsync();
        }

        await CallerMatrix.AssertRowAsync(fixture, endpoint, Matrix[endpoint], async (_, caller, client) => await SendAsync(endpoint, caller, client, shared));
    }

    [Theory]
    [MemberData(nameof(PageRows))]
    public async Task Page_EveryCaller_AnswersTheExpectedStatus(string page)
    {
        var shared = await fixture.EventAsync(PartneringEventStatus.Scheduled);
        await fixture.RequestAsync(shared, Roles.Company, Roles.Researcher, MeetingRequestStatus.Accepted, place: true);
        var draft = await fixture.EventAsync(PartneringEventStatus.Draft, registered: []);
        var path = page switch
        {
            "PAGE events" => "/marketplace/events",
            "PAGE new event" => "/marketplace/events/new",
            "PAGE edit event" => $"/marketplace/events/{shared.Event}/edit",
            "PAGE edit event (draft)" => $"/marketplace/events/{draft.Event}/edit",
            "PAGE edit event (unknown)" => $"/marketplace/events/{Guid.NewGuid()}/edit",
            "PAGE event" => $"/marketplace/events/{shared.Event}",
            "PAGE event (draft)" => $"/marketplace/events/{draft.Event}",
            "PAGE event (unknown)" => $"/marketplace/events/{Guid.NewGuid()}",
            "PAGE participants" => $"/marketplace/events/{shared.Event}/participants",
            "PAGE meetings" => $"/marketplace/events/{shared.Event}/meetings",
            "PAGE schedule" => $"/marketplace/events/{shared.Event}/schedule",
            "PAGE agenda" => $"/marketplace/events/{shared.Event}/agenda",
            _ => throw new ArgumentOutOfRangeException(nameof(page), page, null),
        };
        await CallerMatrix.AssertRowAsync(fixture, page, Pages[page], (_, _, client) => client.GetAsync(path), redirectPrefix: "/account/denied");
    }

    private async Task<HttpResponseMessage> SendAsync(string row, string caller, HttpClient client, EventWebWorld.World shared)
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(40)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var deadline = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        switch (row)
        {
            case "GET events": return await client.GetAsync(Api);
            case "POST event":
                return await client.PostAsJsonAsync(Api, new
                {
                    nameKo = "권한 상담회", venue = "코엑스", firstDay = day, dailyStart = "09:00", dailyEnd = "12:00", meetingMinutes = 30, tables = 5, registrationDeadline = deadline,
                });
            case "POST event (invalid)": return await client.PostAsJsonAsync(Api, new { nameKo = "", meetingMinutes = 1 });
            case "GET event": return await client.GetAsync($"{Api}/{shared.Event}");
            case "GET event (draft)": return await client.GetAsync($"{Api}/{(await fixture.EventAsync(PartneringEventStatus.Draft, registered: [])).Event}");
            case "GET event (unknown)": return await client.GetAsync($"{Api}/{Guid.NewGuid()}");
            case "PUT event": return await client.PutAsJsonAsync($"{Api}/{(await fixture.EventAsync()).Event}", EventWebWorld.Body(venue: "대전 컨벤션센터 2층"));
            case "PUT event (fixed slots)": return await client.PutAsJsonAsync($"{Api}/{(await fixture.EventAsync()).Event}", EventWebWorld.Body(meetingMinutes: 20));
            case "PUT event (draft)":
                return await client.PutAsJsonAsync($"{Api}/{(await fixture.EventAsync(PartneringEventStatus.Draft, registered: [])).Event}", EventWebWorld.Body(meetingMinutes: 20));
            case "POST open": return await client.PostAsync($"{Api}/{(await fixture.EventAsync(PartneringEventStatus.Draft, registered: [])).Event}/open", null);
            case "POST close (open event)": return await client.PostAsync($"{Api}/{(await fixture.EventAsync(registered: [])).Event}/close", null);
            case "PUT registration":
                return await client.PutAsJsonAsync($"{Api}/{(await fixture.EventAsync(registered: [])).Event}/registration",
                    new { organization = "테스트 기관", offers = "가공", requests = "소재", fields = Array.Empty<string>(), unavailableSlots = new[] { 1 } });
            case "PUT registration (invalid)":
                return await client.PutAsJsonAsync($"{Api}/{(await fixture.EventAsync(registered: [])).Event}/registration", new { organization = "", unavailableSlots = new[] { 9 } });
            case "GET participants": return await client.GetAsync($"{Api}/{shared.Event}/participants");
            case "GET meetings": return await client.GetAsync($"{Api}/{shared.Event}/meetings");
            case "POST meeting request":
            {
                var fresh = await fixture.EventAsync();
                var to = caller == Roles.Researcher ? Roles.Company : Roles.Researcher;
                return await client.PostAsJsonAsync($"{Api}/{fresh.Event}/meetings", new { recipientId = fresh.Participants[to], message = "뵙고 싶습니다" });
            }

            case "POST accept":
            case "POST decline":
            {
                var fresh = await fixture.EventAsync();
                var request = await fixture.RequestAsync(fresh, Roles.Company, Roles.Researcher);
                return row == "POST accept"
                    ? await client.PostAsync($"{Api}/{fresh.Event}/meetings/{request}/accept", null)
                    : await client.PostAsJsonAsync($"{Api}/{fresh.Event}/meetings/{request}/decline", new { reason = "일정 불가" });
            }

            case "PUT feedback":
            {
                var held = await fixture.EventAsync(PartneringEventStatus.Scheduled, held: true);
                await fixture.RequestAsync(held, Roles.Company, Roles.Researcher, MeetingRequestStatus.Accepted, place: true);
                var request = await fixture.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.EventMeetingRequests, r => r.EventId == held.Event));
                return await client.PutAsJsonAsync($"{Api}/{held.Event}/meetings/{request.Id}/feedback", new { followUpPlanned = true, nextStep = "NDA" });
            }

            case "POST follow-up":
            case "POST follow-up (not planned)":
            {
                var held = await fixture.EventAsync(PartneringEventStatus.Scheduled, held: true);
                await fixture.RequestAsync(held, Roles.Company, Roles.Researcher, MeetingRequestStatus.Accepted, place: true);
                var request = await fixture.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.EventMeetingRequests, r => r.EventId == held.Event));
                if (row == "POST follow-up")
                {
                    await fixture.QueryAsync(db =>
                    {
                        foreach (var side in new[] { Roles.Company, Roles.Researcher })
                        {
                            db.EventMeetingFeedback.Add(new EventMeetingFeedback
                            {
                                MeetingRequestId = request.Id, ParticipantId = held.Participants[side], FollowUpPlanned = true, NextStep = "NDA", GivenAt = DateTimeOffset.UtcNow,
                            });
                        }

                        return db.SaveChangesAsync();
                    });
                }

                return await client.PostAsJsonAsync($"{Api}/{held.Event}/meetings/{request.Id}/follow-up", new { subject = "상담회 후속 논의", body = "다음 단계: NDA" });
            }

            case "GET follow-ups": return await client.GetAsync($"{Api}/{shared.Event}/follow-ups");
            case "GET schedule": return await client.GetAsync($"{Api}/{shared.Event}/schedule");
            case "POST run":
            {
                var fresh = await fixture.EventAsync();
                await fixture.RequestAsync(fresh, Roles.Company, Roles.Researcher, MeetingRequestStatus.Accepted);
                return await client.PostAsync($"{Api}/{fresh.Event}/schedule/run", null);
            }

            case "PUT lock":
            {
                var fresh = await fixture.EventAsync();
                var placement = await fixture.RequestAsync(fresh, Roles.Company, Roles.Researcher, MeetingRequestStatus.Accepted, place: true);
                return await client.PutAsJsonAsync($"{Api}/{fresh.Event}/schedule/placements/{placement}/lock", new { locked = true });
            }

            case "POST publish":
            {
                var fresh = await fixture.EventAsync();
                await fixture.RequestAsync(fresh, Roles.Company, Roles.Researcher, MeetingRequestStatus.Accepted, place: true);
                return await client.PostAsync($"{Api}/{fresh.Event}/schedule/publish", null);
            }

            case "GET agenda": return await client.GetAsync($"{Api}/{shared.Event}/agenda");
            case "GET agenda.ics": return await client.GetAsync($"{Api}/{shared.Event}/agenda.ics");
            default: throw new ArgumentOutOfRangeException(nameof(row), row, null);
        }
    }
}

[Collection(OnSqlite.Name)]
public sealed class EventAuthorizationSqliteTests(SqliteAppFixture fixture) : EventAuthorizationTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class EventAuthorizationPostgresTests(PostgresAppFixture fixture) : EventAuthorizationTests(fixture);
