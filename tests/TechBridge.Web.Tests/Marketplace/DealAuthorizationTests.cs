using System.Net.Http.Json;
using System.Text;
using TechBridge.Web.Tests.Facilities;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Marketplace;

/// <summary>
/// Every deal endpoint and page × every demo role, another company, another center and anonymous. The deal is between the
/// demo center (seller: the center operator) and the demo company user (buyer): they act on it, program managers and
/// administrators only read it (403 on a change), everyone else gets 404, exactly as for a deal that does not exist.
/// Anyone signed in may open a deal about a technology as its buyer; only the owner side opens one from an inquiry.
/// A changing row acts on a deal of its own for each caller, so every 2xx is the real effect.
/// </summary>
public abstract class DealAuthorizationTests(AppFixture fixture)
{
    private const string Api = DealWorld.Api;

    private static readonly Dictionary<string, int[]> Matrix = new(StringComparer.Ordinal)
    {
        //                                        anon comp othCo res cent othCe coord  pm  rev admin
        ["GET deals"] =                         [401, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["GET deals (bad filter)"] =            [401, 400, 400, 400, 400, 400, 400, 400, 400, 400],
        ["POST deal (as buyer)"] =              [401, 201, 201, 201, 400, 201, 201, 201, 201, 201],
        ["POST deal (from inquiry)"] =          [401, 403, 404, 404, 201, 404, 404, 403, 404, 403],
        ["POST deal (unknown technology)"] =    [401, 404, 404, 404, 404, 404, 404, 404, 404, 404],
        ["GET deal"] =                          [401, 200, 404, 404, 200, 404, 404, 200, 404, 200],
        ["GET deal (unknown)"] =                [401, 404, 404, 404, 404, 404, 404, 404, 404, 404],
        ["POST step"] =                         [401, 201, 404, 404, 201, 404, 404, 403, 404, 403],
        ["POST step (illegal)"] =               [401, 409, 404, 404, 409, 404, 404, 403, 404, 403],
        ["POST step (future date)"] =           [401, 400, 404, 404, 400, 404, 404, 403, 404, 403],
        ["POST step (stale If-Match)"] =        [401, 412, 404, 404, 412, 404, 404, 403, 404, 403],
        ["POST step (text/plain)"] =            [401, 415, 415, 415, 415, 415, 415, 415, 415, 415],
        ["POST lose"] =                         [401, 204, 404, 404, 204, 404, 404, 403, 404, 403],
        ["POST lose (lost)"] =                  [401, 409, 404, 404, 409, 404, 404, 403, 404, 403],
        ["GET revenue reports"] =               [401, 200, 404, 404, 200, 404, 404, 200, 404, 200],
        ["POST revenue report"] =               [401, 201, 404, 404, 201, 404, 404, 403, 404, 403],
    };

    private static readonly Dictionary<string, int[]> Pages = new(StringComparer.Ordinal)
    {
        //                                        anon comp othCo res cent othCe coord  pm  rev admin
        ["PAGE deals"] =                        [302, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["PAGE deals (hand-edited query)"] =    [302, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["PAGE deal"] =                         [302, 200, 404, 404, 200, 404, 404, 200, 404, 200],
        ["PAGE deal (unknown)"] =               [302, 404, 404, 404, 404, 404, 404, 404, 404, 404],
    };

    public static TheoryData<string> Endpoints() => [.. Matrix.Keys];

    public static TheoryData<string> PageRows() => [.. Pages.Keys];

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_EveryCaller_AnswersTheExpectedStatus(string endpoint)
    {
        var shared = await fixture.DealAsync();
        await CallerMatrix.AssertRowAsync(fixture, endpoint, Matrix[endpoint], async (_, _, client) => await SendAsync(endpoint, client, shared));
    }

    [Theory]
    [MemberData(nameof(PageRows))]
    public async Task Page_EveryCaller_AnswersTheExpectedStatus(string page)
    {
        var deal = await fixture.DealAsync();
        var path = page switch
        {
            "PAGE deals" => "/marketplace/deals",
            "PAGE deals (hand-edited query)" => "/marketplace/deals?filter=1&page=abc",
            "PAGE deal" => $"/marketplace/deals/{deal}",
            "PAGE deal (unknown)" => $"/marketplace/deals/{Guid.NewGuid()}",
            _ => throw new ArgumentOutOfRangeException(nameof(page), page, null),
        };
        await CallerMatrix.AssertRowAsync(fixture, page, Pages[page], (_, _, client) => client.GetAsync(path), redirectPrefix: "/account/denied");
    }

    private async Task<HttpResponseMessage> SendAsync(string row, HttpClient client, Guid shared)
    {
        switch (row)
        {
            case "GET deals": return await client.GetAsync($"{Api}?filter=all");
            case "GET deals (bad filter)": return await client.GetAsync($"{Api}?filter=won");
            case "POST deal (as buyer)": return await client.PostAsJsonAsync(Api, new { technologyId = await fixture.TechnologyAsync(), note = "권한 확인" });
            case "POST deal (from inquiry)": return await client.PostAsJsonAsync(Api, new { inquiryId = await fixture.TechnologyInquiryAsync() });
            case "POST deal (unknown technology)": return await client.PostAsJsonAsync(Api, new { technologyId = Guid.NewGuid() });
            case "GET deal": return await client.GetAsync($"{Api}/{shared}");
            case "GET deal (unknown)": return await client.GetAsync($"{Api}/{Guid.NewGuid()}");
            case "POST step": return await client.PostAsJsonAsync($"{Api}/{await fixture.DealAsync()}/steps", new { stage = "Nda", occurredOn = DealWorld.Today, note = "NDA 체결" });
            case "POST step (illegal)": return await client.PostAsJsonAsync($"{Api}/{shared}/steps", new { stage = "Contract", occurredOn = DealWorld.Today, licenceKind = "Exclusive", upfrontFeeKrw = 1, royaltyPercent = 1 });
            case "POST step (future date)": return await client.PostAsJsonAsync($"{Api}/{shared}/steps", new { stage = "Nda", occurredOn = "2999-01-01" });
            case "POST step (stale If-Match)":
                using (var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}/{shared}/steps") { Content = JsonContent.Create(new { stage = "Nda", occurredOn = DealWorld.Today }) })
                {
                    request.Headers.TryAddWithoutValidation("If-Match", "\"999\"");
                    return await client.SendAsync(request);
                }

            case "POST step (text/plain)": return await client.PostAsync($"{Api}/{shared}/steps", new StringContent("stage=Nda", Encoding.UTF8, "text/plain"));
            case "POST lose": return await client.PostAsJsonAsync($"{Api}/{await fixture.DealAsync()}/lose", new { reason = "Timing" });
            case "POST lose (lost)": return await client.PostAsJsonAsync($"{Api}/{await fixture.DealAsync(Core.Marketplace.Deals.DealState.Lost)}/lose", new { reason = "Timing" });
            case "GET revenue reports": return await client.GetAsync($"{Api}/{shared}/revenue-reports");
            case "POST revenue report":
                return await client.PostAsJsonAsync($"{Api}/{await fixture.DealAsync(Core.Marketplace.Deals.DealState.FollowUp)}/revenue-reports", new { year = 2025, quarter = 4, revenueKrw = 120_000_000, royaltyPaidKrw = 3_000_000 });
            default: throw new ArgumentOutOfRangeException(nameof(row), row, null);
        }
    }
}

[Collection(OnSqlite.Name)]
public sealed class DealAuthorizationSqliteTests(SqliteAppFixture fixture) : DealAuthorizationTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class DealAuthorizationPostgresTests(PostgresAppFixture fixture) : DealAuthorizationTests(fixture);
