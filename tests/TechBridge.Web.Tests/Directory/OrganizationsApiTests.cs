using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Directory;

public abstract class OrganizationsApiTests(AppFixture fixture)
{
    [Fact]
    public async Task Search_NoFilter_PagesThroughAllDemoOrganisations()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var first = await client.GetFromJsonAsync<JsonElement>("/api/v1/organizations?pageSize=50");
        var last = await client.GetFromJsonAsync<JsonElement>($"/api/v1/organizations?pageSize=50&page={first.GetProperty("pageCount").GetInt32()}");

        Assert.True(first.GetProperty("total").GetInt32() >= 300);
        Assert.Equal(50, first.GetProperty("items").GetArrayLength());
        Assert.InRange(last.GetProperty("items").GetArrayLength(), 1, 50);
    }

    [Fact]
    public async Task Search_KindAndCountryFilter_ReturnsOnlyMatchingRows()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var result = await client.GetFromJsonAsync<JsonElement>("/api/v1/organizations?kind=OverseasInstitution&country=US&pageSize=200");

        var items = result.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, o =>
        {
            Assert.Equal("OverseasInstitution", o.GetProperty("kind").GetString());
            Assert.Equal("US", o.GetProperty("countryCode").GetString());
        });
    }

    [Fact]
    public async Task Search_FieldFilter_FindsTheFraunhoferCooperationCenter()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var result = await client.GetFromJsonAsync<JsonElement>("/api/v1/organizations?kind=CooperationCenter&field=SECONDARY_BATTERY&q=fraunhofer");

        var item = Assert.Single(result.GetProperty("items").EnumerateArray());
        Assert.Equal("DE", item.GetProperty("countryCode").GetString());
    }

    [Fact]
    public async Task Search_UnknownKind_Returns400WithKoreanFieldMessage()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await client.GetAsync("/api/v1/organizations?kind=Spaceship&country=ZZ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Contains("알 수 없는 유형 코드입니다: Spaceship", problem.FieldErrors("kind"));
        Assert.Contains("알 수 없는 국가 코드입니다: ZZ", problem.FieldErrors("country"));
    }

    [Fact]
    public async Task Search_UnknownKindInEnglish_Returns400WithEnglishFieldMessage()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await client.GetAsync("/api/v1/organizations?kind=Spaceship&culture=en");

        var problem = await response.ReadProblemAsync();
        Assert.Equal("One or more fields are invalid.", problem.GetProperty("title").GetString());
        Assert.Contains("Type: unknown code 'Spaceship'.", problem.FieldErrors("kind"));
    }

    [Fact]
    public async Task Get_UnknownId_Returns404Problem()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await client.GetAsync($"/api/v1/organizations/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, (await response.ReadProblemAsync()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Create_InvalidInput_Returns400AndSavesNothing()
    {
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);
        var before = await CountOrganizationsAsync();

        var response = await client.PostAsJsonAsync("/api/v1/organizations", new
        {
            kind = "University",
            nameKo = "",
            nameEn = "",
            countryCode = "XX",
            website = "ftp://example.com",
            sizeClass = "Small",
            fields = new[] { "SEMICONDUCTOR", "TIME_TRAVEL" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.NotEmpty(problem.FieldErrors("NameKo"));
        Assert.NotEmpty(problem.FieldErrors("CountryCode"));
        Assert.NotEmpty(problem.FieldErrors("Website"));
        Assert.NotEmpty(problem.FieldErrors("SizeClass"));
        Assert.Contains(problem.FieldErrors("Fields"), m => m.Contains("TIME_TRAVEL", StringComparison.Ordinal));
        Assert.Equal(before, await CountOrganizationsAsync());
    }

    [Fact]
    public async Task Create_MalformedJson_Returns400Problem()
    {
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);
        using var body = new StringContent("{\"kind\": ", System.Text.Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/api/v1/organizations", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await response.ReadProblemAsync();
    }

    [Fact]
    public async Task CreateUpdateDelete_ValidInput_AppliesAndAuditsEveryChange()
    {
        var client = await fixture.SignedInAsAsync(Roles.Administrator);
        var name = $"테스트정밀 {Guid.NewGuid():N}"[..20];

        var created = await client.PostAsJsonAsync("/api/v1/organizations", new
        {
            kind = "Company", nameKo = name, nameEn = "Test Precision", countryCode = "kr", sizeClass = "Small",
            industryCode = "MACHINERY_ROBOTICS", fields = new[] { "INTELLIGENT_ROBOT" }, website = "https://test.example.kr", foundedYear = 2015,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var updated = await client.PutAsJsonAsync($"/api/v1/organizations/{id}", new
        {
            kind = "Company", nameKo = name, nameEn = "Test Precision Co., Ltd.", countryCode = "KR", sizeClass = "MidSize",
            fields = new[] { "INTELLIGENT_ROBOT", "ADVANCED_MANUFACTURING" },
        });
        Assert.Equal(HttpStatusCode.NoContent, updated.StatusCode);
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/organizations/{id}");
        Assert.Equal("Test Precision Co., Ltd.", detail.GetProperty("nameEn").GetString());
        Assert.Equal(2, detail.GetProperty("fields").GetArrayLength());

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/organizations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/organizations/{id}")).StatusCode);

        var audit = await client.GetFromJsonAsync<JsonElement>($"/api/v1/admin/audit?entityType=Organization&entityId={id}");
        var actions = audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["Deleted", "Modified", "Added"], actions);
        Assert.All(audit.GetProperty("items").EnumerateArray(), e => Assert.Equal("admin@demo.techbridge.kr", e.GetProperty("actorName").GetString()));
    }

    [Fact]
    public async Task Delete_OrganisationWithPeople_Returns409AndKeepsIt()
    {
        var client = await fixture.SignedInAsAsync(Roles.Administrator);
        var withPeople = (await client.GetFromJsonAsync<JsonElement>("/api/v1/organizations?kind=Company&pageSize=200"))
            .GetProperty("items").EnumerateArray().First(o => o.GetProperty("peopleCount").GetInt32() > 0);
        var id = withPeople.GetProperty("id").GetGuid();

        var response = await client.DeleteAsync($"/api/v1/organizations/{id}");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Rule.OrganizationInUse", (await response.ReadProblemAsync()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/organizations/{id}")).StatusCode);
    }

    [Fact]
    public async Task Create_CompanyUser_Returns403()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await client.PostAsJsonAsync("/api/v1/organizations", new { kind = "Company", nameKo = "무단", countryCode = "KR" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<int> CountOrganizationsAsync()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>().Organizations.CountAsync();
    }
}

[Collection(OnSqlite.Name)]
public sealed class OrganizationsApiSqliteTests(SqliteAppFixture fixture) : OrganizationsApiTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class OrganizationsApiPostgresTests(PostgresAppFixture fixture) : OrganizationsApiTests(fixture);
