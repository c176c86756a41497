using System.Net.Http.Json;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Facilities;

/// <summary>
/// Every package endpoint and page × every demo role, another company, another center and anonymous. API: anonymous 401;
/// a role the writer policy refuses or an operator of another center 403; a retired package is 404 to everyone who may
/// not write it. Pages: anonymous goes to the login, a role the policy refuses to the access-denied page; an operator of
/// another center gets the page's 403.
/// </summary>
public abstract class PackageAuthorizationTests(AppFixture fixture)
{
    private static readonly Dictionary<string, int[]> Matrix = new(StringComparer.Ordinal)
    {
        //                                          anon comp othCo res cent othCe coord  pm  rev admin
        ["GET packages"] =                        [401, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["GET packages?includeRetired"] =         [401, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["GET package"] =                         [401, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["GET package (retired)"] =               [401, 404, 404, 404, 200, 404, 404, 200, 404, 200],
        ["POST center packages"] =                [401, 403, 403, 403, 201, 403, 403, 201, 403, 201],
        ["PUT package"] =                         [401, 403, 403, 403, 204, 403, 403, 204, 403, 204],
        ["PUT package (retired)"] =               [401, 403, 403, 403, 409, 404, 403, 409, 403, 409],
        ["POST retire"] =                         [401, 403, 403, 403, 204, 403, 403, 204, 403, 204],
        ["PAGE /facilities/packages"] =           [302, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["PAGE /facilities/packages/{id}"] =      [302, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["PAGE package (retired)"] =              [302, 404, 404, 404, 200, 404, 404, 200, 404, 200],
        ["PAGE /facilities/packages/new"] =       [302, 302, 302, 302, 200, 403, 302, 200, 302, 200],
        ["PAGE /facilities/packages/{id}/edit"] = [302, 302, 302, 302, 200, 403, 302, 200, 302, 200],
        ["PAGE edit (retired)"] =                 [302, 302, 302, 302, 200, 404, 302, 200, 302, 200],
        ["PAGE center"] =                         [302, 200, 200, 200, 200, 200, 200, 200, 200, 200],
    };

    public static TheoryData<string> Endpoints() => [.. Matrix.Keys];

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_EveryCaller_AnswersTheExpectedStatus(string endpoint)
    {
        await CallerMatrix.AssertRowAsync(fixture, endpoint, Matrix[endpoint], (_, _, client) => SendAsync(endpoint, client), "/account/denied");
    }

    private async Task<HttpResponseMessage> SendAsync(string endpoint, HttpClient client)
    {
        const string api = "/api/v1/facilities";
        var center = await fixture.DemoCenterAsync();
        switch (endpoint)
        {
            case "GET packages":
                return await client.GetAsync($"{api}/packages?q=권한");
            case "GET packages?includeRetired":
                return await client.GetAsync($"{api}/packages?includeRetired=true&centerId={center}");
            case "GET package":
                return await client.GetAsync($"{api}/packages/{await fixture.NewPackageAsync()}");
            case "GET package (retired)":
                return await client.GetAsync($"{api}/packages/{await fixture.NewPackageAsync(retired: true)}");
            case "POST center packages":
                return await client.PostAsJsonAsync($"{api}/centers/{center}/packages", PackageWorld.Body(await fixture.NewEquipmentAsync(), "권한 확인 패키지"));
            case "PUT package":
                return await client.PutAsJsonAsync($"{api}/packages/{await fixture.NewPackageAsync()}", PackageWorld.Body(await fixture.NewEquipmentAsync(), "권한 확인 패키지"));
            case "PUT package (retired)":
                return await client.PutAsJsonAsync($"{api}/packages/{await fixture.NewPackageAsync(retired: true)}", PackageWorld.Body(await fixture.NewEquipmentAsync(), "권한 확인 패키지"));
            case "POST retire":
                return await client.PostAsync($"{api}/packages/{await fixture.NewPackageAsync()}/retire", null);
            case "PAGE /facilities/packages":
                return await client.GetAsync("/facilities/packages?q=권한");
            case "PAGE /facilities/packages/{id}":
                return await client.GetAsync($"/facilities/packages/{await fixture.NewPackageAsync()}");
            case "PAGE package (retired)":
                return await client.GetAsync($"/facilities/packages/{await fixture.NewPackageAsync(retired: true)}");
            case "PAGE /facilities/packages/new":
                return await client.GetAsync($"/facilities/packages/new?center={center}");
            case "PAGE /facilities/packages/{id}/edit":
                return await client.GetAsync($"/facilities/packages/{await fixture.NewPackageAsync()}/edit");
            case "PAGE edit (retired)":
                return await client.GetAsync($"/facilities/packages/{await fixture.NewPackageAsync(retired: true)}/edit");
            case "PAGE center":
                return await client.GetAsync($"/directory/organizations/{center}");
            default:
                throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null);
        }
    }
}

[Collection(OnSqlite.Name)]
public sealed class PackageAuthorizationSqliteTests(SqliteAppFixture fixture) : PackageAuthorizationTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class PackageAuthorizationPostgresTests(PostgresAppFixture fixture) : PackageAuthorizationTests(fixture);
