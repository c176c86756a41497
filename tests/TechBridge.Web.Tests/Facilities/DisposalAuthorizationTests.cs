using System.Globalization;
using System.Net.Http.Json;
using TechBridge.Core.Facilities.Disposals;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Facilities;

/// <summary>
/// Every disposal endpoint and page × every demo role, another company, another center and anonymous. Each row's case is
/// proposed by the demo operator for a fresh item of the demo center; transfers go to the other center. API: anonymous
/// 401; company users, researchers and reviewers 403 (not their business at all); a party that may see the case but not
/// take the step 403; anyone who does not see it 404. Pages: anonymous to the login, roles without access to the denied
/// page (302); a form posted to a page that shows the caller no form is 400.
/// </summary>
public abstract class DisposalAuthorizationTests(AppFixture fixture)
{
    private static readonly Dictionary<string, int[]> Matrix = new(StringComparer.Ordinal)
    {
        //                                        anon comp othCo res cent othCe coord  pm  rev admin
        ["GET disposals"] =                     [401, 403, 403, 403, 200, 200, 200, 200, 403, 200],
        ["GET disposal"] =                      [401, 403, 403, 403, 200, 404, 200, 200, 403, 200],
        ["POST propose"] =                      [401, 403, 403, 403, 201, 403, 403, 201, 403, 201],
        ["POST approve-transfer"] =             [401, 403, 403, 403, 403, 404, 403, 200, 403, 200],
        ["POST approve-disposal"] =             [401, 403, 403, 403, 403, 404, 403, 200, 403, 200],
        ["POST reject"] =                       [401, 403, 403, 403, 403, 404, 403, 200, 403, 200],
        ["POST withdraw"] =                     [401, 403, 403, 403, 200, 404, 403, 403, 403, 403],
        ["POST accept-transfer"] =              [401, 403, 403, 403, 403, 200, 403, 200, 403, 200],
        ["POST decline-transfer"] =             [401, 403, 403, 403, 403, 200, 403, 200, 403, 200],
        ["POST record-disposal"] =              [401, 403, 403, 403, 200, 404, 403, 200, 403, 200],
        ["PAGE /facilities/disposals"] =        [302, 302, 302, 302, 200, 200, 200, 200, 302, 200],
        ["PAGE /facilities/disposals/{id}"] =   [302, 302, 302, 302, 200, 404, 200, 200, 302, 200],
        ["PAGE propose-disposal"] =             [302, 302, 302, 302, 200, 403, 403, 200, 302, 200],
        ["FORM step ApproveTransfer"] =         [302, 302, 302, 302, 403, 400, 403, 302, 302, 302],
        ["FORM propose"] =                      [302, 302, 302, 302, 302, 400, 400, 302, 302, 302],
    };

    public static TheoryData<string> Endpoints() => [.. Matrix.Keys];

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_EveryCaller_AnswersTheExpectedStatus(string endpoint)
    {
        var other = await fixture.OtherCenterAsync();
        await CallerMatrix.AssertRowAsync(fixture, endpoint, Matrix[endpoint],
            (_, caller, client) => SendAsync(endpoint, client, caller == CallerMatrix.Anonymous, other));
    }

    private async Task<HttpResponseMessage> SendAsync(string endpoint, HttpClient client, bool anonymous, Guid otherCenter)
    {
        const string api = "/api/v1/facilities";
        var today = Day(0).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        switch (endpoint)
        {
            case "GET disposals":
                return await client.GetAsync($"{api}/disposals");
            case "GET disposal":
                return await client.GetAsync($"{api}/disposals/{(await fixture.ProposedAsync()).Case}");
            case "POST propose":
                return await client.PostAsJsonAsync($"{api}/equipment/{await fixture.NewEquipmentAsync()}/disposals", new { reasonKind = "Idle", text = "권한 확인" });
            case "POST approve-transfer":
                return await client.PostAsJsonAsync($"{api}/disposals/{(await fixture.ProposedAsync()).Case}/approve-transfer", new { reason = "권한 확인", receivingCenterId = otherCenter });
            case "POST approve-disposal":
                return await client.PostAsJsonAsync($"{api}/disposals/{(await fixture.ProposedAsync()).Case}/approve-disposal", new { reason = "권한 확인" });
            case "POST reject":
                return await client.PostAsJsonAsync($"{api}/disposals/{(await fixture.ProposedAsync()).Case}/reject", new { reason = "권한 확인" });
            case "POST withdraw":
                return await client.PostAsync($"{api}/disposals/{(await fixture.ProposedAsync()).Case}/withdraw", null);
            case "POST accept-transfer":
                return await client.PostAsync($"{api}/disposals/{await fixture.CaseAtAsync(DisposalAction.ApproveTransfer)}/accept-transfer", null);
            case "POST decline-transfer":
                return await client.PostAsJsonAsync($"{api}/disposals/{await fixture.CaseAtAsync(DisposalAction.ApproveTransfer)}/decline-transfer", new { reason = "권한 확인" });
            case "POST record-disposal":
                return await client.PostAsJsonAsync($"{api}/disposals/{await fixture.CaseAtAsync(DisposalAction.ApproveDisposal)}/record-disposal",
                    new { disposedOn = today, method = "Scrap" });
            case "PAGE /facilities/disposals":
                return await client.GetAsync("/facilities/disposals");
            case "PAGE /facilities/disposals/{id}":
                return await client.GetAsync($"/facilities/disposals/{(await fixture.ProposedAsync()).Case}");
            case "PAGE propose-disposal":
                return await client.GetAsync($"/facilities/equipment/{await fixture.NewEquipmentAsync()}/propose-disposal");
            case "FORM step ApproveTransfer":
                return await client.PostFormAsync(TokenPage(anonymous), "step", new Dictionary<string, string>
                {
                    ["Input.Action"] = "ApproveTransfer", ["Input.Reason"] = "권한 확인", ["Input.ReceivingCenterId"] = otherCenter.ToString(),
                }, action: $"/facilities/disposals/{(await fixture.ProposedAsync()).Case}");
            case "FORM propose":
                return await client.PostFormAsync(TokenPage(anonymous), "propose", new Dictionary<string, string>
                {
                    ["Input.ReasonKind"] = "Idle", ["Input.Text"] = "권한 확인",
                }, action: $"/facilities/equipment/{await fixture.NewEquipmentAsync()}/propose-disposal");
            default:
                throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null);
        }
    }

    private static string TokenPage(bool anonymous) => anonymous ? "/account/login" : "/facilities/requests";
}

[Collection(OnSqlite.Name)]
public sealed class DisposalAuthorizationSqliteTests(SqliteAppFixture fixture) : DisposalAuthorizationTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class DisposalAuthorizationPostgresTests(PostgresAppFixture fixture) : DisposalAuthorizationTests(fixture);
