using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using TechBridge.Core.Accounts;
using TechBridge.Web.Tests.Facilities;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Marketplace;

public abstract class TechnologiesApiTests(AppFixture fixture)
{
    [Fact]
    public async Task Search_FieldStatusAndMinimumTrl_ReturnOnlyMatchingTechnologies()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var all = await client.GetFromJsonAsync<JsonElement>("/api/v1/marketplace/technologies?pageSize=1");
        var result = await client.GetFromJsonAsync<JsonElement>("/api/v1/marketplace/technologies?field=SECONDARY_BATTERY&status=Available&minTrl=4&pageSize=200");

        Assert.True(all.GetProperty("total").GetInt32() >= 300);
        var items = result.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, t =>
        {
            Assert.Contains("SECONDARY_BATTERY", t.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
            Assert.Equal("Available", t.GetProperty("status").GetString());
            Assert.True(t.GetProperty("trl").GetInt32() >= 4);
            Assert.Contains(t.GetProperty("owner").GetProperty("kind").GetString(), new[] { "University", "ResearchInstitute" });
        });
    }

    [Fact]
    public async Task Get_Existing_ReturnsPatentsTaskTermsAndOwner()
    {
        var client = await fixture.SignedInAsAsync(Roles.Researcher);
        // A demo technology, read from the database: other tests in this fixture list many of their own (any number of
        // them can be newer than every demo one), without a task title.
        var id = await fixture.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
            db.PublicTechnologies.Where(t => t.IsDemo && t.Patents.Count > 0 && t.RndTaskTitle != null).OrderBy(t => t.Id).Select(t => t.Id)));

        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/marketplace/technologies/{id}");

        Assert.StartsWith("10-", detail.GetProperty("patents")[0].GetProperty("applicationNumber").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(detail.GetProperty("rndTask").GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(detail.GetProperty("summary").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/organizations/{detail.GetProperty("owner").GetProperty("id").GetGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Get_UnknownId_Returns404Problem()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await client.GetAsync($"/api/v1/marketplace/technologies/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await response.ReadProblemAsync();
    }

    [Fact]
    public async Task Search_UnknownStatusInEnglish_Returns400WithEnglishFieldMessage()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await client.GetAsync("/api/v1/marketplace/technologies?status=Stolen&minTrl=0&culture=en");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Contains("Status: unknown code 'Stolen'.", problem.FieldErrors("status"));
        Assert.Contains("TRL must be between 1 and 9.", problem.FieldErrors("minTrl"));
    }

    [Fact]
    public async Task Export_Csv_HasKoreanHeaderAndEveryRow()
    {
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);
        var total = (await client.GetFromJsonAsync<JsonElement>("/api/v1/marketplace/technologies?status=Licensed&pageSize=1")).GetProperty("total").GetInt32();

        var response = await client.GetAsync("/api/v1/marketplace/technologies/export?status=Licensed");

        var lines = Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync())[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("ID,국문 제목,영문 제목,보유 기관", lines[0], StringComparison.Ordinal);
        Assert.Equal(total + 1, lines.Length);
    }
}

[Collection(OnSqlite.Name)]
public sealed class TechnologiesApiSqliteTests(SqliteAppFixture fixture) : TechnologiesApiTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class TechnologiesApiPostgresTests(PostgresAppFixture fixture) : TechnologiesApiTests(fixture);
