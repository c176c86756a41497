using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using TechBridge.Core.Accounts;
using TechBridge.Core.Directory;
using TechBridge.Core.Programs.Review.Pool;
using TechBridge.Web.Tests.Facilities;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Programs;

/// <summary>
/// Every reviewer pool endpoint and page × every demo role, another company, another center and anonymous: deny by
/// default. API: anonymous 401, everyone but program managers and administrators 403. Pages: anonymous goes to the
/// login, everyone else who is not a manager to the access-denied page; an unknown reviewer is 404 for managers.
/// </summary>
public abstract partial class ReviewerPoolAuthorizationTests(AppFixture fixture)
{
    private const string Api = "/api/v1/programs/reviewers";

    private static readonly Dictionary<string, int[]> Matrix = new(StringComparer.Ordinal)
    {
        //                                           anon comp othCo res cent othCe coord  pm  rev admin
        ["GET reviewers"] =                        [401, 403, 403, 403, 403, 403, 403, 200, 403, 200],
        ["GET reviewers?group=bad"] =              [401, 403, 403, 403, 403, 403, 403, 400, 403, 400],
        ["GET reviewer"] =                         [401, 403, 403, 403, 403, 403, 403, 200, 403, 200],
        ["GET reviewer (unknown)"] =               [401, 403, 403, 403, 403, 403, 403, 404, 403, 404],
        ["POST from-directory"] =                  [401, 403, 403, 403, 403, 403, 403, 200, 403, 200],
        ["POST import"] =                          [401, 403, 403, 403, 403, 403, 403, 200, 403, 200],
        ["PUT reviewer"] =                         [401, 403, 403, 403, 403, 403, 403, 204, 403, 204],
        ["PAGE /programs/reviewers"] =             [302, 302, 302, 302, 302, 302, 302, 200, 302, 200],
        ["PAGE /programs/reviewers/{id}"] =        [302, 302, 302, 302, 302, 302, 302, 200, 302, 200],
        ["PAGE reviewer (unknown)"] =              [302, 302, 302, 302, 302, 302, 302, 404, 302, 404],
    };

    public static TheoryData<string> Endpoints() => [.. Matrix.Keys];

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_EveryCaller_AnswersTheExpectedStatus(string endpoint)
    {
        await CallerMatrix.AssertRowAsync(fixture, endpoint, Matrix[endpoint], (_, _, client) => SendAsync(endpoint, client), "/account/denied");
    }

    [Fact]
    public async Task ImportCsv_BrokenLines_Answers400WithEveryLineAndTheListShowsNothingNew()
    {
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);
        var before = await client.GetFromJsonAsync<JsonElement>($"{Api}?pageSize=1");
        var csv = ReviewerCsv.Columns.Aggregate((a, b) => a + "," + b) + "\n,Good Person,good.person@example.org,,US,,,,\n,Bad Person,,,XX,,,0,\n";

        using var response = await UploadAsync(client, csv);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        var messages = problem.GetProperty("errors").GetProperty("file").EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.Equal(2, messages.Count);
        Assert.All(messages, m => Assert.StartsWith("3번째 줄: ", m, StringComparison.Ordinal));
        var after = await client.GetFromJsonAsync<JsonElement>($"{Api}?pageSize=1");
        Assert.Equal(before.GetProperty("total").GetInt32(), after.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task UpdateReviewer_StaleIfMatch_Answers412WithTheCurrentVersion()
    {
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);
        var id = await NewReviewerAsync();
        using var first = await client.GetAsync($"{Api}/{id}");
        var etag = first.Headers.ETag!.Tag;
        using var change = new HttpRequestMessage(HttpMethod.Put, $"{Api}/{id}") { Content = JsonContent.Create(new { group = "Domestic", maxLoad = 4, isActive = true }) };
        change.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        using var stale = new HttpRequestMessage(HttpMethod.Put, $"{Api}/{id}") { Content = JsonContent.Create(new { group = "Overseas", maxLoad = 9, isActive = false }) };
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));

        using var changed = await client.SendAsync(change);
        using var refused = await client.SendAsync(stale);

        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, refused.StatusCode);
        var reviewer = await client.GetFromJsonAsync<JsonElement>($"{Api}/{id}");
        Assert.Equal(("Domestic", 4), (reviewer.GetProperty("group").GetString(), reviewer.GetProperty("maxLoad").GetInt32()));
    }

    private async Task<HttpResponseMessage> SendAsync(string endpoint, HttpClient client)
    {
        switch (endpoint)
        {
            case "GET reviewers":
                return await client.GetAsync($"{Api}?group=overseas&active=true&q=a&field=SEMICONDUCTOR");
            case "GET reviewers?group=bad":
                return await client.GetAsync($"{Api}?group=bad");
            case "GET reviewer":
                return await client.GetAsync($"{Api}/{await NewReviewerAsync()}");
            case "GET reviewer (unknown)":
                return await client.GetAsync($"{Api}/{Guid.NewGuid()}");
            case "POST from-directory":
                return await client.PostAsJsonAsync($"{Api}/from-directory", new { personIds = new[] { await NewPersonAsync() } });
            case "POST import":
                return await UploadAsync(client, ReviewerCsv.Columns.Aggregate((a, b) => a + "," + b) + $"\n,Import Check,{Guid.NewGuid():N}@example.org,Authorization University,US,,,,\n");
            case "PUT reviewer":
                return await client.PutAsJsonAsync($"{Api}/{await NewReviewerAsync()}", new { group = "Overseas", maxLoad = 5, isActive = false });
            case "PAGE /programs/reviewers":
                return await client.GetAsync("/programs/reviewers?group=Overseas&person=a");
            case "PAGE /programs/reviewers/{id}":
                return await client.GetAsync($"/programs/reviewers/{await NewReviewerAsync()}");
            case "PAGE reviewer (unknown)":
                return await client.GetAsync($"/programs/reviewers/{Guid.NewGuid()}");
            default:
                throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null);
        }
    }

    /// <summary>Posts the CSV as the portal does, with the antiforgery token of the caller's home page when it has one.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string csv)
    {
        using var home = await client.GetAsync("/");
        var token = TokenPattern().Match(await home.Content.ReadAsStringAsync()).Groups[1].Value;
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "reviewers.csv");
        if (token.Length > 0)
        {
            form.Add(new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken");
        }

        return await client.PostAsync($"{Api}/import", form);
    }

    private Task<Guid> NewPersonAsync() => fixture.QueryAsync(async db =>
    {
        var person = new Person { NameKo = "", NameEn = "Authorization Reviewer", CountryCode = "DE", CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow };
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person.Id;
    });

    private async Task<Guid> NewReviewerAsync()
    {
        var person = await NewPersonAsync();
        var manager = await fixture.UserIdAsync(Email(Roles.ProgramManager));
        await fixture.RunAsync<ReviewerPoolService, ReviewerAddResult>(s => s.AddFromDirectoryAsync(manager, [person]));
        return await fixture.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Reviewers.Where(r => r.PersonId == person).Select(r => r.Id)));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

[Collection(OnSqlite.Name)]
public sealed class ReviewerPoolAuthorizationSqliteTests(SqliteAppFixture fixture) : ReviewerPoolAuthorizationTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class ReviewerPoolAuthorizationPostgresTests(PostgresAppFixture fixture) : ReviewerPoolAuthorizationTests(fixture);
