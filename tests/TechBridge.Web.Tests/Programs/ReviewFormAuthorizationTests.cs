using System.Net;
using System.Net.Http.Json;
using TechBridge.Web.Tests.Facilities;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Programs;

/// <summary>
/// Every reviewer route × every demo role, another company, another center and anonymous, then the reviewer the review was
/// released to and the other reviewer of the same proposal. The list is every signed-in user's own (empty for most); one
/// review exists only for its reviewer: 404 for everyone else, program managers and administrators included (they read
/// reviews on their stage pages) and the other reviewer of the same proposal.
/// </summary>
public abstract class ReviewFormAuthorizationTests(AppFixture fixture)
{
    private const string Api = "/api/v1/programs/reviews";

    private static readonly Dictionary<string, int[]> Matrix = new(StringComparer.Ordinal)
    {
        //                                 anon comp othCo res cent othCe coord  pm  rev admin
        ["GET reviews"] =                [401, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["GET review"] =                 [401, 404, 404, 404, 404, 404, 404, 404, 404, 404],
        ["GET review (unknown)"] =       [401, 404, 404, 404, 404, 404, 404, 404, 404, 404],
        ["PUT review"] =                 [401, 404, 404, 404, 404, 404, 404, 404, 404, 404],
        ["POST submit"] =                [401, 404, 404, 404, 404, 404, 404, 404, 404, 404],
        ["POST decline"] =               [401, 404, 404, 404, 404, 404, 404, 404, 404, 404],
        ["PAGE /programs/reviews"] =     [302, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["PAGE review"] =                [302, 404, 404, 404, 404, 404, 404, 404, 404, 404],
    };

    public static TheoryData<string> Rows() => [.. Matrix.Keys];

    public static TheoryData<string> ReviewRows() => [.. Matrix.Keys.Where(k => k is not ("GET reviews" or "PAGE /programs/reviews" or "GET review (unknown)"))];

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Route_EveryCaller_AnswersTheExpectedStatus(string row)
    {
        var world = await fixture.ReleasedAsync();
        await CallerMatrix.AssertRowAsync(fixture, row, Matrix[row], (_, _, client) => SendAsync(row, client, world.First.AssignmentId));
    }

    [Theory]
    [MemberData(nameof(ReviewRows))]
    public async Task Route_OtherReviewerOfTheProposal_Answers404(string row)
    {
        var world = await fixture.ReleasedAsync();
        var other = await fixture.SignedInClientAsync(world.Second.Email, ProposalWorld.Password);

        using var response = await SendAsync(row, other, world.First.AssignmentId);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Route_TheReviewer_Succeeds(string row)
    {
        var world = await fixture.ReleasedAsync();
        var reviewer = await fixture.SignedInClientAsync(world.First.Email, ProposalWorld.Password);

        using var response = await SendAsync(row, reviewer, world.First.AssignmentId);

        Assert.Equal(row == "GET review (unknown)" ? HttpStatusCode.NotFound : HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ReviewPage_OverseasStageForKoreanReader_IsHeldInEnglish()
    {
        var world = await fixture.ReleasedAsync();
        var reviewer = await fixture.SignedInClientAsync(world.First.Email, ProposalWorld.Password);

        var html = await reviewer.GetStringAsync($"/programs/reviews/{world.First.AssignmentId}?culture=ko");

        Assert.Contains("data-culture=\"en\"", html, StringComparison.Ordinal);
        Assert.Contains("Overall comment for the applicant", html, StringComparison.Ordinal);
        Assert.Contains("Innovation and technical excellence", html, StringComparison.Ordinal);
        Assert.DoesNotContain("신청기관에 전달할 종합 의견", html, StringComparison.Ordinal);
        Assert.Contains("내 평가", html, StringComparison.Ordinal); // the menu beside the form keeps the reader's language
    }

    [Fact]
    public async Task ReviewPage_SubmitWithoutComments_ShowsFieldMessagesAndKeepsWhatWasTyped()
    {
        var world = await fixture.ReleasedAsync();
        var reviewer = await fixture.SignedInClientAsync(world.First.Email, ProposalWorld.Password);
        var path = $"/programs/reviews/{world.First.AssignmentId}";
        var version = (await reviewer.GetAsync($"{Api}/{world.First.AssignmentId}")).Headers.ETag!.Tag.Trim('"');

        using var response = await reviewer.PostFormAsync(path, "review",
        [
            new("Version", version), new("Action", "submit"), new("Confirm", "true"),
            new("Criteria[0].Score", "4"), new("Criteria[1].Score", "3"), new("Criteria[2].Score", "5"), new("Criteria[3].Score", "2"),
            new("Criteria[0].Comment", "Novel chemistry."), new("CommentToManagers", "Keep an eye on the budget."),
        ]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-field=\"criteria[1].comment\"", html, StringComparison.Ordinal);
        Assert.Contains("data-field=\"commentToApplicant\"", html, StringComparison.Ordinal);
        Assert.Contains("Novel chemistry.", html, StringComparison.Ordinal);
        Assert.Contains("Keep an eye on the budget.", html, StringComparison.Ordinal);
        var form = await reviewer.GetFromJsonAsync<System.Text.Json.JsonElement>($"{Api}/{world.First.AssignmentId}");
        Assert.Equal("Released", form.GetProperty("status").GetString());
    }

    [Fact]
    public async Task NavMenu_LinkedReviewer_ShowsMyReviewsAndOthersDoNot()
    {
        var world = await fixture.ReleasedAsync();
        var reviewer = await fixture.SignedInClientAsync(world.First.Email, ProposalWorld.Password);
        var company = await fixture.SignedInAsAsync(Core.Accounts.Roles.Company);

        Assert.Contains("data-testid=\"nav-reviews\"", await reviewer.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"nav-reviews\"", await company.GetStringAsync("/"), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SendAsync(string row, HttpClient client, Guid assignment) => row switch
    {
        "GET reviews" => await client.GetAsync(Api),
        "GET review" => await client.GetAsync($"{Api}/{assignment}"),
        "GET review (unknown)" => await client.GetAsync($"{Api}/{Guid.NewGuid()}"),
        "PUT review" => await client.PutAsJsonAsync($"{Api}/{assignment}", Draft()),
        "POST submit" => await client.PostAsJsonAsync($"{Api}/{assignment}/submit", Draft()),
        "POST decline" => await client.PostAsJsonAsync($"{Api}/{assignment}/decline", new { reason = "OutsideExpertise" }),
        "PAGE /programs/reviews" => await client.GetAsync("/programs/reviews"),
        "PAGE review" => await client.GetAsync($"/programs/reviews/{assignment}"),
        _ => throw new ArgumentOutOfRangeException(nameof(row), row, null),
    };

    private static object Draft() => new
    {
        criteria = Enumerable.Range(1, 4).Select(i => new { score = 4, comment = $"Comment {i}." }).ToArray(),
        commentToApplicant = "Well argued.",
    };
}

[Collection(OnSqlite.Name)]
public sealed class ReviewFormAuthorizationSqliteTests(SqliteAppFixture fixture) : ReviewFormAuthorizationTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class ReviewFormAuthorizationPostgresTests(PostgresAppFixture fixture) : ReviewFormAuthorizationTests(fixture);
