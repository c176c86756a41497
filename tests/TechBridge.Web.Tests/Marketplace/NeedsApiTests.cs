using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Marketplace;

public abstract class NeedsApiTests(AppFixture fixture)
{
    public static TheoryData<string> RolesOtherThanCompany => [.. Roles.All.Where(r => r != Roles.Company)];

    private static object NewNeed(string title) => new
    {
        title,
        description = "전고체전지용 황화물계 고체전해질의 대기 안정성을 높이는 코팅 기술과 이온전도도 평가 장비가 필요합니다.",
        rndStageCode = "DEVELOPMENT",
        cooperationTypeCode = "JOINT_RESEARCH",
        fields = new[] { "SECONDARY_BATTERY" },
        trlMin = 4,
        trlMax = 6,
        budgetKrw = 500_000_000L,
        timelineMonths = 24,
        countries = new[] { "DE", "us" },
    };

    [Fact]
    public async Task Search_FiltersAndDetail_ReturnDemoNeedsOfCompanies()
    {
        var client = await fixture.SignedInAsAsync(Roles.Researcher);

        var result = await client.GetFromJsonAsync<JsonElement>("/api/v1/marketplace/needs?status=Open&stage=DEVELOPMENT&pageSize=200");
        var all = await client.GetFromJsonAsync<JsonElement>("/api/v1/marketplace/needs?pageSize=1");

        Assert.True(all.GetProperty("total").GetInt32() >= 120);
        var items = result.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, n =>
        {
            Assert.Equal("Open", n.GetProperty("status").GetString());
            Assert.Equal("DEVELOPMENT", n.GetProperty("rndStageCode").GetString());
            Assert.Equal("Company", n.GetProperty("company").GetProperty("kind").GetString());
        });
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/marketplace/needs/{items[0].GetProperty("id").GetGuid()}");
        Assert.False(string.IsNullOrWhiteSpace(detail.GetProperty("description").GetString()));
    }

    [Fact]
    public async Task Get_UnknownId_Returns404Problem()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await client.GetAsync($"/api/v1/marketplace/needs/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await response.ReadProblemAsync();
    }

    [Fact]
    public async Task Search_UnknownCooperationTypeAndCountry_Returns400WithFieldMessages()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await client.GetAsync("/api/v1/marketplace/needs?cooperation=PIRACY&country=ZZ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Contains("알 수 없는 협력 유형 코드입니다: PIRACY", problem.FieldErrors("cooperation"));
        Assert.Contains("알 수 없는 국가 코드입니다: ZZ", problem.FieldErrors("country"));
    }

    [Fact]
    public async Task Create_CompanyUser_Returns201ForTheirCompanyAndAuditsIt()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var company = await CompanyOfDemoUserAsync();

        var response = await client.PostAsJsonAsync("/api/v1/marketplace/needs", NewNeed("고체전해질 코팅 기술 공동연구 " + Guid.NewGuid().ToString("N")[..6]));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var need = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = need.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/marketplace/needs/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal(company, need.GetProperty("company").GetProperty("id").GetGuid());
        Assert.Equal(["DE", "US"], need.GetProperty("countries").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("Open", need.GetProperty("status").GetString());
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);
        var audit = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/audit?entityType=TechnologyNeed&entityId={id}");
        var entry = Assert.Single(audit.GetProperty("items").EnumerateArray());
        Assert.Equal(("Added", "company@demo.techbridge.kr"), (entry.GetProperty("action").GetString(), entry.GetProperty("actorName").GetString()));
    }

    [Fact]
    public async Task Create_InvalidInput_Returns400WithFieldMessagesAndSavesNothing()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var before = await CountNeedsAsync();

        var response = await client.PostAsJsonAsync("/api/v1/marketplace/needs", new
        {
            title = "", description = "", rndStageCode = "WARP", cooperationTypeCode = "JOINT_RESEARCH", trlMin = 8, trlMax = 2, budgetKrw = -5, countries = new[] { "ZZ" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Contains("제목을 입력하세요.", problem.FieldErrors("Title"));
        Assert.NotEmpty(problem.FieldErrors("Description"));
        Assert.Contains("알 수 없는 R&D 단계 코드입니다: WARP", problem.FieldErrors("RndStageCode"));
        Assert.Contains("최소 TRL은 최대 TRL보다 클 수 없습니다.", problem.FieldErrors("TrlMax"));
        Assert.NotEmpty(problem.FieldErrors("BudgetKrw"));
        Assert.NotEmpty(problem.FieldErrors("Countries"));
        Assert.Equal(before, await CountNeedsAsync());
    }

    [Fact]
    public async Task Create_MalformedJson_Returns400Problem()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);
        using var body = new StringContent("{\"title\": ", System.Text.Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/api/v1/marketplace/needs", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await response.ReadProblemAsync();
    }

    [Theory]
    [MemberData(nameof(RolesOtherThanCompany))]
    public async Task Create_RoleOtherThanCompany_Returns403AndSavesNothing(string role)
    {
        var client = await fixture.SignedInAsAsync(role);
        var before = await CountNeedsAsync();

        var response = await client.PostAsJsonAsync("/api/v1/marketplace/needs", NewNeed("권한 없는 수요"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await response.ReadProblemAsync();
        Assert.Equal(before, await CountNeedsAsync());
    }

    [Fact]
    public async Task Update_OwnNeed_Returns204AndChangesIt()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var created = await (await client.PostAsJsonAsync("/api/v1/marketplace/needs", NewNeed("수정 전 제목"))).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();

        var response = await client.PutAsJsonAsync($"/api/v1/marketplace/needs/{id}", new
        {
            title = "수정 후 제목", description = "세부 내용을 고쳤습니다.", rndStageCode = "PILOT_DEMONSTRATION", cooperationTypeCode = "RESEARCH_CONTRACT",
            fields = new[] { "SECONDARY_BATTERY", "FUTURE_MOBILITY" }, status = "Matched",
        });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/marketplace/needs/{id}");
        Assert.Equal(("수정 후 제목", "Matched", "PILOT_DEMONSTRATION"), (detail.GetProperty("title").GetString(), detail.GetProperty("status").GetString(), detail.GetProperty("rndStageCode").GetString()));
        Assert.Empty(detail.GetProperty("countries").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, detail.GetProperty("budgetKrw").ValueKind);
    }

    [Fact]
    public async Task Update_NeedOfAnotherCompany_Returns403AndKeepsIt()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var company = await CompanyOfDemoUserAsync();
        var other = (await client.GetFromJsonAsync<JsonElement>("/api/v1/marketplace/needs?pageSize=50")).GetProperty("items").EnumerateArray()
            .First(n => n.GetProperty("company").GetProperty("id").GetGuid() != company);
        var id = other.GetProperty("id").GetGuid();

        var response = await client.PutAsJsonAsync($"/api/v1/marketplace/needs/{id}", NewNeed("남의 수요 가로채기"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await response.ReadProblemAsync();
        Assert.Equal(other.GetProperty("title").GetString(), (await client.GetFromJsonAsync<JsonElement>($"/api/v1/marketplace/needs/{id}")).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Update_UnknownId_Returns404Problem()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await client.PutAsJsonAsync($"/api/v1/marketplace/needs/{Guid.NewGuid()}", NewNeed("없는 수요"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await response.ReadProblemAsync();
    }

    [Fact]
    public async Task Partners_ForAFiledNeed_ReturnEquipmentAndTechnologiesWithinItsTrlRange()
    {
        var company = await fixture.SignedInAsAsync(Roles.Company);
        var id = (await (await company.PostAsJsonAsync("/api/v1/marketplace/needs", NewNeed("이차전지 충방전 시험 평가와 양극재 수명 개선")))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var researcher = await fixture.SignedInAsAsync(Roles.Researcher);

        var result = await researcher.GetFromJsonAsync<JsonElement>($"/api/v1/marketplace/needs/{id}/partners?top=10");

        var hits = result.GetProperty("hits").EnumerateArray().ToList();
        var equipment = hits.Where(h => h.GetProperty("kind").GetString() == "Equipment").ToList();
        var technologies = hits.Where(h => h.GetProperty("kind").GetString() == "Technology").ToList();
        Assert.NotEmpty(equipment);
        Assert.NotEmpty(technologies);
        Assert.All(equipment.Concat(technologies), h =>
        {
            Assert.True(h.GetProperty("trlMax").GetInt32() >= 4 && h.GetProperty("trlMin").GetInt32() <= 6);
            Assert.Contains("SECONDARY_BATTERY", h.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
            Assert.False(string.IsNullOrEmpty(h.GetProperty("owner").GetProperty("nameKo").GetString() + h.GetProperty("owner").GetProperty("nameEn").GetString()));
        });
        Assert.DoesNotContain(hits, h => h.GetProperty("kind").GetString() == "Need");
        Assert.Equal(HttpStatusCode.OK, (await researcher.GetAsync($"/api/v1/facilities/equipment/{equipment[0].GetProperty("id").GetGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await researcher.GetAsync($"/api/v1/marketplace/technologies/{technologies[0].GetProperty("id").GetGuid()}")).StatusCode);
    }

    private async Task<int> CountNeedsAsync()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>().TechnologyNeeds.CountAsync();
    }

    private async Task<Guid> CompanyOfDemoUserAsync()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>().Users
            .SingleAsync(u => u.NormalizedEmail == "COMPANY@DEMO.TECHBRIDGE.KR")).OrganizationId!.Value;
    }
}

[Collection(OnSqlite.Name)]
public sealed class NeedsApiSqliteTests(SqliteAppFixture fixture) : NeedsApiTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class NeedsApiPostgresTests(PostgresAppFixture fixture) : NeedsApiTests(fixture);
