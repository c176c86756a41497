using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Programs;

/// <summary>
/// The review stage API as program managers use it: the optimal assignment with its report, locks that survive a new run,
/// exclusions that are never proposed again, the release to reviewers (each told once, in the stage's language), the close
/// refused while reviews are outstanding and its results once they are in, the rubric with its field errors, a review read
/// with the reviewer's identity, and 404 for what does not exist. Business rules answer 409 with their code.
/// </summary>
public abstract class ReviewStageApiTests(AppFixture fixture)
{
    private static string Api(Guid call) => $"/api/v1/programs/calls/{call}/review";

    [Fact]
    public async Task RunAssignment_EnoughReviewers_ReportsKPairsPerProposal()
    {
        var (call, proposals) = await fixture.ScreenedCallAsync(3);
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);

        using var response = await client.PostAsJsonAsync($"{Api(call)}/1/assignment", new { reviewersPerProposal = 2 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((3, 6, 2, 0, "MinCostFlow", true),
            (report.GetProperty("proposals").GetInt32(), report.GetProperty("pairs").GetInt32(), report.GetProperty("reviewersPerProposal").GetInt32(),
                report.GetProperty("minimumOverseas").GetInt32(), report.GetProperty("method").GetString(), report.GetProperty("provedOptimal").GetBoolean()));
        Assert.Empty(report.GetProperty("unfilled").EnumerateArray());
        Assert.True(report.GetProperty("reviewers").GetInt32() >= 6);
        Assert.False(string.IsNullOrEmpty(report.GetProperty("runBy").GetString()));

        var stage = await StageAsync(client, call);
        Assert.Equal("Assigning", stage.GetProperty("stage").GetProperty("state").GetString());
        Assert.Equal(6, stage.GetProperty("stage").GetProperty("proposed").GetInt32());
        Assert.Equal(proposals.Order(), stage.GetProperty("proposals").EnumerateArray().Select(p => p.GetProperty("proposalId").GetGuid()).Order());
        Assert.All(stage.GetProperty("proposals").EnumerateArray(), p =>
            Assert.Equal(["Proposed", "Proposed"], p.GetProperty("reviewers").EnumerateArray().Select(r => r.GetProperty("status").GetString())));
        Assert.Equal(6, stage.GetProperty("lastRun").GetProperty("pairs").GetInt32());
    }

    [Fact]
    public async Task RunAssignment_MinimumOverseasOrBadNumbers_SolvesWithCpSatOrNamesTheField()
    {
        var (call, _) = await fixture.ScreenedCallAsync(2);
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);

        using var both = await client.PostAsJsonAsync($"{Api(call)}/1/assignment", new { reviewersPerProposal = 2, minimumOverseas = 1 });
        using var none = await client.PostAsJsonAsync($"{Api(call)}/1/assignment", new { reviewersPerProposal = 0 });
        using var waiting = await client.PostAsJsonAsync($"{Api(call)}/2/assignment", new { });

        Assert.Equal(HttpStatusCode.OK, both.StatusCode);
        var report = await both.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("CpSat", 1, 4), (report.GetProperty("method").GetString(), report.GetProperty("minimumOverseas").GetInt32(), report.GetProperty("pairs").GetInt32()));
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Equal(["reviewersPerProposal"], (await none.ReadProblemAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(HttpStatusCode.Conflict, waiting.StatusCode);
        Assert.Equal("Review.StageWaiting", (await waiting.ReadProblemAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task SetPair_LockThenRerun_KeepsTheLockedPair()
    {
        var (call, proposals) = await fixture.ScreenedCallAsync(2);
        var reviewer = (await fixture.LinkedReviewersAsync(1))[0].ReviewerId;
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);

        using var locked = await client.PostAsJsonAsync($"{Api(call)}/1/pairs", new { proposalId = proposals[0], reviewerId = reviewer, action = "Lock" });
        using var run = await client.PostAsJsonAsync($"{Api(call)}/1/assignment", new { reviewersPerProposal = 1 });
        using var again = await client.PostAsJsonAsync($"{Api(call)}/1/assignment", new { reviewersPerProposal = 1 });

        Assert.Equal(HttpStatusCode.NoContent, locked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var only = Assert.Single(Reviewers(await StageAsync(client, call), proposals[0]));
        Assert.Equal((reviewer, "Proposed", true), (only.GetProperty("reviewerId").GetGuid(), only.GetProperty("status").GetString(), only.GetProperty("isLocked").GetBoolean()));

        using var unlocked = await client.PostAsJsonAsync($"{Api(call)}/1/pairs", new { proposalId = proposals[0], reviewerId = reviewer, action = "Unlock" });
        Assert.Equal(HttpStatusCode.NoContent, unlocked.StatusCode);
        Assert.False(Reviewers(await StageAsync(client, call), proposals[0]).Single(r => r.GetProperty("reviewerId").GetGuid() == reviewer).GetProperty("isLocked").GetBoolean());
    }

    [Fact]
    public async Task SetPair_Exclude_RemovesThePairAndNoRunProposesItAgain()
    {
        var (call, proposals) = await fixture.ScreenedCallAsync(2);
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);
        using (var run = await client.PostAsJsonAsync($"{Api(call)}/1/assignment", new { reviewersPerProposal = 2 }))
        {
            Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        }

        // The best pair of the first proposal: the optimiser would choose it again.
        var best = Reviewers(await StageAsync(client, call), proposals[0]).First().GetProperty("reviewerId").GetGuid();

        using var excluded = await client.PostAsJsonAsync($"{Api(call)}/1/pairs", new { proposalId = proposals[0], reviewerId = best, action = "Exclude" });
        var after = Reviewers(await StageAsync(client, call), proposals[0]);
        using var rerun = await client.PostAsJsonAsync($"{Api(call)}/1/assignment", new { reviewersPerProposal = 2 });
        var rerunPairs = Reviewers(await StageAsync(client, call), proposals[0]);

        Assert.Equal(HttpStatusCode.NoContent, excluded.StatusCode);
        Assert.Equal("Excluded", after.Single(r => r.GetProperty("reviewerId").GetGuid() == best).GetProperty("status").GetString());
        Assert.Single(after, r => r.GetProperty("status").GetString() == "Proposed");
        Assert.Equal(HttpStatusCode.OK, rerun.StatusCode);
        Assert.Equal("Excluded", rerunPairs.Single(r => r.GetProperty("reviewerId").GetGuid() == best).GetProperty("status").GetString());
        Assert.Equal(2, rerunPairs.Count(r => r.GetProperty("status").GetString() == "Proposed"));
    }

    [Fact]
    public async Task SetPair_MissingOrUnknownValues_Answers400Or404()
    {
        var (call, proposals) = await fixture.ScreenedCallAsync(1);
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);

        using var empty = await client.PostAsJsonAsync($"{Api(call)}/1/pairs", new { });
        using var badAction = await client.PostAsJsonAsync($"{Api(call)}/1/pairs", new { proposalId = proposals[0], reviewerId = Guid.NewGuid(), action = "Promote" });
        using var unknown = await client.PostAsJsonAsync($"{Api(call)}/1/pairs", new { proposalId = proposals[0], reviewerId = Guid.NewGuid(), action = "Lock" });

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(["action", "proposalId", "reviewerId"], (await empty.ReadProblemAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, badAction.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Release_LinkedReviewer_AsksThemOnceInTheStageLanguage()
    {
        var (call, proposals) = await fixture.ScreenedCallAsync(2);
        var reviewer = (await fixture.LinkedReviewersAsync(1))[0];
        await fixture.LockAsync(call, proposals, reviewer.ReviewerId);
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);
        var due = DateTimeOffset.UtcNow.AddDays(14).ToOffset(Kst);

        using var released = await client.PostAsJsonAsync($"{Api(call)}/1/release", new { dueAt = due });

        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        Assert.Equal(1, (await released.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reviewers").GetInt32());
        var stage = await StageAsync(client, call);
        Assert.Equal(("Reviewing", 2, 0), (stage.GetProperty("stage").GetProperty("state").GetString(), stage.GetProperty("stage").GetProperty("released").GetInt32(),
            stage.GetProperty("stage").GetProperty("proposed").GetInt32()));
        Assert.All(proposals, p => Assert.Equal("Released", Assert.Single(Reviewers(stage, p)).GetProperty("status").GetString()));
        Assert.Equal(due.ToUnixTimeSeconds(), stage.GetProperty("stage").GetProperty("dueAt").GetDateTimeOffset().ToUnixTimeSeconds());
        var inbox = await fixture.QueryAsync(db => db.InboxMessages.AsNoTracking().Where(m => m.UserId == reviewer.UserId && m.Template == "ReviewAssigned").Select(m => new { m.Subject, m.Body, m.Link }).ToListAsync());
        var message = Assert.Single(inbox);
        Assert.StartsWith("[TechBridge] Review request (", message.Subject, StringComparison.Ordinal);
        Assert.Contains("Authorization check call", message.Subject, StringComparison.Ordinal);
        Assert.Contains("Proposals to review: 2", message.Body, StringComparison.Ordinal);
        Assert.Equal("/programs/reviews", message.Link);

        // Once asked, the rubric and the released pairs are fixed.
        using var rubric = await client.PutAsJsonAsync($"{Api(call)}/1/rubric", new { rubric = ValidRubric() });
        using var pair = await client.PostAsJsonAsync($"{Api(call)}/1/pairs", new { proposalId = proposals[0], reviewerId = reviewer.ReviewerId, action = "Exclude" });
        Assert.Equal("Review.RubricFixed", (await rubric.ReadProblemAsync()).GetProperty("code").GetString());
        Assert.Equal("Review.PairReleased", (await pair.ReadProblemAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Close_ReviewsOutstanding_Answers409WithTheCode()
    {
        var (call, proposals) = await fixture.ScreenedCallAsync(1);
        var reviewer = (await fixture.LinkedReviewersAsync(1))[0];
        await fixture.LockAsync(call, proposals, reviewer.ReviewerId);
        await fixture.ReleaseAsync(call);
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);

        using var response = await client.PostAsync($"{Api(call)}/1/close", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal("Review.ReviewsOutstanding", problem.GetProperty("code").GetString());
        Assert.Contains("1건", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Reviewing", (await StageAsync(client, call)).GetProperty("stage").GetProperty("state").GetString());
    }

    [Fact]
    public async Task Close_EveryReviewIn_ReturnsTheResultsAndTheNextStageIsAssigned()
    {
        var (call, proposals, _) = await fixture.ReviewedCallAsync(2);
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);

        using var response = await client.PostAsync($"{Api(call)}/1/close", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        Assert.Equal(proposals.Order(), results.Select(r => r.GetProperty("proposalId").GetGuid()).Order());
        Assert.All(results, r => Assert.Equal((80.0, 1, true), (r.GetProperty("score").GetDouble(), r.GetProperty("reviews").GetInt32(), r.GetProperty("advanced").GetBoolean())));
        var stages = (await client.GetFromJsonAsync<JsonElement>(Api(call))).EnumerateArray().ToList();
        Assert.Equal([(1, "OverseasPeerReview", "Closed", 2), (2, "DomesticPanel", "Assigning", 0)],
            stages.Select(s => (s.GetProperty("position").GetInt32(), s.GetProperty("kind").GetString(), s.GetProperty("state").GetString(), s.GetProperty("advanced").GetInt32())));
        Assert.Equal(2, stages[1].GetProperty("proposals").GetInt32());
    }

    [Fact]
    public async Task SaveRubric_WeightsNotAddingUpTo100_Answers400WithTheField()
    {
        var call = await fixture.NewCallAsync(title: "평가표 확인 공고");
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);
        var wrong = ValidRubric();
        wrong[1] = wrong[1] with { WeightPercent = 30 };

        using var invalid = await client.PutAsJsonAsync($"{Api(call)}/1/rubric", new { rubric = wrong });
        using var saved = await client.PutAsJsonAsync($"{Api(call)}/1/rubric", new { rubric = ValidRubric() });
        using var none = await client.PutAsJsonAsync($"{Api(call)}/1/rubric", new { });

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.ReadProblemAsync()).GetProperty("errors");
        Assert.Equal(["rubric"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Contains("(지금 90)", errors.GetProperty("rubric")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        var stage = await StageAsync(client, call);
        Assert.Equal("Waiting", stage.GetProperty("stage").GetProperty("state").GetString());
        Assert.False(stage.GetProperty("rubricIsDefault").GetBoolean());
        Assert.Equal([("독창성", "Originality", 60, 5, true), ("실현 가능성", "Feasibility", 40, 7, false)],
            stage.GetProperty("rubric").EnumerateArray().Select(c => (c.GetProperty("nameKo").GetString(), c.GetProperty("nameEn").GetString(),
                c.GetProperty("weightPercent").GetInt32(), c.GetProperty("scaleMax").GetInt32(), c.GetProperty("commentRequired").GetBoolean())));
    }

    [Fact]
    public async Task GetReview_Manager_ReadsItWithTheReviewersIdentity()
    {
        var (call, proposals, _) = await fixture.ReviewedCallAsync(1);
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);
        var assignment = Assert.Single(Reviewers(await StageAsync(client, call), proposals[0])).GetProperty("assignmentId").GetGuid();

        var review = await client.GetFromJsonAsync<JsonElement>($"{Api(call)}/1/reviews/{assignment}");
        using var elsewhere = await client.GetAsync($"{Api(call)}/2/reviews/{assignment}");
        using var unknown = await client.GetAsync($"{Api(call)}/1/reviews/{Guid.NewGuid()}");

        Assert.Equal(("Stage Reviewer 0", "Submitted", 80.0, "Worth funding.", "A clear plan with a strong partner."),
            (review.GetProperty("reviewerNameEn").GetString(), review.GetProperty("status").GetString(), review.GetProperty("total").GetDouble(),
                review.GetProperty("commentToManagers").GetString(), review.GetProperty("commentToApplicant").GetString()));
        Assert.All(review.GetProperty("criteria").EnumerateArray(), c => Assert.Equal(4, c.GetProperty("score").GetInt32()));
        Assert.Equal(4, review.GetProperty("rubric").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task AnyRoute_UnknownCallOrStage_Answers404()
    {
        var call = await fixture.NewCallAsync(title: "없는 단계 확인 공고");
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);
        var unknown = Guid.NewGuid();

        var statuses = new List<HttpStatusCode>();
        foreach (var request in new Func<Task<HttpResponseMessage>>[]
                 {
                     () => client.GetAsync(Api(unknown)),
                     () => client.GetAsync($"{Api(unknown)}/1"),
                     () => client.PostAsJsonAsync($"{Api(unknown)}/1/assignment", new { }),
                     () => client.PutAsJsonAsync($"{Api(unknown)}/1/rubric", new { rubric = ValidRubric() }),
                     () => client.PostAsync($"{Api(unknown)}/1/close", null),
                     () => client.GetAsync($"{Api(call)}/7"),
                     () => client.GetAsync($"{Api(call)}/0"),
                     () => client.PostAsJsonAsync($"{Api(call)}/0/release", new { dueAt = DateTimeOffset.UtcNow.AddDays(3) }),
                 })
        {
            using var response = await request();
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.NotFound, s));
    }

    /// <summary>Two criteria, weights 60 and 40.</summary>
    internal static Core.Programs.Review.Rubrics.RubricCriterion[] ValidRubric() =>
    [
        new("독창성", "Originality", "새로운가", "Is it new", 60, 5, true),
        new("실현 가능성", "Feasibility", "", "", 40, 7, false),
    ];

    private static async Task<JsonElement> StageAsync(HttpClient client, Guid call) =>
        await client.GetFromJsonAsync<JsonElement>($"{Api(call)}/1");

    private static List<JsonElement> Reviewers(JsonElement stage, Guid proposal) =>
        [.. stage.GetProperty("proposals").EnumerateArray().Single(p => p.GetProperty("proposalId").GetGuid() == proposal).GetProperty("reviewers").EnumerateArray()];
}

[Collection(OnSqlite.Name)]
public sealed class ReviewStageApiSqliteTests(SqliteAppFixture fixture) : ReviewStageApiTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class ReviewStageApiPostgresTests(PostgresAppFixture fixture) : ReviewStageApiTests(fixture);
