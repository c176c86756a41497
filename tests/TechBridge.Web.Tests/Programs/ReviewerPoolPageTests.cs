using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Directory;
using TechBridge.Core.Programs.Review.Pool;
using TechBridge.Web.Tests.Facilities;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Programs;

/// <summary>The pool pages' forms as a program manager uses them: the CSV upload lists every broken line, people are added from a search, terms are saved.</summary>
public abstract partial class ReviewerPoolPageTests(AppFixture fixture)
{
    [Fact]
    public async Task ImportForm_BrokenCsv_ListsEveryBrokenLineAndSavesNothing()
    {
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);
        var before = await fixture.QueryAsync(db => db.Reviewers.CountAsync());
        var page = await client.GetStringAsync("/programs/reviewers");
        var csv = string.Join(',', ReviewerCsv.Columns) + "\n,Page Import,page.import@example.org,,US,,,,\n,Broken Country,,,XX,,,,\n,Broken Load,,,US,,,0,\n";
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value)), "__RequestVerificationToken" },
            { new StringContent("import-reviewers"), "_handler" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "reviewers.csv");

        using var response = await client.PostAsync("/programs/reviewers", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("3번째 줄: 알 수 없는 국가 코드입니다: XX", html, StringComparison.Ordinal);
        Assert.Contains("4번째 줄: 최대 배정 건수는 1에서 50 사이여야 합니다.", html, StringComparison.Ordinal);
        Assert.Equal(before, await fixture.QueryAsync(db => db.Reviewers.CountAsync()));
    }

    [Fact]
    public async Task AddForm_ChosenPeople_AreAddedToThePool()
    {
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);
        var person = await fixture.QueryAsync(async db =>
        {
            var p = new Person { NameKo = "", NameEn = "Pageform Candidate", CountryCode = "FR", CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow };
            db.People.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });

        var search = await client.GetStringAsync("/programs/reviewers?person=Pageform");
        using var response = await client.PostFormAsync("/programs/reviewers?person=Pageform", "add-people", [new("PersonIds", person.ToString())]);

        Assert.Contains(person.ToString(), search, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("평가위원 1명을 추가했습니다.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(ReviewerGroup.Overseas, await fixture.QueryAsync(db => db.Reviewers.Where(r => r.PersonId == person).Select(r => r.Group).SingleAsync()));
    }

    [Fact]
    public async Task TermsForm_Save_ChangesTheReviewerAndShowsItsPublications()
    {
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);
        var reviewer = await fixture.QueryAsync(db => db.Reviewers.AsNoTracking().Where(r => r.IsDemo && r.IsActive && r.Person!.Publications.Any())
            .OrderBy(r => r.Id).Select(r => new { r.Id, r.Version }).FirstAsync());

        var profile = await client.GetStringAsync($"/programs/reviewers/{reviewer.Id}");
        using var response = await client.PostFormAsync($"/programs/reviewers/{reviewer.Id}", "reviewer-terms",
            [new("Version", reviewer.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Group", "Domestic"), new("MaxLoad", "11")]);

        Assert.Contains("data-testid=\"publication\"", profile, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await fixture.QueryAsync(db => db.Reviewers.AsNoTracking().SingleAsync(r => r.Id == reviewer.Id));
        Assert.Equal((ReviewerGroup.Domestic, 11, false, reviewer.Version + 1), (saved.Group, saved.MaxLoad, saved.IsActive, saved.Version));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

[Collection(OnSqlite.Name)]
public sealed class ReviewerPoolPageSqliteTests(SqliteAppFixture fixture) : ReviewerPoolPageTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class ReviewerPoolPagePostgresTests(PostgresAppFixture fixture) : ReviewerPoolPageTests(fixture);
