using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TechBridge.Core.Accounts;
using TechBridge.Web.Tests.Facilities;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Programs;

/// <summary>
/// The applicant's requests that named people not review the proposal: added, listed and removed while it is a draft (field
/// errors for a missing name or reason), fixed once it is submitted (409 with the rule's code; still read by the applicant and
/// program managers), and unknown to anyone else (404). The proposal page offers the form on a draft only.
/// </summary>
public abstract class ExclusionRequestTests(AppFixture fixture)
{
    private const string Api = "/api/v1/programs/proposals";

    [Fact]
    public async Task AddListRemove_ApplicantOnDraft_FollowsTheContract()
    {
        var (email, _, _) = await fixture.NewApplicantAsync("제외 요청 신청 기업");
        var client = await fixture.SignedInClientAsync(email, ProposalWorld.Password);
        var draft = await fixture.NewDraftAsync(email: email);

        using var added = await client.PostAsJsonAsync($"{Api}/{draft}/exclusions", new { personName = "  김경쟁  ", organization = "경쟁 주식회사", reason = "같은 제품을 개발하는 경쟁사의 대표입니다." });
        using var second = await client.PostAsJsonAsync($"{Api}/{draft}/exclusions", new { personName = "Dr. Former Partner", reason = "Left our consortium in a dispute." });

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var request = await added.Content.ReadFromJsonAsync<JsonElement>();
        var id = request.GetProperty("id").GetGuid();
        Assert.Equal($"{Api}/{draft}/exclusions/{id}", added.Headers.Location!.OriginalString);
        Assert.Equal(("김경쟁", "경쟁 주식회사"), (request.GetProperty("personName").GetString(), request.GetProperty("organization").GetString()));
        var list = await client.GetFromJsonAsync<JsonElement>($"{Api}/{draft}/exclusions");
        Assert.Equal(["김경쟁", "Dr. Former Partner"], list.EnumerateArray().Select(r => r.GetProperty("personName").GetString()));
        Assert.Equal(JsonValueKind.Null, list[1].GetProperty("organization").ValueKind);

        using var removed = await client.DeleteAsync($"{Api}/{draft}/exclusions/{id}");
        using var again = await client.DeleteAsync($"{Api}/{draft}/exclusions/{id}");

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        var left = await client.GetFromJsonAsync<JsonElement>($"{Api}/{draft}/exclusions");
        Assert.Equal(["Dr. Former Partner"], left.EnumerateArray().Select(r => r.GetProperty("personName").GetString()));
    }

    [Fact]
    public async Task Add_NameAndReasonMissing_Answers400WithBothFields()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var draft = await fixture.NewDraftAsync();

        using var refused = await client.PostAsJsonAsync($"{Api}/{draft}/exclusions", new { personName = " ", organization = "어느 기관" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.ReadProblemAsync();
        Assert.Equal(["personName", "reason"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>($"{Api}/{draft}/exclusions")).EnumerateArray());
    }

    [Fact]
    public async Task AddAndRemove_AfterSubmission_Answer409AndTheListStaysReadable()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var user = await fixture.UserIdAsync(Email(Roles.Company));
        var proposal = await fixture.CompleteDraftAsync();
        using var before = await client.PostAsJsonAsync($"{Api}/{proposal}/exclusions", new { personName = "박경쟁", reason = "경쟁 과제의 책임자입니다." });
        var id = (await before.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await fixture.RunAsync<Core.Programs.Proposals.ProposalService, string>(s => s.SubmitAsync(user, proposal));

        using var add = await client.PostAsJsonAsync($"{Api}/{proposal}/exclusions", new { personName = "최늦음", reason = "제출 뒤 요청" });
        using var remove = await client.DeleteAsync($"{Api}/{proposal}/exclusions/{id}");

        Assert.Equal(HttpStatusCode.Conflict, add.StatusCode);
        Assert.Equal("Exclusion.Submitted", (await add.ReadProblemAsync()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Conflict, remove.StatusCode);
        var manager = await fixture.SignedInAsAsync(Roles.ProgramManager);
        foreach (var reader in new[] { client, manager })
        {
            var list = await reader.GetFromJsonAsync<JsonElement>($"{Api}/{proposal}/exclusions");
            Assert.Equal(["박경쟁"], list.EnumerateArray().Select(r => r.GetProperty("personName").GetString()));
        }

        var page = await client.GetStringAsync($"/programs/proposals/{proposal}");
        Assert.Contains("data-testid=\"exclusion-list\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"exclusion-form\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"exclusion-remove\"", page, StringComparison.Ordinal);
        Assert.Contains("박경쟁", await manager.GetStringAsync($"/programs/proposals/{proposal}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exclusions_SomeoneElsesProposal_Answer404()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var draft = await fixture.NewDraftAsync();
        using var made = await client.PostAsJsonAsync($"{Api}/{draft}/exclusions", new { personName = "이경쟁", reason = "경쟁사 연구소장입니다." });
        var id = (await made.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var callers = await fixture.CallersAsync();

        foreach (var caller in new[] { Callers.OtherCompany, Roles.Researcher, Roles.ProgramManager, Roles.Reviewer })
        {
            using var list = await callers[caller].GetAsync($"{Api}/{draft}/exclusions");
            using var add = await callers[caller].PostAsJsonAsync($"{Api}/{draft}/exclusions", new { personName = "엿보기", reason = "권한 확인" });
            using var remove = await callers[caller].DeleteAsync($"{Api}/{draft}/exclusions/{id}");
            Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (list.StatusCode, add.StatusCode, remove.StatusCode));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.CreateClient().GetAsync($"{Api}/{draft}/exclusions")).StatusCode);
        Assert.Single((await client.GetFromJsonAsync<JsonElement>($"{Api}/{draft}/exclusions")).EnumerateArray());
    }

    [Fact]
    public async Task ProposalPage_ApplicantAddsThroughTheForm_ListsTheRequestOrShowsFieldMessages()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var draft = await fixture.NewDraftAsync();
        var path = $"/programs/proposals/{draft}";
        Assert.Contains("data-testid=\"exclusion-form\"", await client.GetStringAsync(path), StringComparison.Ordinal);

        using var refused = await client.PostFormAsync(path, "exclusion-add", [new("PersonName", "정경쟁"), new("Reason", "")]);
        using var added = await client.PostFormAsync(path, "exclusion-add", [new("PersonName", "정경쟁"), new("Organization", ""), new("Reason", "경쟁 제품의 개발 책임자입니다.")]);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("data-field=\"reason\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"정경쟁\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var list = await client.GetFromJsonAsync<JsonElement>($"{Api}/{draft}/exclusions");
        Assert.Equal(["정경쟁"], list.EnumerateArray().Select(r => r.GetProperty("personName").GetString()));
    }
}

[Collection(OnSqlite.Name)]
public sealed class ExclusionRequestSqliteTests(SqliteAppFixture fixture) : ExclusionRequestTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class ExclusionRequestPostgresTests(PostgresAppFixture fixture) : ExclusionRequestTests(fixture);
