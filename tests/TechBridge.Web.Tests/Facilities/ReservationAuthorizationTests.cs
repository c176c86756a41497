using System.Net;
using System.Net.Http.Json;
using TechBridge.Core.Accounts;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Facilities;

/// <summary>
/// Every booking endpoint and page × every demo role, a second company, a second center and anonymous → the status each
/// gets. API: anonymous 401, not allowed 403 when the caller may see the reservation, 404 when not. Pages: anonymous is
/// redirected to the login, 302 elsewhere is the form's redirect after success. A form posted to a page that shows the
/// caller no such form is answered 400 by Blazor, the same for a reservation the caller may not see as for an unknown one.
/// </summary>
public abstract class ReservationAuthorizationTests(AppFixture fixture)
{
    private static readonly Dictionary<string, int[]> Matrix = new(StringComparer.Ordinal)
    {
        //                                           anon comp othCo res cent othCe coord  pm  rev admin
        ["GET availability"] =                     [401, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["POST reservations"] =                    [401, 201, 201, 403, 403, 403, 403, 403, 403, 403],
        ["GET equipment calendar.ics"] =           [401, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["GET reservations"] =                     [401, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["GET reservations mine"] =                [401, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["GET my calendar.ics"] =                  [401, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["GET reservation"] =                      [401, 200, 404, 404, 200, 404, 200, 200, 404, 200],
        ["GET reservation calendar.ics"] =         [401, 200, 404, 404, 200, 404, 200, 200, 404, 200],
        ["POST confirm (held)"] =                  [401, 200, 404, 404, 403, 404, 403, 403, 404, 403],
        ["POST approve"] =                         [401, 403, 404, 404, 200, 404, 403, 200, 404, 200],
        ["POST decline"] =                         [401, 403, 404, 404, 200, 404, 403, 200, 404, 200],
        ["POST cancel"] =                          [401, 200, 404, 404, 200, 404, 403, 200, 404, 200],
        ["POST check-in"] =                        [401, 403, 404, 404, 200, 404, 403, 200, 404, 200],
        ["POST check-out"] =                       [401, 403, 404, 404, 200, 404, 403, 200, 404, 200],
        ["POST no-show (before the start)"] =      [401, 403, 404, 404, 409, 404, 403, 409, 404, 409],
        ["PAGE /facilities/reservations"] =        [302, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["PAGE /facilities/reservations/{id}"] =   [302, 200, 404, 404, 200, 404, 200, 200, 404, 200],
        ["FORM book"] =                            [302, 302, 302, 400, 400, 400, 400, 400, 400, 400],
        ["FORM act Approve"] =                     [302, 403, 400, 400, 302, 400, 400, 302, 400, 302],
    };

    public static TheoryData<string> Endpoints() => [.. Matrix.Keys];

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_EveryCaller_AnswersTheExpectedStatus(string endpoint)
    {
        var equipment = await fixture.NewEquipmentAsync();
        var day = Day(60);
        await CallerMatrix.AssertRowAsync(fixture, endpoint, Matrix[endpoint],
            (column, caller, client) => SendAsync(endpoint, client, caller == CallerMatrix.Anonymous, equipment, At(day, 2 * column), At(day, 2 * column + 1)),
            "/facilities/reservations/");
    }

    private async Task<HttpResponseMessage> SendAsync(string endpoint, HttpClient client, bool anonymous, Guid equipment, DateTimeOffset start, DateTimeOffset end)
    {
        var range = $"from={Uri.EscapeDataString(Iso(start))}&to={Uri.EscapeDataString(Iso(end))}";
        switch (endpoint)
        {
            case "GET availability":
                return await client.GetAsync($"/api/v1/facilities/equipment/{equipment}/availability?{range}");
            case "POST reservations":
                return await client.PostAsJsonAsync($"/api/v1/facilities/equipment/{equipment}/reservations", new { start = Iso(start), end = Iso(end), purpose = "권한 확인" });
            case "GET equipment calendar.ics":
                return await client.GetAsync($"/api/v1/facilities/equipment/{equipment}/calendar.ics");
            case "GET reservations":
                return await client.GetAsync($"/api/v1/facilities/reservations?equipment={equipment}");
            case "GET reservations mine":
                return await client.GetAsync("/api/v1/facilities/reservations?mine=true");
            case "GET my calendar.ics":
                return await client.GetAsync("/api/v1/facilities/reservations/calendar.ics");
            case "GET reservation":
                return await client.GetAsync($"/api/v1/facilities/reservations/{await fixture.BookAsync(equipment, start, end)}");
            case "GET reservation calendar.ics":
                return await client.GetAsync($"/api/v1/facilities/reservations/{await fixture.BookAsync(equipment, start, end)}/calendar.ics");
            case "POST confirm (held)":
                return await ActAsync(client, await fixture.BookAsync(equipment, start, end, hold: true), "confirm");
            case "POST approve":
                return await ActAsync(client, await fixture.BookAsync(equipment, start, end), "approve");
            case "POST decline":
                return await ActAsync(client, await fixture.BookAsync(equipment, start, end), "decline");
            case "POST cancel":
                return await ActAsync(client, await fixture.BookAsync(equipment, start, end), "cancel");
            case "POST check-in":
                return await ActAsync(client, await StartingSoonAsync(), "check-in");
            case "POST check-out":
                var checkedIn = await StartingSoonAsync();
                await fixture.ActAsync(Email(Roles.CenterOperator), checkedIn, ReservationAction.CheckIn);
                return await ActAsync(client, checkedIn, "check-out");
            case "POST no-show (before the start)":
                var confirmed = await fixture.BookAsync(equipment, start, end);
                await fixture.ActAsync(Email(Roles.CenterOperator), confirmed, ReservationAction.Approve);
                return await ActAsync(client, confirmed, "no-show");
            case "PAGE /facilities/reservations":
                return await client.GetAsync("/facilities/reservations");
            case "PAGE /facilities/reservations/{id}":
                return await client.GetAsync($"/facilities/reservations/{await fixture.BookAsync(equipment, start, end)}");
            case "FORM book":
                return await client.PostFormAsync(TokenPage(anonymous), "book", new Dictionary<string, string>
                {
                    ["Input.StartDate"] = start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    ["Input.StartTime"] = start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                    ["Input.EndDate"] = end.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    ["Input.EndTime"] = end.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                    ["Input.Purpose"] = "권한 확인",
                }, action: $"/facilities/equipment/{equipment}");
            case "FORM act Approve":
                var requested = await fixture.BookAsync(equipment, start, end);
                return await client.PostFormAsync(TokenPage(anonymous), "act", new Dictionary<string, string> { ["Input.Action"] = "Approve" },
                    action: $"/facilities/reservations/{requested}");
            default:
                throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null);
        }

        // Check-in is allowed from an hour before the start: a fresh item per caller, booked to start in a few minutes.
        async Task<Guid> StartingSoonAsync()
        {
            var item = await fixture.NewEquipmentAsync(OpenRules(requiresApproval: false));
            var soon = Soon();
            return await fixture.BookAsync(item, soon, soon.AddHours(2));
        }
    }

    [Fact]
    public async Task ActForm_InvisibleAndUnknownReservation_AnswerTheSame()
    {
        var equipment = await fixture.NewEquipmentAsync();
        var day = Day(61);
        var id = await fixture.BookAsync(equipment, At(day, 10), At(day, 12));
        var other = await fixture.OtherCompanyClientAsync();
        var form = new Dictionary<string, string> { ["Input.Action"] = "Cancel" };

        var invisible = await other.PostFormAsync(TokenPage(false), "act", form, action: $"/facilities/reservations/{id}");
        var unknown = await other.PostFormAsync(TokenPage(false), "act", form, action: $"/facilities/reservations/{Guid.NewGuid()}");

        Assert.Equal(unknown.StatusCode, invisible.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/facilities/reservations/{id}")).StatusCode);
        Assert.Equal("Requested", (await (await fixture.SignedInAsAsync(Roles.Company)).GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/facilities/reservations/{id}")).GetProperty("status").GetString());
    }

    /// <summary>A page with an antiforgery token for the caller (every page has the language switch form; the login page for anonymous callers).</summary>
    private static string TokenPage(bool anonymous) => anonymous ? "/account/login" : "/facilities/reservations";

    private static Task<HttpResponseMessage> ActAsync(HttpClient client, Guid id, string action) =>
        client.PostAsJsonAsync($"/api/v1/facilities/reservations/{id}/{action}", new { reason = "권한 확인" });
}

[Collection(OnSqlite.Name)]
public sealed class ReservationAuthorizationSqliteTests(SqliteAppFixture fixture) : ReservationAuthorizationTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class ReservationAuthorizationPostgresTests(PostgresAppFixture fixture) : ReservationAuthorizationTests(fixture);
