using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Web.Tests.Facilities;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Marketplace;

/// <summary>
/// Every inquiry endpoint and page × every demo role, another company, another center and anonymous. The thread is the demo
/// company's inquiry to the demo equipment center: its parties (the company user and the center operator) read and write
/// it, program managers and administrators only read it, everyone else is refused (403; an unknown thread 404). Any
/// signed-in user may send an inquiry, except to their own organisation (409). Abuse reports are for administrators.
/// A changing row acts on a thread or report of its own for each caller, so every 2xx is the real effect.
/// </summary>
public abstract class InquiryAuthorizationTests(AppFixture fixture)
{
    private const string Api = InquiryWorld.Api;

    private static readonly Dictionary<string, int[]> Matrix = new(StringComparer.Ordinal)
    {
        //                                        anon comp othCo res cent othCe coord  pm  rev admin
        ["GET inquiries"] =                     [401, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["GET inquiries (bad page)"] =          [401, 400, 400, 400, 400, 400, 400, 400, 400, 400],
        ["POST inquiry"] =                      [401, 201, 201, 201, 409, 201, 201, 201, 201, 201],
        ["POST inquiry (no body)"] =            [401, 400, 400, 400, 400, 400, 400, 400, 400, 400],
        ["POST inquiry (unknown subject)"] =    [401, 404, 404, 404, 404, 404, 404, 404, 404, 404],
        ["GET inquiry"] =                       [401, 200, 403, 403, 200, 403, 403, 200, 403, 200],
        ["GET inquiry (unknown)"] =             [401, 404, 404, 404, 404, 404, 404, 404, 404, 404],
        ["POST message"] =                      [401, 201, 403, 403, 201, 403, 403, 403, 403, 403],
        ["POST read"] =                         [401, 204, 403, 403, 204, 403, 403, 204, 403, 204],
        ["POST close"] =                        [401, 204, 403, 403, 204, 403, 403, 403, 403, 403],
        ["POST report"] =                       [401, 201, 403, 403, 201, 403, 403, 403, 403, 403],
        ["GET reports"] =                       [401, 403, 403, 403, 403, 403, 403, 403, 403, 200],
        ["POST resolve"] =                      [401, 403, 403, 403, 403, 403, 403, 403, 403, 204],
        ["POST resolve (unknown)"] =            [401, 403, 403, 403, 403, 403, 403, 403, 403, 404],
    };

    private static readonly Dictionary<string, int[]> Pages = new(StringComparer.Ordinal)
    {
        //                                        anon comp othCo res cent othCe coord  pm  rev admin
        ["PAGE inquiries"] =                    [302, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["PAGE inquiry"] =                      [302, 200, 403, 403, 200, 403, 403, 200, 403, 200],
        ["PAGE inquiry (unknown)"] =            [302, 404, 404, 404, 404, 404, 404, 404, 404, 404],
        ["PAGE new inquiry"] =                  [302, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["PAGE new inquiry (unknown)"] =        [302, 404, 404, 404, 404, 404, 404, 404, 404, 404],
        ["PAGE inquiry reports"] =              [302, 302, 302, 302, 302, 302, 302, 302, 302, 200],
    };

    public static TheoryData<string> Endpoints() => [.. Matrix.Keys];

    public static TheoryData<string> PageRows() => [.. Pages.Keys];

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_EveryCaller_AnswersTheExpectedStatus(string endpoint)
    {
        var center = await fixture.DemoCenterAsync();
        var shared = await fixture.ThreadAsync();
        await CallerMatrix.AssertRowAsync(fixture, endpoint, Matrix[endpoint], async (_, _, client) => await SendAsync(endpoint, client, center, shared));
    }

    [Theory]
    [MemberData(nameof(PageRows))]
    public async Task Page_EveryCaller_AnswersTheExpectedStatus(string page)
    {
        var center = await fixture.DemoCenterAsync();
        var thread = await fixture.ThreadAsync();
        var path = page switch
        {
            "PAGE inquiries" => "/marketplace/inquiries",
            "PAGE inquiry" => $"/marketplace/inquiries/{thread}",
            "PAGE inquiry (unknown)" => $"/marketplace/inquiries/{Guid.NewGuid()}",
            "PAGE new inquiry" => $"/marketplace/inquiries/new?kind=Organization&id={center}",
            "PAGE new inquiry (unknown)" => $"/marketplace/inquiries/new?kind=Technology&id={Guid.NewGuid()}",
            "PAGE inquiry reports" => "/admin/inquiry-reports",
            _ => throw new ArgumentOutOfRangeException(nameof(page), page, null),
        };
        await CallerMatrix.AssertRowAsync(fixture, page, Pages[page], (_, _, client) => client.GetAsync(path), redirectPrefix: "/account/denied");
    }

    [Fact]
    public async Task Matrix_DemoAccounts_OnlyTheCenterOperatorBelongsToTheCenter()
    {
        var center = await fixture.DemoCenterAsync();
        foreach (var role in Roles.All.Where(r => r != Roles.CenterOperator))
        {
            var user = await fixture.UserIdAsync(Email(role));
            Assert.NotEqual(center, await fixture.QueryAsync(db => db.Users.Where(u => u.Id == user).Select(u => u.OrganizationId).SingleAsync()));
        }
    }

    private async Task<HttpResponseMessage> SendAsync(string row, HttpClient client, Guid center, Guid shared) => row switch
    {
        "GET inquiries" => await client.GetAsync(Api),
        "GET inquiries (bad page)" => await client.GetAsync($"{Api}?page=0"),
        "POST inquiry" => await client.PostAsJsonAsync(Api, new { kind = "Organization", subjectId = center, subject = "권한 확인", body = "장비 문의" }),
        "POST inquiry (no body)" => await client.PostAsJsonAsync(Api, new { kind = "Organization", subjectId = center, subject = "권한 확인" }),
        "POST inquiry (unknown subject)" => await client.PostAsJsonAsync(Api, new { kind = "Technology", subjectId = Guid.NewGuid(), subject = "권한 확인", body = "문의" }),
        "GET inquiry" => await client.GetAsync($"{Api}/{shared}"),
        "GET inquiry (unknown)" => await client.GetAsync($"{Api}/{Guid.NewGuid()}"),
        "POST message" => await client.PostAsJsonAsync($"{Api}/{shared}/messages", new { body = "답장" }),
        "POST read" => await client.PostAsync($"{Api}/{shared}/read", null),
        "POST close" => await client.PostAsync($"{Api}/{await fixture.ThreadAsync()}/close", null),
        "POST report" => await client.PostAsJsonAsync($"{Api}/{await fixture.ThreadAsync()}/reports", new { reason = "스팸" }),
        "GET reports" => await client.GetAsync("/api/v1/admin/inquiry-reports?open=true"),
        "POST resolve" => await client.PostAsJsonAsync($"/api/v1/admin/inquiry-reports/{await fixture.ReportAsync()}/resolve", new { resolution = "Dismiss" }),
        "POST resolve (unknown)" => await client.PostAsJsonAsync($"/api/v1/admin/inquiry-reports/{Guid.NewGuid()}/resolve", new { resolution = "Hide" }),
        _ => throw new ArgumentOutOfRangeException(nameof(row), row, null),
    };
}

[Collection(OnSqlite.Name)]
public sealed class InquiryAuthorizationSqliteTests(SqliteAppFixture fixture) : InquiryAuthorizationTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class InquiryAuthorizationPostgresTests(PostgresAppFixture fixture) : InquiryAuthorizationTests(fixture);
