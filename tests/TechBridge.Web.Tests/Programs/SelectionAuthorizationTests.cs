using System.Net;
using System.Net.Http.Json;
using TechBridge.Core.Accounts;
using TechBridge.Web.Tests.Facilities;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Programs;

/// <summary>
/// Every selection route × every demo role, another company, another center and anonymous, then the applicant. The selection
/// is the program managers' and administrators' (403 through the API, the denied page for pages and downloads); a decision is
/// its applicant's alone (404 for everyone else, managers included), and only once published.
/// </summary>
public abstract class SelectionAuthorizationTests(AppFixture fixture)
{
    private static readonly Dictionary<string, int[]> Matrix = new(StringComparer.Ordinal)
    {
        //                                 anon comp othCo res cent othCe coord  pm  rev admin
        ["GET selection"] =              [401, 403, 403, 403, 403, 403, 403, 200, 403, 200],
        ["GET selection (unknown)"] =    [401, 403, 403, 403, 403, 403, 403, 404, 403, 404],
        ["POST run"] =                   [401, 403, 403, 403, 403, 403, 403, 200, 403, 200],
        ["POST adjustments"] =           [401, 403, 403, 403, 403, 403, 403, 200, 403, 200],
        ["GET verify"] =                 [401, 403, 403, 403, 403, 403, 403, 200, 403, 200],
        ["POST publish"] =               [401, 403, 403, 403, 403, 403, 403, 200, 403, 200],
        ["GET decision"] =               [401, 404, 404, 404, 404, 404, 404, 404, 404, 404],
        ["PAGE selection"] =             [302, 302, 302, 302, 302, 302, 302, 200, 302, 200],
        ["GET report.xlsx"] =            [302, 302, 302, 302, 302, 302, 302, 200, 302, 200],
        ["GET report.pdf"] =             [302, 302, 302, 302, 302, 302, 302, 200, 302, 200],
    };

    private static readonly string[] ManagerRows = ["GET selection", "POST run", "POST adjustments", "GET verify", "POST publish", "PAGE selection", "GET report.xlsx", "GET report.pdf"];

    public static TheoryData<string> Rows() => [.. Matrix.Keys];

    public static TheoryData<string> ManagerOnly() => [.. ManagerRows];

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Route_EveryCaller_AnswersTheExpectedStatus(string row)
    {
        var world = row == "GET decision" ? await fixture.PublishedAsync() : await fixture.RanAsync();
        // Publishing happens once: the program manager and the administrator each publish a call of their own.
        var own = new Dictionary<string, ReviewedCall>(StringComparer.Ordinal);
        if (row == "POST publish")
        {
            own[Roles.ProgramManager] = await fixture.RanAsync();
            own[Roles.Administrator] = await fixture.RanAsync();
        }

        await CallerMatrix.AssertRowAsync(fixture, row, Matrix[row], (_, caller, client) => SendAsync(row, client, own.GetValueOrDefault(caller, world)), "/account/denied");
    }

    [Theory]
    [MemberData(nameof(ManagerOnly))]
    public async Task Route_TheApplicant_IsRefusedTheManagersRoutes(string row)
    {
        var world = await fixture.RanAsync();
        var applicant = await fixture.SignedInClientAsync(world.ApplicantEmail, ProposalWorld.Password);

        using var response = await SendAsync(row, applicant, world);

        if (row.StartsWith("PAGE", StringComparison.Ordinal) || row.StartsWith("GET report", StringComparison.Ordinal))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/denied", response.RedirectPath(), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Fact]
    public async Task GetDecision_TheApplicant_ReadsItOnlyOncePublished()
    {
        var world = await fixture.RanAsync();
        var applicant = await fixture.SignedInClientAsync(world.ApplicantEmail, ProposalWorld.Password);
        using var before = await SendAsync("GET decision", applicant, world);
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.DoesNotContain("data-testid=\"proposal-decision\"", await applicant.GetStringAsync($"/programs/proposals/{world.Proposals[1]}"), StringComparison.Ordinal);

        await fixture.RunAsync<Core.Programs.Selection.SelectionDecisions, int>(s => s.PublishAsync(world.Manager, world.CallId));
        using var after = await SendAsync("GET decision", applicant, world);
        using var unknown = await applicant.GetAsync($"/api/v1/programs/proposals/{Guid.NewGuid()}/decision");

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static async Task<HttpResponseMessage> SendAsync(string row, HttpClient client, ReviewedCall world)
    {
        var api = $"/api/v1/programs/calls/{world.CallId}/selection";
        return row switch
        {
            "GET selection" => await client.GetAsync(api),
            "GET selection (unknown)" => await client.GetAsync($"/api/v1/programs/calls/{Guid.NewGuid()}/selection"),
            "POST run" => await client.PostAsJsonAsync($"{api}/run", new { quotas = Array.Empty<object>() }),
            "POST adjustments" => await client.PostAsJsonAsync($"{api}/adjustments", new { proposalId = world.Proposals[0], kind = "ForceOut", justification = "권한 확인" }),
            "GET verify" => await client.GetAsync($"{api}/verify"),
            "POST publish" => await client.PostAsync($"{api}/publish", null),
            "GET decision" => await client.GetAsync($"/api/v1/programs/proposals/{world.Proposals[1]}/decision"),
            "PAGE selection" => await client.GetAsync($"/programs/calls/{world.CallId}/selection"),
            "GET report.xlsx" => await client.GetAsync($"/programs/calls/{world.CallId}/selection/report.xlsx"),
            "GET report.pdf" => await client.GetAsync($"/programs/calls/{world.CallId}/selection/report.pdf"),
            _ => throw new ArgumentOutOfRangeException(nameof(row), row, null),
        };
    }
}

[Collection(OnSqlite.Name)]
public sealed class SelectionAuthorizationSqliteTests(SqliteAppFixture fixture) : SelectionAuthorizationTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class SelectionAuthorizationPostgresTests(PostgresAppFixture fixture) : SelectionAuthorizationTests(fixture);
