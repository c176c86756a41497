using System.Net;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Programs.Review.Assignments;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Programs;

/// <summary>
/// The review stage pages posted as a browser posts them: the run's report in Korean, the rubric form's rows and its
/// field messages, a pair excluded from its row, the release with a KST due date, a broken rule as an alert, and the
/// results of a closed stage best first.
/// </summary>
public abstract class ReviewStagePageTests(AppFixture fixture)
{
    private static string Page(Guid call) => $"/programs/calls/{call}/review/1";

    [Fact]
    public async Task StagePage_AfterARun_ShowsTheReportAndEveryProposalsReviewers()
    {
        var (call, _) = await fixture.ScreenedCallAsync(2);
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);
        using var run = await client.PostFormAsync(Page(call), "run", [new("ReviewersPerProposal", "2"), new("MinimumOverseas", "")]);

        var html = await client.GetStringAsync(run.RedirectPath()!);

        Assert.Equal($"{Page(call)}?done=run", run.RedirectPath());
        Assert.Contains("data-testid=\"run-method\">최소 비용 흐름 (정확해)<", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"run-pairs\">4<", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"run-all-filled\"", html, StringComparison.Ordinal);
        Assert.Equal(4, CountOf(html, "data-testid=\"pair\" data-status=\"Proposed\""));
        Assert.Contains("평가위원 배정 중", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"release-form\"", html, StringComparison.Ordinal);
        var overview = await client.GetStringAsync($"/programs/calls/{call}/review");
        Assert.Contains($"href=\"/programs/calls/{call}/review/1\"", overview, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"review-stage\" data-state=\"Assigning\"", overview, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"review-stage\" data-state=\"Waiting\"", overview, StringComparison.Ordinal);
        Assert.Contains($"href=\"/programs/calls/{call}/review\" data-testid=\"review-stages-link\"", await client.GetStringAsync($"/programs/calls/{call}"), StringComparison.Ordinal);
        Assert.Contains($"href=\"/programs/calls/{call}/review\" data-testid=\"review-stages-link\"", await client.GetStringAsync($"/programs/calls/{call}/proposals"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RubricForm_WeightsNotAddingUpTo100_ShowsTheMessageAndKeepsTheRows()
    {
        var call = await fixture.NewCallAsync(title: "평가표 양식 확인 공고");
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);

        using var added = await client.PostFormAsync(Page(call), "rubric", [.. Rows(("독창성", "50"), ("실현 가능성", "40")), new("RubricCommand", "add")]);
        using var wrong = await client.PostFormAsync(Page(call), "rubric", [.. Rows(("독창성", "50"), ("실현 가능성", "40")), new("RubricCommand", "save")]);
        using var unreadable = await client.PostFormAsync(Page(call), "rubric", [.. Rows(("독창성", "오십"), ("실현 가능성", "50")), new("RubricCommand", "save")]);
        using var saved = await client.PostFormAsync(Page(call), "rubric", [.. Rows(("독창성", "60"), ("실현 가능성", "40")), new("RubricCommand", "save")]);

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var addedHtml = await added.Content.ReadAsStringAsync();
        Assert.Contains("name=\"CriterionNameKo2\"", addedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"CriterionNameKo3\"", addedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var html = await wrong.Content.ReadAsStringAsync();
        Assert.Contains("data-field=\"rubric\">평가항목 배점의 합은 100이어야 합니다(지금 90).", html, StringComparison.Ordinal);
        Assert.Contains("value=\"실현 가능성\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        Assert.Contains("data-field=\"rubric[0].weightPercent\"", await unreadable.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal($"{Page(call)}?done=rubric", saved.RedirectPath());
        var rubric = await fixture.QueryAsync(db => db.ProgramCalls.AsNoTracking().SelectMany(c => c.Stages).Where(s => s.CallId == call && s.Position == 1)
            .Select(s => s.RubricJson).SingleAsync());
        Assert.Equal([("독창성", 60), ("실현 가능성", 40)], Core.Programs.Review.Rubrics.RubricJson.Read(rubric!).Select(c => (c.NameKo, c.WeightPercent)));
    }

    [Fact]
    public async Task PairsForm_Exclude_ExcludesThePairOfThatRow()
    {
        var (call, proposals) = await fixture.ScreenedCallAsync(1);
        var manager = await fixture.UserIdAsync(Email(Roles.ProgramManager));
        await fixture.RunAsync<StageAssignmentService, AssignmentRun>(s => s.RunAsync(manager, call, ReviewStageWorld.Overseas, new AssignmentOptions(2)));
        var reviewer = await fixture.QueryAsync(db => db.ReviewAssignments.AsNoTracking().Where(a => a.CallId == call).OrderBy(a => a.Id).Select(a => a.ReviewerId).FirstAsync());
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);

        using var response = await client.PostFormAsync(Page(call), "pairs", [new("Pair", $"{proposals[0]:N}|{reviewer:N}|Exclude")]);
        using var tampered = await client.PostFormAsync(Page(call), "pairs", [new("Pair", "not-a-pair")]);

        Assert.Equal($"{Page(call)}?done=pair", response.RedirectPath());
        Assert.Equal(AssignmentStatus.Excluded, await fixture.QueryAsync(db => db.ReviewAssignments.AsNoTracking()
            .Where(a => a.CallId == call && a.ReviewerId == reviewer).Select(a => a.Status).SingleAsync()));
        Assert.Equal(HttpStatusCode.Conflict, tampered.StatusCode);
        Assert.Contains("선택한 배정 쌍을 찾을 수 없습니다.", await tampered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CandidatesPage_LockAReviewerFromTheList_PutsThePairOnTheStageLocked()
    {
        var (call, proposals) = await fixture.ScreenedCallAsync(1);
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);
        var page = $"{Page(call)}/proposals/{proposals[0]}";

        var html = await client.GetStringAsync($"{page}?all=1");
        var reviewer = Guid.Parse(System.Text.RegularExpressions.Regex.Match(html, "data-testid=\"candidate\" data-reviewer=\"([0-9a-f-]{36})\"").Groups[1].Value);
        using var locked = await client.PostFormAsync(page, "candidate", [new("Reviewer", reviewer.ToString("N"))]);
        using var tampered = await client.PostFormAsync(page, "candidate", [new("Reviewer", "someone")]);
        using var unknown = await client.PostFormAsync(page, "candidate", [new("Reviewer", Guid.NewGuid().ToString("N"))]);
        var english = await client.GetStringAsync($"{page}?culture=en");

        Assert.Contains("평가위원 직접 배정", html, StringComparison.Ordinal);
        Assert.Contains("이 과제에 고정", html, StringComparison.Ordinal);
        Assert.Equal($"{Page(call)}?done=pair", locked.RedirectPath());
        var pair = await fixture.QueryAsync(db => db.ReviewAssignments.AsNoTracking().SingleAsync(a => a.CallId == call && a.ReviewerId == reviewer));
        Assert.Equal((proposals[0], AssignmentStatus.Proposed, true), (pair.ProposalId, pair.Status, pair.IsLocked));
        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (tampered.StatusCode, unknown.StatusCode));
        Assert.Contains("선택한 배정 쌍을 찾을 수 없습니다.", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Assign a reviewer by hand", english, StringComparison.Ordinal);
        Assert.Contains("Best fit to this proposal first.", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReleaseAndCloseForms_ReleaseAtKstDueThenCloseEarly_AskTheReviewerAndShowTheRuleAsAnAlert()
    {
        var (call, proposals) = await fixture.ScreenedCallAsync(1);
        var reviewer = (await fixture.LinkedReviewersAsync(1))[0];
        await fixture.LockAsync(call, proposals, reviewer.ReviewerId);
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);

        using var unreadable = await client.PostFormAsync(Page(call), "release", [new("DueAt", "다음 주"), new("Confirm", "true")]);
        using var released = await client.PostFormAsync(Page(call), "release", [new("DueAt", CallFormWorld.Local(10, 18)), new("Confirm", "true")]);
        using var closed = await client.PostFormAsync(Page(call), "close", [new("Confirm", "true")]);

        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        Assert.Contains("data-field=\"dueAt\"", await unreadable.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal($"{Page(call)}?done=released&asked=1", released.RedirectPath());
        var due = await fixture.QueryAsync(db => db.ProgramCalls.AsNoTracking().SelectMany(c => c.Stages).Where(s => s.CallId == call && s.Position == 1)
            .Select(s => s.DueAt).SingleAsync());
        Assert.Equal(new DateTimeOffset(Day(10).ToDateTime(new TimeOnly(18, 0)), Kst), due!.Value);
        Assert.Equal(HttpStatusCode.Conflict, closed.StatusCode);
        var html = await closed.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"action-error\">아직 제출되지 않은 평가가 1건 있습니다.", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"pair\" data-status=\"Released\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CloseForm_EveryReviewIn_ShowsTheResultsAndTheReviewCanBeRead()
    {
        var (call, _, reviewer) = await fixture.ReviewedCallAsync(2);
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);

        using var closed = await client.PostFormAsync(Page(call), "close", [new("Confirm", "true")]);
        var html = await client.GetStringAsync(closed.RedirectPath()!);

        Assert.Equal($"{Page(call)}?done=closed", closed.RedirectPath());
        Assert.Equal(2, CountOf(html, "data-testid=\"result\" data-advanced=\"true\""));
        Assert.Contains("data-testid=\"result-score\">80.0<", html, StringComparison.Ordinal);
        var assignment = await fixture.QueryAsync(db => db.ReviewAssignments.AsNoTracking().Where(a => a.CallId == call && a.ReviewerId == reviewer.ReviewerId)
            .OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
        Assert.Contains($"/programs/calls/{call}/review/1/reviews/{assignment}", html, StringComparison.Ordinal);
        var review = await client.GetStringAsync($"/programs/calls/{call}/review/1/reviews/{assignment}");
        Assert.Contains("data-testid=\"review-reviewer\">Stage Reviewer 0<", review, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"review-to-managers\">Worth funding.<", review, StringComparison.Ordinal);
        Assert.Equal(4, CountOf(review, "data-testid=\"review-score\""));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/programs/calls/{call}/review/2/reviews/{assignment}")).StatusCode);
    }

    private static IEnumerable<KeyValuePair<string, string>> Rows(params (string NameKo, string Weight)[] rows) =>
        rows.SelectMany((r, i) => new KeyValuePair<string, string>[]
        {
            new($"CriterionNameKo{i}", r.NameKo), new($"CriterionNameEn{i}", "Criterion " + i), new($"CriterionGuidanceKo{i}", ""),
            new($"CriterionGuidanceEn{i}", ""), new($"CriterionWeight{i}", r.Weight), new($"CriterionScale{i}", "5"), new($"CriterionComment{i}", "true"),
        });

    private static int CountOf(string html, string text)
    {
        var count = 0;
        for (var at = html.IndexOf(text, StringComparison.Ordinal); at >= 0; at = html.IndexOf(text, at + text.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

[Collection(OnSqlite.Name)]
public sealed class ReviewStagePageSqliteTests(SqliteAppFixture fixture) : ReviewStagePageTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class ReviewStagePagePostgresTests(PostgresAppFixture fixture) : ReviewStagePageTests(fixture);
