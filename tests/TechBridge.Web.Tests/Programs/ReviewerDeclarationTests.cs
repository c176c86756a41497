using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TechBridge.Core.Accounts;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Programs;

/// <summary>
/// A pool reviewer declares conflicts of interest in advance through the API and on /programs/reviews (field messages for
/// bad input), removes their own and not another reviewer's; program managers read them on the reviewer's page and API.
/// </summary>
public abstract class ReviewerDeclarationTests(AppFixture fixture)
{
    private const string Api = "/api/v1/programs/reviews/declarations";

    [Fact]
    public async Task Api_TheReviewer_AddsListsAndRemovesAndOthersAreRefused()
    {
        var world = await fixture.ReleasedAsync();
        var reviewer = await fixture.SignedInClientAsync(world.First.Email, ProposalWorld.Password);
        var other = await fixture.SignedInClientAsync(world.Second.Email, ProposalWorld.Password);
        var manager = await fixture.SignedInAsAsync(Roles.ProgramManager);

        using var added = await reviewer.PostAsJsonAsync(Api, new { organizationName = " 경쟁 주식회사 ", personName = "Hong Gil-dong", reason = "겸직 중인 회사입니다.", until = "2099-12-31" });
        using var refused = await reviewer.PostAsJsonAsync(Api, new { organizationName = " ", reason = " " });

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var declaration = await added.Content.ReadFromJsonAsync<JsonElement>();
        var id = declaration.GetProperty("id").GetGuid();
        Assert.Equal($"{Api}/{id}", added.Headers.Location!.OriginalString);
        Assert.Equal(("경쟁 주식회사", "Hong Gil-dong", "2099-12-31"),
            (declaration.GetProperty("organizationName").GetString(), declaration.GetProperty("personName").GetString(), declaration.GetProperty("until").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.ReadProblemAsync();
        Assert.Equal(["organizationName", "personName", "reason"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal([id], (await reviewer.GetFromJsonAsync<JsonElement>(Api)).EnumerateArray().Select(d => d.GetProperty("id").GetGuid()));
        Assert.Empty((await other.GetFromJsonAsync<JsonElement>(Api)).EnumerateArray());
        var forManager = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/programs/reviewers/{world.First.ReviewerId}/declarations");
        Assert.Equal("겸직 중인 회사입니다.", Assert.Single(forManager.EnumerateArray()).GetProperty("reason").GetString());

        using var byOther = await other.DeleteAsync($"{Api}/{id}");
        using var removed = await reviewer.DeleteAsync($"{Api}/{id}");
        using var again = await reviewer.DeleteAsync($"{Api}/{id}");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.NoContent, HttpStatusCode.NotFound), (byOther.StatusCode, removed.StatusCode, again.StatusCode));
        Assert.Equal("application/problem+json", byOther.Content.Headers.ContentType?.MediaType);
        Assert.Empty((await reviewer.GetFromJsonAsync<JsonElement>(Api)).EnumerateArray());
    }

    [Fact]
    public async Task MyReviewsPage_PoolReviewerOnly_ShowsTheDeclarationsSection()
    {
        var reviewer = await fixture.SignedInAsAsync(Roles.Reviewer);
        var company = await fixture.SignedInAsAsync(Roles.Company);

        var mine = await reviewer.GetStringAsync("/programs/reviews?culture=ko");
        var english = await reviewer.GetStringAsync("/programs/reviews?culture=en");
        var theirs = await company.GetStringAsync("/programs/reviews");

        Assert.Contains("data-testid=\"declarations\"", mine, StringComparison.Ordinal);
        Assert.Contains("이해충돌 사전 신고", mine, StringComparison.Ordinal);
        Assert.Contains("Conflicts of interest declared in advance", english, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"declarations\"", theirs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyReviewsPage_PostsBadInputThenAddsAndRemoves_ShowsFieldMessagesAndTheList()
    {
        var world = await fixture.ReleasedAsync();
        var reviewer = await fixture.SignedInClientAsync(world.First.Email, ProposalWorld.Password);
        const string page = "/programs/reviews";

        using var empty = await reviewer.PostFormAsync(page, "declaration-add", [new("OrganizationName", ""), new("PersonName", " "), new("Reason", "")]);
        using var badDate = await reviewer.PostFormAsync(page, "declaration-add", [new("PersonName", "홍길동"), new("Reason", "지도 학생"), new("Until", "2026-13-45")]);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (empty.StatusCode, badDate.StatusCode));
        var emptyHtml = await empty.Content.ReadAsStringAsync();
        Assert.Contains("data-field=\"organizationName\"", emptyHtml, StringComparison.Ordinal);
        Assert.Contains("data-field=\"personName\"", emptyHtml, StringComparison.Ordinal);
        Assert.Contains("data-field=\"reason\"", emptyHtml, StringComparison.Ordinal);
        var badDateHtml = await badDate.Content.ReadAsStringAsync();
        Assert.Contains("data-field=\"until\"", badDateHtml, StringComparison.Ordinal);
        Assert.Contains("지도 학생", badDateHtml, StringComparison.Ordinal); // what was typed stays

        using var added = await reviewer.PostFormAsync(page, "declaration-add", [new("PersonName", "홍길동"), new("Reason", "박사과정 지도 학생입니다."), new("Until", "2099-01-31")]);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var listed = await reviewer.GetStringAsync(page);
        Assert.Contains("박사과정 지도 학생입니다.", listed, StringComparison.Ordinal);
        Assert.Contains("2099-01-31", listed, StringComparison.Ordinal);
        var manager = await fixture.SignedInAsAsync(Roles.ProgramManager);
        var profile = await manager.GetStringAsync($"/programs/reviewers/{world.First.ReviewerId}");
        Assert.Contains("data-testid=\"reviewer-declarations\"", profile, StringComparison.Ordinal);
        Assert.Contains("박사과정 지도 학생입니다.", profile, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"declaration-remove\"", profile, StringComparison.Ordinal);

        var id = Assert.Single((await reviewer.GetFromJsonAsync<JsonElement>(Api)).EnumerateArray()).GetProperty("id").GetGuid();
        using var removed = await reviewer.PostFormAsync(page, "declaration-remove", [new("DeclarationId", id.ToString())]);

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Contains("data-testid=\"declarations-empty\"", await reviewer.GetStringAsync(page), StringComparison.Ordinal);
    }
}

[Collection(OnSqlite.Name)]
public sealed class ReviewerDeclarationSqliteTests(SqliteAppFixture fixture) : ReviewerDeclarationTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class ReviewerDeclarationPostgresTests(PostgresAppFixture fixture) : ReviewerDeclarationTests(fixture);
