using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Shared.Notifications;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Programs;

/// <summary>
/// The reviewer's API: the list of their own reviews, one review with the proposal and the stage's rubric (ETag), drafts
/// saved as often as needed with the total only once every criterion is scored, the final submission with its field
/// errors, the decline that tells the program managers, and blindness: a reviewer never reads another reviewer.
/// </summary>
public abstract class ReviewFormApiTests(AppFixture fixture)
{
    private const string Api = "/api/v1/programs/reviews";

    [Fact]
    public async Task Save_PartialDraft_KeepsScoresAndLeavesTheTotalEmptyUntilAllAreScored()
    {
        var world = await fixture.ReleasedAsync();
        var client = await SignInAsync(world.First);
        using var read = await client.GetAsync($"{Api}/{world.First.AssignmentId}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var form = await read.Content.ReadFromJsonAsync<JsonElement>();
        var rubric = form.GetProperty("rubric").GetArrayLength();
        Assert.Equal(4, rubric);
        Assert.Equal("en", form.GetProperty("culture").GetString());

        using var partial = await PutAsync(client, world.First.AssignmentId, Body([4, null, null, null], comments: ["Strong idea."]), read.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, partial.StatusCode);
        var saved = await partial.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, saved.GetProperty("total").ValueKind);
        var again = await client.GetFromJsonAsync<JsonElement>($"{Api}/{world.First.AssignmentId}");
        Assert.Equal([4, null, null, null], again.GetProperty("criteria").EnumerateArray().Select(Score));
        Assert.Equal("Strong idea.", again.GetProperty("criteria")[0].GetProperty("comment").GetString());
        Assert.Equal(JsonValueKind.Null, again.GetProperty("total").ValueKind);
        Assert.Equal("Released", again.GetProperty("status").GetString());

        using var whole = await PutAsync(client, world.First.AssignmentId, Body([5, 5, 5, 5]), partial.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal(100, (await whole.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetDouble());

        using var stale = await PutAsync(client, world.First.AssignmentId, Body([1, 1, 1, 1]), read.Headers.ETag.Tag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
    }

    [Fact]
    public async Task Submit_RequiredCommentsMissing_Answers400NamingEachField()
    {
        var world = await fixture.ReleasedAsync();
        var client = await SignInAsync(world.First);

        using var refused = await PostAsync(client, $"{Api}/{world.First.AssignmentId}/submit", Body([3, null, 4, 4], comments: [], commentToApplicant: null));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.ReadProblemAsync();
        Assert.Equal(
            ["commentToApplicant", "criteria[0].comment", "criteria[1].comment", "criteria[1].score", "criteria[2].comment"],
            problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        var form = await client.GetFromJsonAsync<JsonElement>($"{Api}/{world.First.AssignmentId}");
        Assert.Equal("Released", form.GetProperty("status").GetString());
        Assert.All(form.GetProperty("criteria").EnumerateArray(), c => Assert.Equal(JsonValueKind.Null, c.GetProperty("score").ValueKind));
    }

    [Fact]
    public async Task Submit_Complete_ComputesTheTotalAndLaterChangesAnswer409()
    {
        var world = await fixture.ReleasedAsync();
        var client = await SignInAsync(world.First);

        using var submitted = await PostAsync(client, $"{Api}/{world.First.AssignmentId}/submit", Body([5, 4, 3, 2], comments: ["a", "b", "c", null]));

        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        // (5/5·30 + 4/5·25 + 3/5·25 + 2/5·20) = 30 + 20 + 15 + 8
        Assert.Equal(73, (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetDouble(), 4);
        var mine = await client.GetFromJsonAsync<JsonElement>(Api);
        var row = Assert.Single(mine.EnumerateArray());
        Assert.Equal(("Submitted", 73.0), (row.GetProperty("status").GetString(), row.GetProperty("total").GetDouble()));
        using var change = await PutAsync(client, world.First.AssignmentId, Body([1, 1, 1, 1]), null);
        Assert.Equal(HttpStatusCode.Conflict, change.StatusCode);
        Assert.Equal("Review.AlreadySubmitted", (await change.ReadProblemAsync()).GetProperty("code").GetString());
        using var decline = await client.PostAsJsonAsync($"{Api}/{world.First.AssignmentId}/decline", new { reason = "Unavailable" });
        Assert.Equal(HttpStatusCode.Conflict, decline.StatusCode);
    }

    [Fact]
    public async Task Decline_ConflictOfInterestWithoutNote_Answers400()
    {
        var world = await fixture.ReleasedAsync();
        var client = await SignInAsync(world.First);

        using var refused = await client.PostAsJsonAsync($"{Api}/{world.First.AssignmentId}/decline", new { reason = "ConflictOfInterest" });
        using var noReason = await client.PostAsJsonAsync($"{Api}/{world.First.AssignmentId}/decline", new { note = "No reason given." });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Single((await refused.ReadProblemAsync()).FieldErrors("note"));
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Single((await noReason.ReadProblemAsync()).FieldErrors("reason"));
        var form = await client.GetFromJsonAsync<JsonElement>($"{Api}/{world.First.AssignmentId}");
        Assert.Equal("Released", form.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Decline_WithReason_NotifiesTheProgramManagersAndEndsTheReview()
    {
        var world = await fixture.ReleasedAsync();
        var client = await SignInAsync(world.First);
        var manager = await fixture.UserIdAsync(Email(Roles.ProgramManager));

        using var declined = await client.PostAsJsonAsync($"{Api}/{world.First.AssignmentId}/decline", new { reason = "ConflictOfInterest", note = "I advised the lead company last year." });

        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        var link = $"/programs/calls/{world.CallId}/review/{ReviewFormWorld.OverseasStage}";
        var notices = await fixture.QueryAsync(db => db.InboxMessages.AsNoTracking()
            .Where(m => m.UserId == manager && m.Template == NoticeTemplates.ReviewDeclined && m.Link == link).CountAsync());
        Assert.Equal(1, notices);
        var form = await client.GetFromJsonAsync<JsonElement>($"{Api}/{world.First.AssignmentId}");
        Assert.Equal(("Declined", "ConflictOfInterest", false),
            (form.GetProperty("status").GetString(), form.GetProperty("declineReason").GetString(), form.GetProperty("editable").GetBoolean()));
    }

    [Fact]
    public async Task Get_AnotherReviewersReview_Answers404()
    {
        var world = await fixture.ReleasedAsync();
        var client = await SignInAsync(world.Second);

        using var other = await client.GetAsync($"{Api}/{world.First.AssignmentId}");
        using var save = await PutAsync(client, world.First.AssignmentId, Body([1, 1, 1, 1]), null);
        using var own = await client.GetAsync($"{Api}/{world.Second.AssignmentId}");

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, save.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task Get_OwnReviewAndList_NeverNameAnotherReviewer()
    {
        var world = await fixture.ReleasedAsync();
        var client = await SignInAsync(world.First);
        var other = world.Second;

        var bodies = new List<string>();
        foreach (var path in new[] { Api, $"{Api}/{world.First.AssignmentId}", $"/programs/reviews/{world.First.AssignmentId}", "/programs/reviews" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            bodies.Add(await response.Content.ReadAsStringAsync());
        }

        Assert.Contains(world.First.AssignmentId.ToString(), bodies[0], StringComparison.OrdinalIgnoreCase);
        foreach (var secret in new[] { other.Name, other.Email, other.ReviewerId.ToString(), other.UserId.ToString(), other.AssignmentId.ToString() })
        {
            Assert.All(bodies, body => Assert.DoesNotContain(secret, body, StringComparison.OrdinalIgnoreCase));
        }
    }

    private async Task<HttpClient> SignInAsync(ReleasedReviewer reviewer) => await fixture.SignedInClientAsync(reviewer.Email, ProposalWorld.Password);

    private static int? Score(JsonElement criterion) => criterion.GetProperty("score").ValueKind == JsonValueKind.Null ? null : criterion.GetProperty("score").GetInt32();

    /// <summary>A form body: the scores in the rubric's order, comments for the first criteria (every criterion when none are given).</summary>
    private static object Body(int?[] scores, string?[]? comments = null, string? commentToApplicant = "A careful plan with a capable partner.") => new
    {
        criteria = scores.Select((s, i) => new { score = s, comment = comments is null ? $"Comment {i + 1}." : i < comments.Length ? comments[i] : null }).ToArray(),
        commentToApplicant,
        commentToManagers = "Confidential note.",
    };

    private static async Task<HttpResponseMessage> PutAsync(HttpClient client, Guid id, object body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"{Api}/{id}") { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(ifMatch));
        }

        return await client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, object body) => client.PostAsJsonAsync(path, body);
}

[Collection(OnSqlite.Name)]
public sealed class ReviewFormApiSqliteTests(SqliteAppFixture fixture) : ReviewFormApiTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class ReviewFormApiPostgresTests(PostgresAppFixture fixture) : ReviewFormApiTests(fixture);
