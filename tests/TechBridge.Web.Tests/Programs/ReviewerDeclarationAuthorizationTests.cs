using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Web.Tests.Facilities;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Programs;

/// <summary>
/// Every declaration route × every demo role, another company, another center and anonymous. The reviewer's own routes
/// answer only a pool reviewer (the demo reviewer account is one): 403 for everyone else signed in, program managers and
/// administrators included. One reviewer's declarations are for program managers and administrators.
/// </summary>
public abstract class ReviewerDeclarationAuthorizationTests(AppFixture fixture)
{
    private const string Api = "/api/v1/programs/reviews/declarations";

    private static readonly Dictionary<string, int[]> Matrix = new(StringComparer.Ordinal)
    {
        //                                        anon comp othCo res cent othCe coord  pm  rev admin
        ["GET declarations"] =                  [401, 403, 403, 403, 403, 403, 403, 403, 200, 403],
        ["POST declaration"] =                  [401, 403, 403, 403, 403, 403, 403, 403, 201, 403],
        ["POST declaration (no reason)"] =      [401, 403, 403, 403, 403, 403, 403, 403, 400, 403],
        ["DELETE declaration (unknown)"] =      [401, 403, 403, 403, 403, 403, 403, 403, 404, 403],
        ["GET reviewer declarations"] =         [401, 403, 403, 403, 403, 403, 403, 200, 403, 200],
        ["GET reviewer declarations (unknown)"] = [401, 403, 403, 403, 403, 403, 403, 404, 403, 404],
    };

    public static TheoryData<string> Rows() => [.. Matrix.Keys];

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Route_EveryCaller_AnswersTheExpectedStatus(string row)
    {
        var reviewerUser = await fixture.UserIdAsync(Email(Roles.Reviewer));
        var reviewer = await fixture.QueryAsync(db => db.Reviewers.AsNoTracking().Where(r => r.UserId == reviewerUser).Select(r => r.Id).SingleAsync());

        await CallerMatrix.AssertRowAsync(fixture, row, Matrix[row], (_, _, client) => SendAsync(row, client, reviewer));
    }

    private static async Task<HttpResponseMessage> SendAsync(string row, HttpClient client, Guid reviewer) => row switch
    {
        "GET declarations" => await client.GetAsync(Api),
        "POST declaration" => await client.PostAsJsonAsync(Api, new { organizationName = $"권한확인 {Guid.NewGuid():N}", reason = "권한 확인" }),
        "POST declaration (no reason)" => await client.PostAsJsonAsync(Api, new { personName = "권한확인" }),
        "DELETE declaration (unknown)" => await client.DeleteAsync($"{Api}/{Guid.NewGuid()}"),
        "GET reviewer declarations" => await client.GetAsync($"/api/v1/programs/reviewers/{reviewer}/declarations"),
        "GET reviewer declarations (unknown)" => await client.GetAsync($"/api/v1/programs/reviewers/{Guid.NewGuid()}/declarations"),
        _ => throw new ArgumentOutOfRangeException(nameof(row), row, null),
    };
}

[Collection(OnSqlite.Name)]
public sealed class ReviewerDeclarationAuthorizationSqliteTests(SqliteAppFixture fixture) : ReviewerDeclarationAuthorizationTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class ReviewerDeclarationAuthorizationPostgresTests(PostgresAppFixture fixture) : ReviewerDeclarationAuthorizationTests(fixture);
