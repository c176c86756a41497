using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TechBridge.Core.Accounts;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Directory;

public abstract class DirectoryPagesTests(AppFixture fixture)
{
    [Theory]
    [InlineData("/", "산업기술 협력의 모든 연결")]
    [InlineData("/directory/organizations", "기관명, 소개, 도시로 검색")]
    [InlineData("/directory/people", "이름, 키워드, 직위로 검색")]
    [InlineData("/programs", "글로벌 산업기술 협력센터")]
    [InlineData("/facilities", "6대 업종")]
    [InlineData("/marketplace", "인바운드")]
    [InlineData("/matching", "파트너 매칭")]
    public async Task Page_SignedIn_RendersInKoreanByDefault(string path, string expected)
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrganizationsPage_EnglishAndFiltered_ShowsEnglishLabelsAndOnlyMatches()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var html = await client.GetStringAsync("/directory/organizations?kind=CooperationCenter&culture=en");

        Assert.Contains("Cooperation center", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>Company", html, StringComparison.Ordinal);
        Assert.Contains("Fraunhofer", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrganizationsPage_BadFilter_ShowsFieldMessageInsteadOfFailing()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await client.GetAsync("/directory/organizations?kind=Nope");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("알 수 없는 유형 코드입니다: Nope", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProgramPage_GlobalCooperationCenters_ShowsTheSourceFiguresInKoreanUnits()
    {
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);

        var html = await client.GetStringAsync("/programs/GLOBAL_COOP_CENTERS");

        Assert.Contains("data-testid=\"figures\"", html, StringComparison.Ordinal);
        Assert.Contains("395억원", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProgramPage_UnknownCode_Returns404Page()
    {
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);

        var response = await client.GetAsync("/programs/NO_SUCH_PROGRAM");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task OrganizationsApi_SortedByNameInKorean_ListsKoreanNamesBeforeOthers()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var items = (await client.GetFromJsonAsync<JsonElement>("/api/v1/organizations?pageSize=200&sort=Name")).GetProperty("items")
            .EnumerateArray().Select(o => o.GetProperty("nameKo").GetString()).ToList();

        var firstWithoutKorean = items.FindIndex(string.IsNullOrEmpty);
        Assert.True(firstWithoutKorean == -1 || items.Skip(firstWithoutKorean).All(string.IsNullOrEmpty));
        Assert.False(string.IsNullOrEmpty(items[0]));
    }

    [Fact]
    public async Task OrganizationDetailPage_UnknownId_Returns404Page()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await client.GetAsync($"/directory/organizations/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("찾을 수 없음", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonDetailPage_Existing_ShowsPublications()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var id = (await client.GetFromJsonAsync<JsonElement>("/api/v1/people?pageSize=1")).GetProperty("items")[0].GetProperty("id").GetGuid();

        var html = await client.GetStringAsync($"/directory/people/{id}");

        Assert.Contains("data-testid=\"publications\"", html, StringComparison.Ordinal);
        Assert.Contains("소속 이력", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrganizationForm_InvalidPost_ShowsFieldMessagesAndKeepsInput()
    {
        var client = await fixture.SignedInAsAsync(Roles.ProgramManager);

        var response = await client.PostFormAsync("/directory/organizations/new", "organization", new Dictionary<string, string>
        {
            ["Input.Kind"] = "University",
            ["Input.NameKo"] = "",
            ["Input.NameEn"] = "",
            ["Input.CountryCode"] = "KR",
            ["Input.SizeClass"] = "Large",
            ["Input.Website"] = "not a url",
            ["Input.City"] = "대전 유성구",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("국문 또는 영문 이름 중 하나는 입력해야 합니다.", html, StringComparison.Ordinal);
        Assert.Contains("기업 규모는 기업에만 지정할 수 있습니다.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"대전 유성구\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrganizationForm_ValidPost_CreatesAndRedirectsToDetail()
    {
        var client = await fixture.SignedInAsAsync(Roles.Coordinator);

        var response = await client.PostFormAsync("/directory/organizations/new", "organization", new Dictionary<string, string>
        {
            ["Input.Kind"] = "EquipmentCenter",
            ["Input.NameKo"] = "테스트 정밀측정센터",
            ["Input.NameEn"] = "Test Precision Measurement Center",
            ["Input.CountryCode"] = "KR",
            ["Input.IndustryCode"] = "MATERIALS",
            ["Fields"] = "CORE_MATERIALS",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var detail = await client.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("테스트 정밀측정센터", detail, StringComparison.Ordinal);
        Assert.Contains("핵심소재", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrganizationEdit_SaveOverSomeoneElsesChange_ShowsTheConflictAndKeepsTheInput()
    {
        var client = await fixture.SignedInAsAsync(Roles.Coordinator);
        var id = (await (await client.PostAsJsonAsync("/api/v1/organizations", new { kind = "ResearchInstitute", nameKo = "편집 충돌 연구소", countryCode = "KR" }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Contains("name=\"Input.Version\" value=\"1\"", await client.GetStringAsync($"/directory/organizations/{id}/edit"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PutAsJsonAsync($"/api/v1/organizations/{id}", new { kind = "ResearchInstitute", nameKo = "먼저 저장된 이름", countryCode = "KR" })).StatusCode);

        var response = await client.PostFormAsync($"/directory/organizations/{id}/edit", "organization", new Dictionary<string, string>
        {
            ["Input.Kind"] = "ResearchInstitute",
            ["Input.NameKo"] = "내가 고친 이름",
            ["Input.CountryCode"] = "KR",
            ["Input.City"] = "대전 유성구",
            ["Input.Version"] = "1",
        });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"form-conflict\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/directory/organizations/{id}/edit\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"내가 고친 이름\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"대전 유성구\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Version\" value=\"2\"", html, StringComparison.Ordinal);
        Assert.Equal("먼저 저장된 이름", (await client.GetFromJsonAsync<JsonElement>($"/api/v1/organizations/{id}")).GetProperty("nameKo").GetString());
    }
}

[Collection(OnSqlite.Name)]
public sealed class DirectoryPagesSqliteTests(SqliteAppFixture fixture) : DirectoryPagesTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class DirectoryPagesPostgresTests(PostgresAppFixture fixture) : DirectoryPagesTests(fixture);
