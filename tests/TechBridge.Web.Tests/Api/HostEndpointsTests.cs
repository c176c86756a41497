using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Data;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Api;

public abstract class HostEndpointsTests(AppFixture fixture)
{
    [Fact]
    public void Host_Started_RunsOnTheFixturesOwnDatabase()
    {
        using var scope = fixture.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>();

        Assert.Equal(fixture.App.Database.IsPostgres ? "Npgsql.EntityFrameworkCore.PostgreSQL" : "Microsoft.EntityFrameworkCore.Sqlite", db.Database.ProviderName);
        // On PostgreSQL the portal adds automatic statement preparation to the configured connection string.
        var expected = fixture.App.Database.IsPostgres
            ? PostgresConnectionString.WithStatementPreparation(fixture.App.Database.ConnectionString)
            : fixture.App.Database.ConnectionString;
        Assert.Equal(expected, db.Database.GetConnectionString());
    }

    [Fact]
    public async Task Healthz_Anonymous_Returns200()
    {
        var response = await fixture.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readyz_DatabaseReachable_Returns200()
    {
        var response = await fixture.CreateClient().GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApiDocument_Anonymous_DescribesDirectoryEndpoints()
    {
        var document = await fixture.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/organizations", paths);
        Assert.Contains("/api/v1/organizations/{id}", paths);
        Assert.Contains("/api/v1/people", paths);
        Assert.Contains("/api/v1/taxonomy", paths);
    }

    [Fact]
    public async Task ApiDocsPage_Anonymous_ServesBrowsableUi()
    {
        var response = await fixture.CreateClient().GetAsync("/api/docs/index.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("swagger", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Stylesheet_ReferencedByThePage_IsServedAnonymously()
    {
        var client = fixture.CreateClient();
        var html = await client.GetStringAsync("/account/login");
        var href = System.Text.RegularExpressions.Regex.Match(html, "<link rel=\"stylesheet\" href=\"([^\"]+)\"").Groups[1].Value;

        var response = await client.GetAsync("/" + href.TrimStart('/'));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnyRequest_WithRequestIdHeader_EchoesIt()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.Add("X-Request-Id", "req-test-123");

        var response = await fixture.CreateClient().SendAsync(request);

        Assert.Equal("req-test-123", response.Headers.GetValues("X-Request-Id").Single());
    }

    [Fact]
    public async Task UnknownApiRoute_SignedIn_Returns404Problem()
    {
        var client = await fixture.SignedInAsAsync(Core.Accounts.Roles.Company);

        var response = await client.GetAsync("/api/v1/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task UnknownPage_Returns404WithKoreanPage()
    {
        var client = await fixture.SignedInAsAsync(Core.Accounts.Roles.Company);

        var response = await client.GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("찾을 수 없음", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPage_ConcurrentKoreanAndEnglishUsers_EachGetsOwnLanguage()
    {
        var korean = await fixture.SignedInAsAsync(Core.Accounts.Roles.Company);
        var english = await fixture.SignedInAsAsync(Core.Accounts.Roles.Reviewer);

        var pages = await Task.WhenAll(Enumerable.Range(0, 200).Select(async i =>
        {
            var inEnglish = i % 2 == 1;
            using var response = await (inEnglish ? english : korean).GetAsync(new Uri($"/no/such/page/{i}", UriKind.Relative)).ConfigureAwait(false);
            return (inEnglish, html: await response.Content.ReadAsStringAsync().ConfigureAwait(false));
        }));

        Assert.All(pages, page => Assert.Contains(page.inEnglish ? "<html lang=\"en\"" : "<html lang=\"ko\"", page.html, StringComparison.Ordinal));
    }
}

[Collection(OnSqlite.Name)]
public sealed class HostEndpointsSqliteTests(SqliteAppFixture fixture) : HostEndpointsTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class HostEndpointsPostgresTests(PostgresAppFixture fixture) : HostEndpointsTests(fixture);
