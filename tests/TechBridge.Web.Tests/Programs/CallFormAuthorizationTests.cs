using TechBridge.Web.Tests.Facilities;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Programs;

/// <summary>
/// The call form pages × every demo role, another company, another center and anonymous: anonymous goes to the login,
/// program managers and administrators get the form, every other caller goes to the access-denied page.
/// </summary>
public abstract class CallFormAuthorizationTests(AppFixture fixture)
{
    private static readonly Dictionary<string, int[]> Matrix = new(StringComparer.Ordinal)
    {
        //                                     anon comp othCo res cent othCe coord  pm  rev admin
        ["PAGE /programs/calls/new"] =       [302, 302, 302, 302, 302, 302, 302, 200, 302, 200],
        ["PAGE /programs/calls/{id}/edit"] = [302, 302, 302, 302, 302, 302, 302, 200, 302, 200],
    };

    public static TheoryData<string> Endpoints() => [.. Matrix.Keys];

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_EveryCaller_AnswersTheExpectedStatus(string endpoint)
    {
        await CallerMatrix.AssertRowAsync(fixture, endpoint, Matrix[endpoint], (_, _, client) => SendAsync(endpoint, client), "/account/denied");
    }

    private async Task<HttpResponseMessage> SendAsync(string endpoint, HttpClient client) => endpoint switch
    {
        "PAGE /programs/calls/new" => await client.GetAsync("/programs/calls/new"),
        "PAGE /programs/calls/{id}/edit" => await client.GetAsync($"/programs/calls/{await fixture.NewCallAsync()}/edit"),
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
    };
}

[Collection(OnSqlite.Name)]
public sealed class CallFormAuthorizationSqliteTests(SqliteAppFixture fixture) : CallFormAuthorizationTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class CallFormAuthorizationPostgresTests(PostgresAppFixture fixture) : CallFormAuthorizationTests(fixture);
