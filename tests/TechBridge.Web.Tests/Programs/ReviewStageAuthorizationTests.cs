using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Programs.Review.Assignments;
using TechBridge.Core.Programs.Review.Pool;
using TechBridge.Web.Tests.Facilities;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Programs;

/// <summary>
/// Every review stage endpoint and page × every demo role, another company, another center and anonymous: deny by
/// default. API: anonymous 401, everyone but program managers and administrators 403 (reviewers included: they see their
/// own reviews elsewhere, never a stage). Pages: anonymous goes to the login, everyone else who is not a manager to the
/// access-denied page. A changing row acts on a stage of its own for each manager, so every 2xx is the real effect.
/// </summary>
public abstract class ReviewStageAuthorizationTests(AppFixture fixture)
{
    private static readonly Dictionary<string, int[]> Matrix = new(StringComparer.Ordinal)
    {
        //                                          anon comp othCo res cent othCe coord  pm  rev admin
        ["GET review"] =                          [401, 403, 403, 403, 403, 403, 403, 200, 403, 200],
        ["GET review (unknown call)"] =           [401, 403, 403, 403, 403, 403, 403, 404, 403, 404],
        ["GET review/{position}"] =               [401, 403, 403, 403, 403, 403, 403, 200, 403, 200],
        ["PUT rubric"] =                          [401, 403, 403, 403, 403, 403, 403, 204, 403, 204],
        ["POST assignment"] =                     [401, 403, 403, 403, 403, 403, 403, 200, 403, 200],
        ["GET candidates"] =                      [401, 403, 403, 403, 403, 403, 403, 200, 403, 200],
        ["GET candidates (unknown proposal)"] =   [401, 403, 403, 403, 403, 403, 403, 404, 403, 404],
        ["POST pairs"] =                          [401, 403, 403, 403, 403, 403, 403, 204, 403, 204],
        ["POST release"] =                        [401, 403, 403, 403, 403, 403, 403, 200, 403, 200],
        ["POST close"] =                          [401, 403, 403, 403, 403, 403, 403, 200, 403, 200],
        ["GET review/{position}/reviews/{id}"] =  [401, 403, 403, 403, 403, 403, 403, 200, 403, 200],
    };

    private static readonly Dictionary<string, int[]> Pages = new(StringComparer.Ordinal)
    {
        //                                          anon comp othCo res cent othCe coord  pm  rev admin
        ["PAGE review"] =                         [302, 302, 302, 302, 302, 302, 302, 200, 302, 200],
        ["PAGE review (unknown call)"] =          [302, 302, 302, 302, 302, 302, 302, 404, 302, 404],
        ["PAGE review/{position}"] =              [302, 302, 302, 302, 302, 302, 302, 200, 302, 200],
        ["PAGE review/{position} (closed)"] =     [302, 302, 302, 302, 302, 302, 302, 200, 302, 200],
        ["PAGE candidates"] =                     [302, 302, 302, 302, 302, 302, 302, 200, 302, 200],
        ["PAGE candidates (unknown proposal)"] =  [302, 302, 302, 302, 302, 302, 302, 404, 302, 404],
        ["PAGE review/{position}/reviews/{id}"] = [302, 302, 302, 302, 302, 302, 302, 200, 302, 200],
    };

    public static TheoryData<string> Endpoints() => [.. Matrix.Keys];

    public static TheoryData<string> PageRows() => [.. Pages.Keys];

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_EveryCaller_AnswersTheExpectedStatus(string endpoint)
    {
        var refused = new Lazy<Task<Guid>>(() => WorldAsync(endpoint));
        await CallerMatrix.AssertRowAsync(fixture, endpoint, Matrix[endpoint], async (_, caller, client) =>
            await SendAsync(endpoint, client, IsManager(caller) && Changes(endpoint) ? await WorldAsync(endpoint) : await refused.Value));
    }

    [Theory]
    [MemberData(nameof(PageRows))]
    public async Task Page_EveryCaller_AnswersTheExpectedStatus(string page)
    {
        var world = new Lazy<Task<Guid>>(() => WorldAsync(page));
        await CallerMatrix.AssertRowAsync(fixture, page, Pages[page], async (_, _, client) => await OpenAsync(page, client, await world.Value), "/account/denied");
    }

    private static bool IsManager(string caller) => caller is Roles.ProgramManager or Roles.Administrator;

    private static bool Changes(string row) => row.StartsWith("PUT", StringComparison.Ordinal) || row.StartsWith("POST", StringComparison.Ordinal);

    /// <summary>The call a row acts on, in the state its managers' answer needs.</summary>
    private async Task<Guid> WorldAsync(string row)
    {
        switch (row)
        {
            case "PUT rubric":
                return await fixture.NewCallAsync(title: "평가표 권한 확인 공고");
            case "GET review (unknown call)" or "PAGE review (unknown call)":
                return Guid.NewGuid();
            case "POST release":
            {
                var (call, proposals) = await fixture.ScreenedCallAsync(1);
                await fixture.LockAsync(call, proposals, await PoolReviewerAsync());
                return call;
            }

            case "POST close" or "GET review/{position}/reviews/{id}" or "PAGE review/{position}/reviews/{id}":
                return (await fixture.ReviewedCallAsync(1)).Call;
            case "PAGE review/{position} (closed)":
            {
                var call = (await fixture.ReviewedCallAsync(1)).Call;
                var manager = await fixture.UserIdAsync(Email(Roles.ProgramManager));
                await fixture.RunAsync<StageLifecycle, IReadOnlyList<StageResult>>(s => s.CloseAsync(manager, call, ReviewStageWorld.Overseas));
                return call;
            }

            default:
            {
                var (call, _) = await fixture.ScreenedCallAsync(1);
                var manager = await fixture.UserIdAsync(Email(Roles.ProgramManager));
                await fixture.RunAsync<StageAssignmentService, AssignmentRun>(s => s.RunAsync(manager, call, ReviewStageWorld.Overseas, new AssignmentOptions(2)));
                return call;
            }
        }
    }

    private async Task<HttpResponseMessage> SendAsync(string endpoint, HttpClient client, Guid call)
    {
        var api = $"/api/v1/programs/calls/{call}/review";
        return endpoint switch
        {
            "GET review" or "GET review (unknown call)" => await client.GetAsync(api),
            "GET review/{position}" => await client.GetAsync($"{api}/1"),
            "PUT rubric" => await client.PutAsJsonAsync($"{api}/1/rubric", new { rubric = ReviewStageApiTests.ValidRubric() }),
            "POST assignment" => await client.PostAsJsonAsync($"{api}/1/assignment", new { reviewersPerProposal = 1 }),
            "GET candidates" => await client.GetAsync($"{api}/1/proposals/{await ProposalOfAsync(call)}/candidates?all=true"),
            "GET candidates (unknown proposal)" => await client.GetAsync($"{api}/1/proposals/{Guid.NewGuid()}/candidates"),
            "POST pairs" => await client.PostAsJsonAsync($"{api}/1/pairs", new { proposalId = await ProposalOfAsync(call), reviewerId = await PoolReviewerAsync(), action = "Exclude" }),
            "POST release" => await client.PostAsJsonAsync($"{api}/1/release", new { dueAt = DateTimeOffset.UtcNow.AddDays(7) }),
            "POST close" => await client.PostAsync($"{api}/1/close", null),
            "GET review/{position}/reviews/{id}" => await client.GetAsync($"{api}/1/reviews/{await AssignmentOfAsync(call)}"),
            _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
        };
    }

    private async Task<HttpResponseMessage> OpenAsync(string page, HttpClient client, Guid call) => page switch
    {
        "PAGE review" or "PAGE review (unknown call)" => await client.GetAsync($"/programs/calls/{call}/review"),
        "PAGE review/{position}" or "PAGE review/{position} (closed)" => await client.GetAsync($"/programs/calls/{call}/review/1"),
        "PAGE review/{position}/reviews/{id}" => await client.GetAsync($"/programs/calls/{call}/review/1/reviews/{await AssignmentOfAsync(call)}"),
        "PAGE candidates" => await client.GetAsync($"/programs/calls/{call}/review/1/proposals/{await ProposalOfAsync(call)}"),
        "PAGE candidates (unknown proposal)" => await client.GetAsync($"/programs/calls/{call}/review/1/proposals/{Guid.NewGuid()}"),
        _ => throw new ArgumentOutOfRangeException(nameof(page), page, null),
    };

    /// <summary>An active overseas reviewer of the demo pool without an account, so a release mails rather than fills anyone's inbox.</summary>
    private Task<Guid> PoolReviewerAsync() => fixture.QueryAsync(db => db.Reviewers.AsNoTracking()
        .Where(r => r.IsDemo && r.IsActive && r.Group == ReviewerGroup.Overseas && r.UserId == null).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync());

    private Task<Guid> ProposalOfAsync(Guid call) => fixture.QueryAsync(db => db.Proposals.AsNoTracking().Where(p => p.CallId == call).Select(p => p.Id).FirstAsync());

    private Task<Guid> AssignmentOfAsync(Guid call) => fixture.QueryAsync(db => db.ReviewAssignments.AsNoTracking()
        .Where(a => a.CallId == call && a.Status == AssignmentStatus.Submitted).Select(a => a.Id).FirstOrDefaultAsync());
}

[Collection(OnSqlite.Name)]
public sealed class ReviewStageAuthorizationSqliteTests(SqliteAppFixture fixture) : ReviewStageAuthorizationTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class ReviewStageAuthorizationPostgresTests(PostgresAppFixture fixture) : ReviewStageAuthorizationTests(fixture);
