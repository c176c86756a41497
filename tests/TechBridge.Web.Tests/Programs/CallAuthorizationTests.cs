using System.Net.Http.Json;
using TechBridge.Web.Tests.Facilities;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Programs;

/// <summary>
/// Every call endpoint and page × every demo role, another company, another center and anonymous. API: anonymous 401;
/// everyone signed in reads published calls; a draft is 404 to all but program managers and administrators, who alone
/// write (403 for everyone else). Pages: anonymous goes to the login.
/// </summary>
public abstract class CallAuthorizationTests(AppFixture fixture)
{
    private static readonly Dictionary<string, int[]> Matrix = new(StringComparer.Ordinal)
    {
        //                                          anon comp othCo res cent othCe coord  pm  rev admin
        ["GET calls"] =                           [401, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["GET calls?phase=draft"] =               [401, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["GET call"] =                            [401, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["GET call (draft)"] =                    [401, 404, 404, 404, 404, 404, 404, 200, 404, 200],
        ["POST calls"] =                          [401, 403, 403, 403, 403, 403, 403, 201, 403, 201],
        ["PUT call"] =                            [401, 403, 403, 403, 403, 403, 403, 204, 403, 204],
        ["POST publish"] =                        [401, 403, 403, 403, 403, 403, 403, 204, 403, 204],
        ["POST extend"] =                         [401, 403, 403, 403, 403, 403, 403, 204, 403, 204],
        ["POST close"] =                          [401, 403, 403, 403, 403, 403, 403, 204, 403, 204],
        ["PAGE /programs/calls"] =                [302, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["PAGE /programs/calls/{id}"] =           [302, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["PAGE call (draft)"] =                   [302, 404, 404, 404, 404, 404, 404, 200, 404, 200],
    };

    public static TheoryData<string> Endpoints() => [.. Matrix.Keys];

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_EveryCaller_AnswersTheExpectedStatus(string endpoint)
    {
        await CallerMatrix.AssertRowAsync(fixture, endpoint, Matrix[endpoint], (_, _, client) => SendAsync(endpoint, client), "/account/denied");
    }

    [Fact]
    public async Task ListCalls_Applicant_NeverSeesADraft()
    {
        var draft = await fixture.NewCallAsync(published: false, title: "공개 전 공고 확인");
        var client = await fixture.SignedInAsAsync(TechBridge.Core.Accounts.Roles.Company);

        var body = await client.GetStringAsync("/api/v1/programs/calls?q=공개 전 공고&pageSize=200");
        var page = await client.GetStringAsync("/programs/calls?q=공개 전 공고");

        Assert.DoesNotContain(draft.ToString(), body, StringComparison.Ordinal);
        Assert.DoesNotContain(draft.ToString(), page, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> SendAsync(string endpoint, HttpClient client)
    {
        const string api = "/api/v1/programs/calls";
        switch (endpoint)
        {
            case "GET calls":
                return await client.GetAsync($"{api}?q=권한&phase=open");
            case "GET calls?phase=draft":
                return await client.GetAsync($"{api}?phase=draft");
            case "GET call":
                return await client.GetAsync($"{api}/{await fixture.NewCallAsync()}");
            case "GET call (draft)":
                return await client.GetAsync($"{api}/{await fixture.NewCallAsync(published: false)}");
            case "POST calls":
                return await client.PostAsJsonAsync(api, PublishedCalls.Body());
            case "PUT call":
                return await client.PutAsJsonAsync($"{api}/{await fixture.NewCallAsync(published: false)}", PublishedCalls.Body("고친 공고"));
            case "POST publish":
                return await client.PostAsync($"{api}/{await fixture.NewCallAsync(published: false)}/publish", null);
            case "POST extend":
                return await client.PostAsJsonAsync($"{api}/{await fixture.NewCallAsync()}/extend", new { closesAt = DateTimeOffset.UtcNow.AddDays(60) });
            case "POST close":
                return await client.PostAsync($"{api}/{await fixture.NewCallAsync()}/close", null);
            case "PAGE /programs/calls":
                return await client.GetAsync("/programs/calls?phase=open");
            case "PAGE /programs/calls/{id}":
                return await client.GetAsync($"/programs/calls/{await fixture.NewCallAsync()}");
            case "PAGE call (draft)":
                return await client.GetAsync($"/programs/calls/{await fixture.NewCallAsync(published: false)}");
            default:
                throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null);
        }
    }
}

[Collection(OnSqlite.Name)]
public sealed class CallAuthorizationSqliteTests(SqliteAppFixture fixture) : CallAuthorizationTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class CallAuthorizationPostgresTests(PostgresAppFixture fixture) : CallAuthorizationTests(fixture);
