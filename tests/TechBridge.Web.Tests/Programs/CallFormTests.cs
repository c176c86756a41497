using System.Net;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Programs.Calls;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Programs;

/// <summary>The call form posted as a browser posts it: field messages in Korean beside their fields, a saved call, a stale save.</summary>
public abstract class CallFormTests(AppFixture fixture)
{
    private static readonly TimeSpan KstOffset = TimeSpan.FromHours(9);

    [Fact]
    public async Task NewCall_Get_ShowsTheDefaults()
    {
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);

        var html = await client.GetStringAsync("/programs/calls/new");

        Assert.Contains("새 공고 작성", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Open\" selected", html, StringComparison.Ordinal);
        Assert.Matches("<input[^>]*id=\"maxShare\"[^>]*value=\"75\"", html);
        Assert.Matches("<input[^>]*id=\"maxMonths\"[^>]*value=\"36\"", html);
        Assert.Contains("name=\"StageWeight1\" value=\"40\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"StageReviewers2\" value=\"5\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"StageKind4\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"TopicTitleKo1\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"TopicTitleKo2\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewCall_EmptyTitles_ShowsTheFieldMessagesInKoreanAndKeepsTheInput()
    {
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);
        var form = CallFormWorld.ValidForm("").With("Input.TitleEn", "");

        var response = await client.PostFormAsync("/programs/calls/new", "call", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"form-errors\"", html, StringComparison.Ordinal);
        Assert.Contains("data-field=\"TitleKo\">공고명(한국어)을 입력하세요.", html, StringComparison.Ordinal);
        Assert.Contains("data-field=\"TitleEn\">공고명(영어)을 입력하세요.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"18,000,000,000\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"SEMICONDUCTOR\" checked", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewCall_BudgetNotANumber_SaysSoBesideTheBudget()
    {
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);
        var form = CallFormWorld.ValidForm("숫자 아닌 예산 공고").With("Input.TotalBudget", "백팔십억").With("StageCutOff1", "육십");

        var response = await client.PostFormAsync("/programs/calls/new", "call", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-field=\"TotalBudgetKrw\">총 사업비는 숫자로 입력하세요.", html, StringComparison.Ordinal);
        Assert.Contains("data-field=\"stages[1].cutOff\">통과 기준 점수는 숫자로 입력하세요.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"백팔십억\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewCall_ValidPost_CreatesTheCallAndRedirectsToIt()
    {
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);
        var title = $"2027년 공동연구 과제 공모 {Guid.NewGuid():N}";
        var form = CallFormWorld.ValidForm(title).With("Input.Kind", "ItemDesignated")
            .With("TopicTitleKo1", "차세대 전고체 전지").With("TopicTitleEn1", "Next-generation solid-state battery")
            .With("TopicWhyKo1", "안전성 확보").With("TopicWhyEn1", "Safety").With("TopicWhatKo1", "에너지 밀도 400Wh/kg").With("TopicWhatEn1", "400 Wh/kg");

        var response = await client.PostFormAsync("/programs/calls/new", "call", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var call = await fixture.QueryAsync(db => db.ProgramCalls.AsNoTracking().Include(c => c.Stages).Include(c => c.Topics).Include(c => c.Fields)
            .Include(c => c.ApplicantTypes).Include(c => c.Documents).AsSplitQuery().SingleAsync(c => c.TitleKo == title));
        Assert.Equal($"/programs/calls/{call.Id}", response.RedirectPath());
        Assert.Equal(CallStatus.Draft, call.Status);
        Assert.Equal(CallKind.ItemDesignated, call.Kind);
        Assert.Equal(18_000_000_000, call.TotalBudgetKrw);
        Assert.Equal(1_500_000_000, call.MaxGovernmentKrwPerTask);
        Assert.True(call.RequiresDispatch);
        Assert.False(call.RequiresOverseasPartner);
        Assert.Equal(new DateTimeOffset(Day(1).ToDateTime(new TimeOnly(9, 0)), KstOffset), call.OpensAt);
        Assert.Equal(new DateTimeOffset(Day(31).ToDateTime(new TimeOnly(18, 0)), KstOffset), call.ClosesAt);
        Assert.Equal(["SECONDARY_BATTERY", "SEMICONDUCTOR"], call.Fields.Select(f => f.FieldCode).Order(StringComparer.Ordinal));
        Assert.Equal([ApplicantType.SmallBusiness, ApplicantType.MidSizedCompany], call.ApplicantTypes.Select(t => t.Type).Order());
        Assert.Equal([DocumentKind.ResearchPlan], call.Documents.Select(d => d.Kind));
        var topic = Assert.Single(call.Topics);
        Assert.Equal(("차세대 전고체 전지", 0), (topic.TitleKo, topic.Position));
        Assert.Equal(
            [(StageKind.Screening, 0, 0), (StageKind.OverseasPeerReview, 40, 3), (StageKind.DomesticPanel, 60, 5)],
            call.Stages.OrderBy(s => s.Position).Select(s => (s.Kind, s.WeightPercent, s.ReviewersPerProposal)));
    }

    [Fact]
    public async Task EditCall_Get_FillsTheFormInKst()
    {
        var client = await fixture.SignedInAsAsync(Roles.Administrator);
        var id = await fixture.NewCallAsync(published: false, title: "수정 화면 공고");
        var opensAt = await fixture.QueryAsync(db => db.ProgramCalls.Where(c => c.Id == id).Select(c => c.OpensAt).SingleAsync());

        var html = await client.GetStringAsync($"/programs/calls/{id}/edit");

        Assert.Contains("공고 수정", html, StringComparison.Ordinal);
        Assert.Contains("value=\"수정 화면 공고\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{opensAt.ToOffset(KstOffset):yyyy-MM-dd'T'HH:mm}\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"10,000,000,000\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"StageWeight1\" value=\"40\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Version\" value=\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditCall_SaveOverSomeoneElsesChange_ShowsTheConflictAndKeepsTheInput()
    {
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);
        var id = await fixture.NewCallAsync(published: false, title: "충돌 확인 공고");
        var version = await fixture.QueryAsync(db => db.ProgramCalls.Where(c => c.Id == id).Select(c => c.Version).SingleAsync());
        var first = await client.PostFormAsync($"/programs/calls/{id}/edit", "call", CallFormWorld.ValidForm("먼저 저장된 공고명", $"{version}"));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var response = await client.PostFormAsync($"/programs/calls/{id}/edit", "call", CallFormWorld.ValidForm("내가 고친 공고명", $"{version}"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"form-conflict\"", html, StringComparison.Ordinal);
        Assert.Contains("다른 사용자가 그사이에 이 내용을 먼저 바꿨습니다.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"내가 고친 공고명\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"name=\"Input.Version\" value=\"{version}\"", html, StringComparison.Ordinal);
        Assert.Equal("먼저 저장된 공고명", await fixture.QueryAsync(db => db.ProgramCalls.Where(c => c.Id == id).Select(c => c.TitleKo).SingleAsync()));
    }
}

[Collection(OnSqlite.Name)]
public sealed class CallFormSqliteTests(SqliteAppFixture fixture) : CallFormTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class CallFormPostgresTests(PostgresAppFixture fixture) : CallFormTests(fixture);
