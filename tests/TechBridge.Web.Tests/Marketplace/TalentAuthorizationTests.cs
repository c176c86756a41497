using System.Net.Http.Json;
using TechBridge.Web.Tests.Facilities;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Marketplace;

/// <summary>
/// Every talent endpoint and page × every demo role, another company, another center and anonymous. The talent profile is
/// the researcher's own; Hi-TECH candidates are for the need's company and staff; a match is seen by its company, its
/// researcher and staff (everyone else 404), answered only by the researcher and withdrawn only by the company; advisory
/// requests are made by companies, seen by their company and staff, assigned by coordinators (and administrators) and
/// cancelled by their company. A changing row acts on a match or request of its own for each caller.
/// </summary>
public abstract class TalentAuthorizationTests(AppFixture fixture)
{
    private static readonly Dictionary<string, int[]> Matrix = new(StringComparer.Ordinal)
    {
        //                                        anon comp othCo res cent othCe coord  pm  rev admin
        ["GET talent"] =                        [401, 403, 403, 200, 403, 403, 403, 403, 403, 403],
        ["PUT talent"] =                        [401, 403, 403, 200, 403, 403, 403, 403, 403, 403],
        ["PUT talent (bad)"] =                  [401, 403, 403, 400, 403, 403, 403, 403, 403, 403],
        ["GET matches"] =                       [401, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["GET candidates"] =                    [401, 200, 403, 403, 403, 403, 200, 200, 403, 200],
        ["GET candidates (unknown)"] =          [401, 404, 404, 404, 404, 404, 404, 404, 404, 404],
        ["POST propose (no body)"] =            [401, 400, 400, 400, 400, 400, 400, 400, 400, 400],
        ["GET match"] =                         [401, 200, 404, 200, 404, 404, 200, 200, 404, 200],
        ["GET match (unknown)"] =               [401, 404, 404, 404, 404, 404, 404, 404, 404, 404],
        ["POST accept"] =                       [401, 403, 404, 204, 404, 404, 403, 403, 404, 403],
        ["POST withdraw"] =                     [401, 204, 404, 403, 404, 404, 403, 403, 404, 403],
        ["GET advisory"] =                      [401, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["POST advisory"] =                     [401, 201, 201, 403, 403, 403, 403, 403, 403, 403],
        ["GET advisory request"] =              [401, 200, 404, 404, 404, 404, 200, 200, 404, 200],
        ["POST assign"] =                       [401, 403, 404, 404, 404, 404, 204, 403, 404, 204],
        ["POST cancel"] =                       [401, 204, 404, 404, 404, 404, 403, 403, 404, 403],
    };

    private static readonly Dictionary<string, int[]> Pages = new(StringComparer.Ordinal)
    {
        //                                        anon comp othCo res cent othCe coord  pm  rev admin
        ["PAGE talent"] =                       [302, 403, 403, 200, 403, 403, 403, 403, 403, 403],
        ["PAGE hitech"] =                       [302, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["PAGE candidates"] =                   [302, 200, 403, 403, 403, 403, 200, 200, 403, 200],
        ["PAGE match"] =                        [302, 200, 404, 200, 404, 404, 200, 200, 404, 200],
        ["PAGE advisory"] =                     [302, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["PAGE advisory request"] =             [302, 200, 404, 404, 404, 404, 200, 200, 404, 200],
    };

    public static TheoryData<string> Endpoints() => [.. Matrix.Keys];

    public static TheoryData<string> PageRows() => [.. Pages.Keys];

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_EveryCaller_AnswersTheExpectedStatus(string endpoint)
    {
        var need = await fixture.CompanyNeedAsync();
        var match = await fixture.MatchAsync();
        var request = await fixture.AdvisoryAsync();
        var member = await fixture.KtagMemberAsync();
        await CallerMatrix.AssertRowAsync(fixture, endpoint, Matrix[endpoint], async (_, _, client) => await SendAsync(endpoint, client, need, match, request, member));
    }

    [Theory]
    [MemberData(nameof(PageRows))]
    public async Task Page_EveryCaller_AnswersTheExpectedStatus(string page)
    {
        var path = page switch
        {
            "PAGE talent" => "/account/talent",
            "PAGE hitech" => "/marketplace/hitech",
            "PAGE candidates" => $"/marketplace/hitech/needs/{await fixture.CompanyNeedAsync()}",
            "PAGE match" => $"/marketplace/hitech/{await fixture.MatchAsync()}",
            "PAGE advisory" => "/marketplace/advisory",
            "PAGE advisory request" => $"/marketplace/advisory/{await fixture.AdvisoryAsync()}",
            _ => throw new ArgumentOutOfRangeException(nameof(page), page, null),
        };
        await CallerMatrix.AssertRowAsync(fixture, page, Pages[page], (_, _, client) => client.GetAsync(path), redirectPrefix: "/account/denied");
    }

    private async Task<HttpResponseMessage> SendAsync(string row, HttpClient client, Guid need, Guid match, Guid request, Guid member) => row switch
    {
        "GET talent" => await client.GetAsync("/api/v1/account/talent"),
        "PUT talent" => await client.PutAsJsonAsync("/api/v1/account/talent", new
        {
            stage = "YoungResearcher", phdYear = TalentWorld.YoungProfile.PhdYear, countryCode = "KR", availability = "FullTime", willingToConsult = true,
            skills = TalentWorld.YoungProfile.Skills,
        }),
        "PUT talent (bad)" => await client.PutAsJsonAsync("/api/v1/account/talent", new { stage = "YoungResearcher", phdYear = 1900, availability = "FullTime" }),
        "GET matches" => await client.GetAsync("/api/v1/marketplace/hitech"),
        "GET candidates" => await client.GetAsync($"/api/v1/marketplace/hitech/needs/{need}/candidates"),
        "GET candidates (unknown)" => await client.GetAsync($"/api/v1/marketplace/hitech/needs/{Guid.NewGuid()}/candidates"),
        "POST propose (no body)" => await client.PostAsJsonAsync("/api/v1/marketplace/hitech", new { message = "안녕하세요" }),
        "GET match" => await client.GetAsync($"/api/v1/marketplace/hitech/{match}"),
        "GET match (unknown)" => await client.GetAsync($"/api/v1/marketplace/hitech/{Guid.NewGuid()}"),
        "POST accept" => await client.PostAsync($"/api/v1/marketplace/hitech/{await fixture.MatchAsync()}/accept", null),
        "POST withdraw" => await client.PostAsync($"/api/v1/marketplace/hitech/{await fixture.MatchAsync()}/withdraw", null),
        "GET advisory" => await client.GetAsync("/api/v1/marketplace/advisory"),
        "POST advisory" => await client.PostAsJsonAsync("/api/v1/marketplace/advisory", new { topic = "미국 진출", question = "현지 협력 방법", countryCode = "US" }),
        "GET advisory request" => await client.GetAsync($"/api/v1/marketplace/advisory/{request}"),
        "POST assign" => await client.PostAsJsonAsync($"/api/v1/marketplace/advisory/{await fixture.AdvisoryAsync()}/assign", new { memberPersonId = member }),
        "POST cancel" => await client.PostAsync($"/api/v1/marketplace/advisory/{await fixture.AdvisoryAsync()}/cancel", null),
        _ => throw new ArgumentOutOfRangeException(nameof(row), row, null),
    };
}

[Collection(OnSqlite.Name)]
public sealed class TalentAuthorizationSqliteTests(SqliteAppFixture fixture) : TalentAuthorizationTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class TalentAuthorizationPostgresTests(PostgresAppFixture fixture) : TalentAuthorizationTests(fixture);
