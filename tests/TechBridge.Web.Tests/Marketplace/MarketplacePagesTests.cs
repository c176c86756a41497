using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Marketplace;

/// <summary>The equipment, technology and need pages as a browser gets them (server-rendered HTML, form posts with antiforgery).</summary>
public abstract class MarketplacePagesTests(AppFixture fixture)
{
    [Theory]
    [InlineData("/facilities/equipment", "장비명, 모델, 제조사, 설명, 센터명으로 검색")]
    [InlineData("/facilities/equipment?industry=BIO&stage=DEVELOPMENT", "data-testid=\"equipment-table\"")]
    [InlineData("/marketplace/technologies", "data-testid=\"technologies-table\"")]
    [InlineData("/marketplace/needs", "data-testid=\"needs-table\"")]
    [InlineData("/facilities", "/facilities/equipment?industry=SHIPBUILDING_MARINE")]
    [InlineData("/marketplace", "/marketplace/technologies")]
    public async Task Page_SignedIn_RendersInKorean(string path, string expected)
    {
        var client = await fixture.SignedInAsAsync(Roles.Researcher);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.Contains("href=\"/marketplace/needs\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DetailPages_DemoEntries_ShowTheirFactsAndLinks()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var equipment = (await client.GetFromJsonAsync<JsonElement>("/api/v1/facilities/equipment?pageSize=1")).GetProperty("items")[0];
        var technology = (await client.GetFromJsonAsync<JsonElement>("/api/v1/marketplace/technologies?pageSize=1")).GetProperty("items")[0];
        var need = (await client.GetFromJsonAsync<JsonElement>("/api/v1/marketplace/needs?pageSize=1")).GetProperty("items")[0];

        var equipmentHtml = await client.GetStringAsync($"/facilities/equipment/{equipment.GetProperty("id").GetGuid()}");
        var technologyHtml = await client.GetStringAsync($"/marketplace/technologies/{technology.GetProperty("id").GetGuid()}?culture=en");
        var needHtml = await client.GetStringAsync($"/marketplace/needs/{need.GetProperty("id").GetGuid()}");

        Assert.Contains($"/directory/organizations/{equipment.GetProperty("center").GetProperty("id").GetGuid()}", equipmentHtml, StringComparison.Ordinal);
        Assert.Contains("지원 R&amp;D 단계", equipmentHtml, StringComparison.Ordinal);
        Assert.Contains("Patent numbers", technologyHtml, StringComparison.Ordinal);
        Assert.Contains("Transfer terms", technologyHtml, StringComparison.Ordinal);
        Assert.Contains($"/matching?needId={need.GetProperty("id").GetGuid()}", needHtml, StringComparison.Ordinal);
        Assert.Contains("협력 유형", needHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/facilities/equipment/{0}")]
    [InlineData("/marketplace/technologies/{0}")]
    [InlineData("/marketplace/needs/{0}")]
    [InlineData("/matching?needId={0}")]
    public async Task DetailPage_UnknownId_Returns404Page(string path)
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task NeedForm_InvalidPost_ShowsFieldMessagesInKoreanAndKeepsInput()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await client.PostFormAsync("/marketplace/needs/new", "need", new Dictionary<string, string>
        {
            ["Input.Title"] = "",
            ["Input.Description"] = "실리콘 음극의 부피 팽창을 줄일 바인더 기술이 필요합니다.",
            ["Input.RndStageCode"] = "",
            ["Input.CooperationTypeCode"] = "JOINT_RESEARCH",
            ["Input.TrlMin"] = "6",
            ["Input.TrlMax"] = "3",
            ["Input.BudgetManwon"] = "오억",
            ["Input.Countries"] = "DE, XX",
            ["Fields"] = "SECONDARY_BATTERY",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("예산은 숫자로 입력하세요.", html, StringComparison.Ordinal);
        Assert.Contains("실리콘 음극의 부피 팽창을 줄일 바인더 기술이 필요합니다.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"SECONDARY_BATTERY\" checked", html, StringComparison.Ordinal);

        var typed = await client.PostFormAsync("/marketplace/needs/new", "need", new Dictionary<string, string>
        {
            ["Input.Title"] = "",
            ["Input.Description"] = "실리콘 음극 바인더",
            ["Input.CooperationTypeCode"] = "JOINT_RESEARCH",
            ["Input.TrlMin"] = "6",
            ["Input.TrlMax"] = "3",
            ["Input.Countries"] = "DE, XX",
        });
        var messages = await typed.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, typed.StatusCode);
        Assert.Contains("제목을 입력하세요.", messages, StringComparison.Ordinal);
        Assert.Contains("R&amp;D 단계를 입력하세요.", messages, StringComparison.Ordinal);
        Assert.Contains("최소 TRL은 최대 TRL보다 클 수 없습니다.", messages, StringComparison.Ordinal);
        Assert.Contains("알 수 없는 국가 코드입니다: XX", messages, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NeedForm_ValidPost_CreatesTheNeedAndRedirectsToItsDetail()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await client.PostFormAsync("/marketplace/needs/new", "need", new Dictionary<string, string>
        {
            ["Input.Title"] = "실리콘 음극 바인더 기술 확보",
            ["Input.Description"] = "실리콘-탄소 복합 음극의 부피 팽창을 줄일 바인더 설계 기술을 찾습니다.",
            ["Input.RndStageCode"] = "APPLIED_RESEARCH",
            ["Input.CooperationTypeCode"] = "TECH_PURCHASE",
            ["Input.BudgetManwon"] = "30,000",
            ["Input.TimelineMonths"] = "12",
            ["Input.Countries"] = "jp",
            ["Fields"] = "SECONDARY_BATTERY",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath;
        Assert.Matches("^/marketplace/needs/[0-9a-f-]{36}$", location);
        var html = await client.GetStringAsync(location);
        Assert.Contains("실리콘 음극 바인더 기술 확보", html, StringComparison.Ordinal);
        Assert.Contains("3억원", html, StringComparison.Ordinal);
        Assert.Contains("일본", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"edit-need\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NeedEdit_SaveOverSomeoneElsesChange_ShowsTheConflictKeepsTheInputAndSavesOnlyWhenAskedAgain()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var id = (await (await client.PostAsJsonAsync("/api/v1/marketplace/needs", new
        {
            title = "편집 충돌 확인 수요", description = "다른 사람이 먼저 바꾼 수요입니다.", rndStageCode = "DEVELOPMENT", cooperationTypeCode = "JOINT_RESEARCH",
        })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var form = await client.GetStringAsync($"/marketplace/needs/{id}/edit");
        Assert.Contains("name=\"Input.Version\" value=\"1\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PutAsJsonAsync($"/api/v1/marketplace/needs/{id}", new
        {
            title = "다른 사람이 먼저 저장한 제목", description = "먼저 저장된 설명", rndStageCode = "DEVELOPMENT", cooperationTypeCode = "JOINT_RESEARCH",
        })).StatusCode);
        var typed = new Dictionary<string, string>
        {
            ["Input.Title"] = "내가 입력한 제목",
            ["Input.Description"] = "내가 입력한 설명은 사라지지 않아야 합니다.",
            ["Input.RndStageCode"] = "DEVELOPMENT",
            ["Input.CooperationTypeCode"] = "JOINT_RESEARCH",
            ["Input.Status"] = "Open",
            ["Input.Version"] = "1",
            ["Fields"] = "DISPLAY",
        };

        var response = await client.PostFormAsync($"/marketplace/needs/{id}/edit", "need", typed);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"form-conflict\"", html, StringComparison.Ordinal);
        Assert.Contains("다른 사용자가 그사이에 이 내용을 먼저 바꿨습니다.", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/marketplace/needs/{id}/edit\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"내가 입력한 제목\"", html, StringComparison.Ordinal);
        Assert.Contains("내가 입력한 설명은 사라지지 않아야 합니다.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"DISPLAY\" checked", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Version\" value=\"2\"", html, StringComparison.Ordinal);
        Assert.Equal("다른 사람이 먼저 저장한 제목", (await client.GetFromJsonAsync<JsonElement>($"/api/v1/marketplace/needs/{id}")).GetProperty("title").GetString());

        var english = await client.PostFormAsync($"/marketplace/needs/{id}/edit?culture=en", "need", typed);
        Assert.Contains("Someone else changed this while you were editing.", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var again = await client.PostFormAsync($"/marketplace/needs/{id}/edit", "need", new Dictionary<string, string>(typed) { ["Input.Version"] = "2" });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("내가 입력한 제목", (await client.GetFromJsonAsync<JsonElement>($"/api/v1/marketplace/needs/{id}")).GetProperty("title").GetString());
    }

    [Fact]
    public async Task NeedForm_Researcher_IsSentToAccessDenied()
    {
        var client = await fixture.SignedInAsAsync(Roles.Researcher);

        var response = await client.GetAsync("/marketplace/needs/new");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"new-need\"", await client.GetStringAsync("/marketplace/needs"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NeedForm_CompanyUserWithoutACompany_Returns403WithTheReason()
    {
        var email = $"no-company-{Guid.NewGuid():N}@example.kr";
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync(new NewAccount(email, "소속 없는 기업 사용자", "NoCompany-2026", [Roles.Company]));
        }

        var client = await fixture.SignedInClientAsync(email, "NoCompany-2026");
        var response = await client.GetAsync("/marketplace/needs/new");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"no-company\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"save\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/marketplace/needs", new { title = "x" })).StatusCode);
    }

    [Fact]
    public async Task NeedEdit_NeedOfAnotherCompany_IsSentToAccessDeniedAndShowsNoEditLink()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var mine = await client.GetStringAsync("/marketplace/needs");
        var company = System.Text.RegularExpressions.Regex.Match(mine, "/marketplace/needs\\?company=([0-9a-f-]{36})").Groups[1].Value;
        var other = (await client.GetFromJsonAsync<JsonElement>("/api/v1/marketplace/needs?pageSize=50")).GetProperty("items").EnumerateArray()
            .First(n => n.GetProperty("company").GetProperty("id").GetGuid().ToString() != company).GetProperty("id").GetGuid();

        var response = await client.GetAsync($"/marketplace/needs/{other}/edit");

        Assert.NotEmpty(company);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"edit-need\"", await client.GetStringAsync($"/marketplace/needs/{other}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindPartnersPage_ForANeed_ShowsEquipmentAndTechnologyGroupsLinkedToTheirPages()
    {
        var company = await fixture.SignedInAsAsync(Roles.Company);
        var id = (await (await company.PostAsJsonAsync("/api/v1/marketplace/needs", new
        {
            title = "배터리 충방전 시험과 양극재 수명 평가", description = "하이니켈 양극재의 수명 특성을 충방전 시험기로 평가하고 개선할 기술이 필요합니다.",
            rndStageCode = "DEVELOPMENT", cooperationTypeCode = "JOINT_RESEARCH", fields = new[] { "SECONDARY_BATTERY" },
        })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var html = await company.GetStringAsync($"/matching?needId={id}");

        Assert.Contains("data-testid=\"for-need\"", html, StringComparison.Ordinal);
        Assert.Contains("data-kind=\"Equipment\"", html, StringComparison.Ordinal);
        Assert.Contains("data-kind=\"Technology\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/facilities/equipment/", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/marketplace/technologies/", html, StringComparison.Ordinal);
        Assert.Contains("TRL 5–6", html, StringComparison.Ordinal);
    }
}

[Collection(OnSqlite.Name)]
public sealed class MarketplacePagesSqliteTests(SqliteAppFixture fixture) : MarketplacePagesTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class MarketplacePagesPostgresTests(PostgresAppFixture fixture) : MarketplacePagesTests(fixture);
