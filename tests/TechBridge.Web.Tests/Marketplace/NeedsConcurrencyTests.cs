using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Audit;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Marketplace;

/// <summary>Optimistic concurrency on technology needs over HTTP: ETag, If-Match, 412 when stale, 409 on a lost race, never a 5xx.</summary>
public abstract class NeedsConcurrencyTests(AppFixture fixture)
{
    private static readonly string[] Fields = ["SEMICONDUCTOR", "DISPLAY", "SECONDARY_BATTERY", "FUTURE_MOBILITY", "CORE_MATERIALS", "INTELLIGENT_ROBOT"];
    private static readonly string[] Countries = ["US", "DE", "JP", "FR", "GB", "CN", "CA", "IT", "NL", "SE", "FI", "IL", "SG"];

    [Fact]
    public async Task GetThenPut_CurrentIfMatch_Returns204AndTheNextVersionAsETag()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var id = await CreateAsync(client, "ETag 확인 수요");

        var first = await client.GetAsync($"/api/v1/marketplace/needs/{id}");
        var saved = await PutAsync(client, id, Input(1), first.Headers.ETag!.Tag);
        var second = await client.GetAsync($"/api/v1/marketplace/needs/{id}");

        Assert.Equal(("\"1\"", false), (first.Headers.ETag.Tag, first.Headers.ETag.IsWeak));
        Assert.Equal(1, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64());
        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        Assert.Equal("\"2\"", second.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Put_StaleIfMatch_Returns412WithTheCurrentVersionAndChangesNothing()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var id = await CreateAsync(client, "오래된 버전 수요");
        Assert.Equal(HttpStatusCode.NoContent, (await PutAsync(client, id, Input(1), "\"1\"")).StatusCode);

        var korean = await PutAsync(client, id, Input(2), "\"1\"");
        var english = await PutAsync(client, id, Input(3), "\"1\"", "?culture=en");

        Assert.Equal(HttpStatusCode.PreconditionFailed, korean.StatusCode);
        Assert.Equal("\"2\"", korean.Headers.ETag!.Tag);
        var problem = await korean.ReadProblemAsync();
        Assert.Equal((412, "요청의 전제 조건이 맞지 않습니다.", 2L), (problem.GetProperty("status").GetInt32(), problem.GetProperty("title").GetString(), problem.GetProperty("currentVersion").GetInt64()));
        Assert.Contains("최신 내용", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Precondition failed.", (await english.ReadProblemAsync()).GetProperty("title").GetString());
        Assert.Equal(Input(1).Title, (await client.GetFromJsonAsync<JsonElement>($"/api/v1/marketplace/needs/{id}")).GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("W/\"2\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("\"two\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("\"1\", \"2\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("not an etag", HttpStatusCode.PreconditionFailed)]
    [InlineData("*", HttpStatusCode.NoContent)]
    public async Task Put_IfMatchOtherThanOneStrongVersion_OnlyStarPasses(string ifMatch, HttpStatusCode expected)
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var id = await CreateAsync(client, "If-Match 형식 수요");
        Assert.Equal(HttpStatusCode.NoContent, (await PutAsync(client, id, Input(1), null)).StatusCode);

        var response = await PutAsync(client, id, Input(2), ifMatch);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Put_FiftyInParallelWithDistinctInputs_NoServerErrorAndOneInputLandsWhole()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var id = await CreateAsync(client, "동시 수정 수요");
        var inputs = Enumerable.Range(0, 50).Select(Input).ToList();

        var responses = await Task.WhenAll(inputs.Select(input => PutAsync(client, id, input, null)));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.All(statuses, s => Assert.Contains(s, new[] { HttpStatusCode.NoContent, HttpStatusCode.Conflict }));
        var saved = statuses.Count(s => s == HttpStatusCode.NoContent);
        Assert.InRange(saved, 1, inputs.Count);
        foreach (var conflict in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict).Take(3))
        {
            var problem = await conflict.ReadProblemAsync();
            Assert.Equal($"\"{problem.GetProperty("currentVersion").GetInt64()}\"", conflict.Headers.ETag!.Tag);
        }

        var final = await client.GetFromJsonAsync<JsonElement>($"/api/v1/marketplace/needs/{id}");
        var winner = Assert.Single(inputs, i => i.Title == final.GetProperty("title").GetString());
        Assert.Equal(winner.Fields.Order(StringComparer.Ordinal), final.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(winner.Countries.Order(StringComparer.Ordinal), final.GetProperty("countries").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(winner.TrlMin, final.GetProperty("trlMin").GetInt32());
        Assert.Equal(1 + saved, final.GetProperty("version").GetInt64());
        Assert.Equal(saved, await ModifiedEntriesAsync(id));
    }

    [Fact]
    public async Task Put_FiftyInParallelWithTheSameIfMatch_ExactlyOneSucceeds()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var id = await CreateAsync(client, "같은 버전 동시 수정 수요");

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => PutAsync(client, id, Input(i), "\"1\"")));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.Single(statuses, s => s == HttpStatusCode.NoContent);
        Assert.All(statuses.Where(s => s != HttpStatusCode.NoContent), s => Assert.Contains(s, new[] { HttpStatusCode.PreconditionFailed, HttpStatusCode.Conflict }));
        Assert.Equal(2, (await client.GetFromJsonAsync<JsonElement>($"/api/v1/marketplace/needs/{id}")).GetProperty("version").GetInt64());
        Assert.Equal(1, await ModifiedEntriesAsync(id));
    }

    /// <summary>Distinct inputs: each has its own title, fields, countries and TRL range, so a mix of two would show.</summary>
    private static NeedBody Input(int i) => new(
        $"동시 수정 입력 {i:00}", $"입력 {i}번의 설명입니다. 고체전해질 코팅 기술을 찾습니다.", "DEVELOPMENT", "JOINT_RESEARCH",
        [Fields[i % Fields.Length], Fields[(i + 1) % Fields.Length]], 1 + (i % 5), 6 + (i % 4),
        [.. Enumerable.Range(i, 1 + (i % 4)).Select(k => Countries[k % Countries.Length])]);

    private static async Task<Guid> CreateAsync(HttpClient client, string title)
    {
        var response = await client.PostAsJsonAsync("/api/v1/marketplace/needs", Input(0) with { Title = title + " " + Guid.NewGuid().ToString("N")[..6] });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<HttpResponseMessage> PutAsync(HttpClient client, Guid id, NeedBody body, string? ifMatch, string query = "")
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/marketplace/needs/{id}{query}") { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    private async Task<int> ModifiedEntriesAsync(Guid id)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>().AuditEntries
            .CountAsync(e => e.EntityType == "TechnologyNeed" && e.EntityId == id.ToString() && e.Action == AuditAction.Modified);
    }

    /// <summary>The PUT/POST body (sent camel-cased).</summary>
    private sealed record NeedBody(
        string Title, string Description, string RndStageCode, string CooperationTypeCode, string[] Fields, int TrlMin, int TrlMax, string[] Countries);
}

[Collection(OnSqlite.Name)]
public sealed class NeedsConcurrencySqliteTests(SqliteAppFixture fixture) : NeedsConcurrencyTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class NeedsConcurrencyPostgresTests(PostgresAppFixture fixture) : NeedsConcurrencyTests(fixture);
