using TechBridge.Web.Tests.Facilities;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Marketplace;

/// <summary>
/// The funnel's page, export and API × every demo role, another company, another center and anonymous: coordinators, program
/// managers and administrators read it; everyone else is refused (API 403, page → access denied); anonymous callers get 401
/// from the API and the sign-in page otherwise. Bad filter values are 400 for those who may read it.
/// </summary>
public abstract class FunnelAuthorizationTests(AppFixture fixture)
{
    private const string Api = "/api/v1/marketplace/funnel";

    private static readonly Dictionary<string, int[]> Matrix = new(StringComparer.Ordinal)
    {
        //                                        anon comp othCo res cent othCe coord  pm  rev admin
        ["GET funnel"] =                        [401, 403, 403, 403, 403, 403, 200, 200, 403, 200],
        ["GET funnel (bad month)"] =            [401, 403, 403, 403, 403, 403, 400, 400, 403, 400],
        ["GET funnel (unknown program)"] =      [401, 403, 403, 403, 403, 403, 400, 400, 403, 400],
        ["GET funnel export"] =                 [401, 403, 403, 403, 403, 403, 200, 200, 403, 200],
        ["GET funnel export (bad format)"] =    [401, 403, 403, 403, 403, 403, 400, 400, 403, 400],
    };

    private static readonly Dictionary<string, int[]> Pages = new(StringComparer.Ordinal)
    {
        //                                        anon comp othCo res cent othCe coord  pm  rev admin
        ["PAGE funnel"] =                       [302, 302, 302, 302, 302, 302, 200, 200, 302, 200],
        ["PAGE funnel (filtered)"] =            [302, 302, 302, 302, 302, 302, 200, 200, 302, 200],
    };

    public static TheoryData<string> Endpoints() => [.. Matrix.Keys];

    public static TheoryData<string> PageRows() => [.. Pages.Keys];

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_EveryCaller_AnswersTheExpectedStatus(string endpoint)
    {
        var path = endpoint switch
        {
            "GET funnel" => $"{Api}?from=2026-01&to=2026-12",
            "GET funnel (bad month)" => $"{Api}?from=2026-13",
            "GET funnel (unknown program)" => $"{Api}?program=NO_SUCH_PROGRAM",
            "GET funnel export" => $"{Api}/export?format=xlsx&program=NTB",
            "GET funnel export (bad format)" => $"{Api}/export?format=pdf",
            _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
        };
        await CallerMatrix.AssertRowAsync(fixture, endpoint, Matrix[endpoint], (_, _, client) => client.GetAsync(path));
    }

    [Theory]
    [MemberData(nameof(PageRows))]
    public async Task Page_EveryCaller_AnswersTheExpectedStatus(string page)
    {
        var path = page switch
        {
            "PAGE funnel" => "/marketplace/funnel",
            "PAGE funnel (filtered)" => "/marketplace/funnel?from=2026-01&to=2026-06&program=general&field=unclassified&demo=false",
            _ => throw new ArgumentOutOfRangeException(nameof(page), page, null),
        };
        await CallerMatrix.AssertRowAsync(fixture, page, Pages[page], (_, _, client) => client.GetAsync(path), redirectPrefix: "/account/denied");
    }
}

[Collection(OnSqlite.Name)]
public sealed class FunnelAuthorizationSqliteTests(SqliteAppFixture fixture) : FunnelAuthorizationTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class FunnelAuthorizationPostgresTests(PostgresAppFixture fixture) : FunnelAuthorizationTests(fixture);
