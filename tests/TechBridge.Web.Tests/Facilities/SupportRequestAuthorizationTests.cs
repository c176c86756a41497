using System.Net.Http.Json;
using TechBridge.Core.Accounts;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Facilities;

/// <summary>
/// Every support-request endpoint and page × every demo role, another company, another center and anonymous. The request
/// of each row is sent by the demo company and (unless said) has a part with the demo center. API: anonymous 401; a party
/// that may not take the step 403; anyone who does not see the request 404. Pages: anonymous is redirected to the login;
/// 302 elsewhere is the form's redirect after success; a form posted to a page that shows the caller no form is 400.
/// </summary>
public abstract class SupportRequestAuthorizationTests(AppFixture fixture)
{
    private static readonly Dictionary<string, int[]> Matrix = new(StringComparer.Ordinal)
    {
        //                                     anon comp othCo res cent othCe coord  pm  rev admin
        ["GET requests"] =                   [401, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["POST requests"] =                  [401, 201, 201, 403, 403, 403, 403, 403, 403, 403],
        ["GET request"] =                    [401, 200, 404, 404, 200, 404, 200, 200, 404, 200],
        ["GET proposals"] =                  [401, 200, 404, 404, 403, 404, 200, 200, 404, 200],
        ["POST assignments"] =               [401, 403, 404, 404, 403, 404, 201, 201, 404, 201],
        ["POST ask"] =                       [401, 403, 404, 404, 403, 404, 200, 200, 404, 200],
        ["POST close"] =                     [401, 403, 404, 404, 403, 404, 200, 200, 404, 200],
        ["POST answer (awaiting)"] =         [401, 200, 404, 404, 403, 404, 403, 403, 404, 403],
        ["POST cancel"] =                    [401, 200, 404, 404, 403, 404, 403, 403, 404, 403],
        ["POST quote"] =                     [401, 403, 404, 404, 200, 404, 403, 200, 404, 200],
        ["POST decline"] =                   [401, 403, 404, 404, 200, 404, 403, 200, 404, 200],
        ["POST accept"] =                    [401, 200, 404, 404, 403, 404, 403, 403, 404, 403],
        ["POST reject"] =                    [401, 200, 404, 404, 403, 404, 403, 403, 404, 403],
        ["PAGE /facilities/requests"] =      [302, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["PAGE /facilities/requests/new"] =  [302, 200, 200, 403, 403, 403, 403, 403, 403, 403],
        ["PAGE /facilities/requests/{id}"] = [302, 200, 404, 404, 200, 404, 200, 200, 404, 200],
        ["FORM new request"] =               [302, 302, 302, 400, 400, 400, 400, 400, 400, 400],
        ["FORM act Ask"] =                   [302, 403, 400, 400, 403, 400, 302, 302, 400, 302],
        ["FORM act Quote"] =                 [302, 403, 400, 400, 302, 400, 403, 302, 400, 302],
        ["FORM act Accept"] =                [302, 302, 400, 400, 403, 400, 403, 403, 400, 403],
    };

    public static TheoryData<string> Endpoints() => [.. Matrix.Keys];

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_EveryCaller_AnswersTheExpectedStatus(string endpoint)
    {
        var day = Day(120);
        await CallerMatrix.AssertRowAsync(fixture, endpoint, Matrix[endpoint],
            (column, caller, client) => SendAsync(endpoint, client, caller == CallerMatrix.Anonymous, At(day, 2 * column), At(day, 2 * column + 1)),
            "/facilities/requests/");
    }

    private async Task<HttpResponseMessage> SendAsync(string endpoint, HttpClient client, bool anonymous, DateTimeOffset start, DateTimeOffset end)
    {
        const string api = "/api/v1/facilities";
        switch (endpoint)
        {
            case "GET requests":
                return await client.GetAsync($"{api}/requests");
            case "POST requests":
                return await client.PostAsJsonAsync($"{api}/requests", await fixture.BodyAsync("권한 확인"));
            case "GET request":
                return await client.GetAsync($"{api}/requests/{await WithPartAsync()}");
            case "GET proposals":
                return await client.GetAsync($"{api}/requests/{await WithPartAsync()}/proposals");
            case "POST assignments":
                return await client.PostAsJsonAsync($"{api}/requests/{await WithPartAsync()}/assignments",
                    new { centerId = await fixture.DemoCenterAsync(), service = "Consulting", note = "권한 확인" });
            case "POST ask":
                return await client.PostAsJsonAsync($"{api}/requests/{await WithPartAsync()}/ask", new { text = "권한 확인" });
            case "POST close":
                return await client.PostAsJsonAsync($"{api}/requests/{await WithPartAsync()}/close", new { text = "권한 확인" });
            case "POST answer (awaiting)":
                var awaiting = await WithPartAsync();
                await fixture.AskAsync(awaiting);
                return await client.PostAsJsonAsync($"{api}/requests/{awaiting}/answer", new { text = "권한 확인" });
            case "POST cancel":
                return await client.PostAsJsonAsync($"{api}/requests/{await WithPartAsync()}/cancel", new { text = "권한 확인" });
            case "POST quote":
                var (_, (part, equipment)) = await PartAsync();
                return await client.PostAsJsonAsync($"{api}/assignments/{part}/quote", new { priceKrw = 1000, equipmentId = equipment, start = Iso(start), end = Iso(end) });
            case "POST decline":
                return await client.PostAsJsonAsync($"{api}/assignments/{(await PartAsync()).Part.Part}/decline", new { text = "권한 확인" });
            case "POST accept":
                return await client.PostAsync($"{api}/assignments/{(await fixture.QuotedAsync(start, end)).Part}/accept", null);
            case "POST reject":
                return await client.PostAsJsonAsync($"{api}/assignments/{(await fixture.QuotedAsync(start, end)).Part}/reject", new { text = "권한 확인" });
            case "PAGE /facilities/requests":
                return await client.GetAsync("/facilities/requests");
            case "PAGE /facilities/requests/new":
                return await client.GetAsync("/facilities/requests/new");
            case "PAGE /facilities/requests/{id}":
                return await client.GetAsync($"/facilities/requests/{await WithPartAsync()}");
            case "FORM new request":
                return await client.PostFormAsync(TokenPage(anonymous), "request", new Dictionary<string, string>
                {
                    ["Input.Title"] = "권한 확인", ["Input.Industry"] = await fixture.DemoIndustryAsync(), ["Input.Product"] = "제품", ["Input.Problem"] = "문제",
                    ["Stages"] = "DEVELOPMENT", ["Input.PeriodFrom"] = Day(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    ["Input.PeriodTo"] = Day(40).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                }, action: "/facilities/requests/new");
            case "FORM act Ask":
                return await client.PostFormAsync(TokenPage(anonymous), "act", new Dictionary<string, string> { ["Input.Action"] = "Ask", ["Input.Text"] = "권한 확인" },
                    action: $"/facilities/requests/{await WithPartAsync()}");
            case "FORM act Quote":
                var (request, (quoted, item)) = await PartAsync();
                return await client.PostFormAsync(TokenPage(anonymous), "act", new Dictionary<string, string>
                {
                    ["Input.Action"] = "Quote", ["Input.PartId"] = quoted.ToString(), ["Input.Price"] = "1,000", ["Input.EquipmentId"] = item.ToString(),
                    ["Input.StartDate"] = start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    ["Input.StartTime"] = start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                    ["Input.EndDate"] = end.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    ["Input.EndTime"] = end.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                }, action: $"/facilities/requests/{request}");
            case "FORM act Accept":
                var (accepted, acceptedPart, _) = await fixture.QuotedAsync(start, end);
                return await client.PostFormAsync(TokenPage(anonymous), "act", new Dictionary<string, string> { ["Input.Action"] = "Accept", ["Input.PartId"] = acceptedPart.ToString() },
                    action: $"/facilities/requests/{accepted}");
            default:
                throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null);
        }

        async Task<Guid> WithPartAsync() => (await PartAsync()).Request;

        async Task<(Guid Request, (Guid Part, Guid Equipment) Part)> PartAsync()
        {
            var request = await fixture.SubmitRequestAsync("권한 확인");
            return (request, await fixture.AssignPartAsync(request));
        }
    }

    [Fact]
    public async Task ActForm_InvisibleAndUnknownRequest_AnswerTheSame()
    {
        var id = await fixture.SubmitRequestAsync("보이지 않는 요청");
        var other = await fixture.OtherCompanyClientAsync();
        var form = new Dictionary<string, string> { ["Input.Action"] = "Cancel" };

        var invisible = await other.PostFormAsync(TokenPage(false), "act", form, action: $"/facilities/requests/{id}");
        var unknown = await other.PostFormAsync(TokenPage(false), "act", form, action: $"/facilities/requests/{Guid.NewGuid()}");

        Assert.Equal(unknown.StatusCode, invisible.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await other.GetAsync($"/facilities/requests/{id}")).StatusCode);
        var company = await fixture.SignedInAsAsync(Roles.Company);
        Assert.Equal("Submitted", (await company.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/facilities/requests/{id}")).GetProperty("status").GetString());
    }

    private static string TokenPage(bool anonymous) => anonymous ? "/account/login" : "/facilities/requests";
}

[Collection(OnSqlite.Name)]
public sealed class SupportRequestAuthorizationSqliteTests(SqliteAppFixture fixture) : SupportRequestAuthorizationTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class SupportRequestAuthorizationPostgresTests(PostgresAppFixture fixture) : SupportRequestAuthorizationTests(fixture);
