using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TechBridge.Core.Accounts;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Directory;

/// <summary>Optimistic concurrency on organisations and glossary pairs over HTTP: ETag on GET, If-Match on PUT and DELETE.</summary>
public abstract class OrganizationsConcurrencyTests(AppFixture fixture)
{
    [Fact]
    public async Task PutAndDelete_StaleIfMatch_Return412AndKeepTheOrganisation()
    {
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);
        var id = await CreateAsync(admin, "버전 확인 기관");
        Assert.Equal("\"1\"", (await admin.GetAsync($"/api/v1/organizations/{id}")).Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(admin, HttpMethod.Put, $"/api/v1/organizations/{id}", "\"1\"", Body("버전 확인 기관 v2"))).StatusCode);

        var put = await SendAsync(admin, HttpMethod.Put, $"/api/v1/organizations/{id}", "\"1\"", Body("늦게 도착한 수정"));
        var delete = await SendAsync(admin, HttpMethod.Delete, $"/api/v1/organizations/{id}", "\"1\"");

        Assert.Equal((HttpStatusCode.PreconditionFailed, HttpStatusCode.PreconditionFailed), (put.StatusCode, delete.StatusCode));
        Assert.Equal(2, (await delete.ReadProblemAsync()).GetProperty("currentVersion").GetInt64());
        var current = await admin.GetAsync($"/api/v1/organizations/{id}");
        Assert.Equal("\"2\"", current.Headers.ETag!.Tag);
        Assert.Equal("버전 확인 기관 v2", (await current.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("nameKo").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(admin, HttpMethod.Delete, $"/api/v1/organizations/{id}", "\"2\"")).StatusCode);
    }

    [Fact]
    public async Task GlossaryDelete_StaleIfMatch_Returns412AndTheCurrentETagDeletes()
    {
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);
        var created = await admin.PostAsJsonAsync("/api/v1/admin/glossary", new { korean = $"버전용어{Guid.NewGuid():N}"[..12], english = "versioned pair" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var get = await admin.GetAsync($"/api/v1/admin/glossary/{id}");
        var stale = await SendAsync(admin, HttpMethod.Delete, $"/api/v1/admin/glossary/{id}", "\"9\"");
        var deleted = await SendAsync(admin, HttpMethod.Delete, $"/api/v1/admin/glossary/{id}", get.Headers.ETag!.Tag);

        Assert.Equal(("\"1\"", 1L), (get.Headers.ETag.Tag, (await get.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64()));
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/admin/glossary/{id}")).StatusCode);
    }

    [Fact]
    public async Task GetEquipment_SendsItsVersionAsETag()
    {
        var client = await fixture.SignedInAsAsync(Roles.Researcher);
        var id = (await client.GetFromJsonAsync<JsonElement>("/api/v1/facilities/equipment?pageSize=1")).GetProperty("items")[0].GetProperty("id").GetGuid();

        var response = await client.GetAsync($"/api/v1/facilities/equipment/{id}");

        var version = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64();
        Assert.Equal($"\"{version}\"", response.Headers.ETag!.Tag);
    }

    private static object Body(string name) => new { kind = "ResearchInstitute", nameKo = name, countryCode = "KR", fields = new[] { "CORE_MATERIALS" } };

    private static async Task<Guid> CreateAsync(HttpClient client, string name)
    {
        var created = await client.PostAsJsonAsync("/api/v1/organizations", Body($"{name} {Guid.NewGuid():N}"[..30]));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string ifMatch, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(request);
    }
}

[Collection(OnSqlite.Name)]
public sealed class OrganizationsConcurrencySqliteTests(SqliteAppFixture fixture) : OrganizationsConcurrencyTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class OrganizationsConcurrencyPostgresTests(PostgresAppFixture fixture) : OrganizationsConcurrencyTests(fixture);
