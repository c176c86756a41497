using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using TechBridge.Core.Accounts;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Api;

/// <summary>Issue 7 defects 5, 6, 7 and 14: ordinary bad input gets a 400 naming the field, on both providers; never a 500.</summary>
public abstract class BadInputTests(AppFixture fixture)
{
    [Theory]
    [InlineData("/api/v1/organizations?page=107374184&pageSize=20", "page")]
    [InlineData("/api/v1/organizations?page=2147483647", "page")]
    [InlineData("/api/v1/people?page=0", "page")]
    [InlineData("/api/v1/facilities/equipment?pageSize=0", "pageSize")]
    [InlineData("/api/v1/admin/glossary?pageSize=1000", "pageSize")]
    [InlineData("/api/v1/admin/users?pageSize=1000", "pageSize")]
    [InlineData("/api/v1/admin/audit?page=-1", "page")]
    public async Task List_PageOutOfRange_Returns400NamingTheField(string url, string field)
    {
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);

        var response = await admin.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).FieldErrors(field));
    }

    [Fact]
    public async Task List_PagePastTheEnd_ReturnsNoItemsWithTheTotal()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var first = await client.GetFromJsonAsync<JsonElement>("/api/v1/organizations?pageSize=200");

        var past = await client.GetFromJsonAsync<JsonElement>($"/api/v1/organizations?pageSize=200&page={first.GetProperty("pageCount").GetInt32() + 1}");

        Assert.Equal(0, past.GetProperty("items").GetArrayLength());
        Assert.Equal(first.GetProperty("total").GetInt32(), past.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/api/v1/organizations?page=abc", "page")]
    [InlineData("/api/v1/people?organization=x", "organization")]
    [InlineData("/api/v1/marketplace/needs?company=x", "company")]
    public async Task List_UnparsableQueryValue_Returns400NamingTheField(string url, string field)
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).FieldErrors(field));
    }

    [Theory]
    [InlineData("/api/v1/organizations?q=%00")]
    [InlineData("/api/v1/marketplace/technologies?q=a%00b")]
    [InlineData("/api/v1/people?q=%1B%5B31m")]
    public async Task Search_ControlCharacterInQuery_Returns400NamingQ(string url)
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["제어 문자는 입력할 수 없습니다."], (await response.ReadProblemAsync()).FieldErrors("q"));
    }

    [Theory]
    [InlineData("/api/v1/organizations", """{"kind":"Company","nameKo":"널\u0000문자","countryCode":"KR"}""", "nameKo")]
    [InlineData("/api/v1/organizations", """{"kind":"Company","nameKo":"널 배열","countryCode":"KR","fields":[null]}""", "fields[0]")]
    [InlineData("/api/v1/admin/glossary", """{"korean":"널","english":"null","fields":["IP",null]}""", "fields[1]")]
    [InlineData("/api/v1/matching/partners", """{"text":"배터리","preferredCountries":[null]}""", "preferredCountries[0]")]
    [InlineData("/api/v1/matching/partners", """{"text":"배터리\u0000"}""", "text")]
    [InlineData("/api/v1/organizations", """{"kind":"Company","nameKo":123,"countryCode":"KR"}""", "nameKo")]
    [InlineData("/api/v1/organizations", """{"kind":"Nope","nameKo":"종류","countryCode":"KR"}""", "kind")]
    [InlineData("/api/v1/organizations", """{"kind":0,"nameKo":"숫자 종류","countryCode":"KR"}""", "kind")]
    [InlineData("/api/v1/matching/partners", """{"text":"배터리","top":"many"}""", "top")]
    [InlineData("/api/v1/matching/partners", """{"text":"배터리","fields":["NOPE"]}""", "fields")]
    [InlineData("/api/v1/matching/partners", """{"text":"배터리","countries":["ZZ"]}""", "countries")]
    [InlineData("/api/v1/matching/partners", """{"text":"배터리","industry":"NOPE"}""", "industry")]
    public async Task Post_BadBody_Returns400NamingTheField(string url, string json, string field)
    {
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);
        using var body = new StringContent(json, Encoding.UTF8, "application/json");

        var response = await admin.PostAsync(url, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.NotEmpty(problem.FieldErrors(field));
        Assert.Equal(response.Headers.GetValues("X-Request-Id").Single(), problem.GetProperty("requestId").GetString());
    }

    [Fact]
    public async Task Post_MalformedJson_Returns400WithBodyField()
    {
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);
        using var body = new StringContent("{\"kind\":", Encoding.UTF8, "application/json");

        var response = await admin.PostAsync("/api/v1/organizations", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).GetProperty("errors").EnumerateObject());
    }

    [Theory]
    [InlineData(null, "/api/v1/organizations", HttpStatusCode.Unauthorized)]
    [InlineData(Roles.Company, "/api/v1/admin/glossary", HttpStatusCode.Forbidden)]
    [InlineData(Roles.Company, "/api/v1/organizations/00000000-0000-0000-0000-000000000001", HttpStatusCode.NotFound)]
    [InlineData(Roles.Company, "/api/v1/no-such-thing", HttpStatusCode.NotFound)]
    public async Task ErrorResponse_AnyStatus_CarriesRequestIdInHeaderAndBody(string? role, string url, HttpStatusCode status)
    {
        var client = role is null ? fixture.CreateClient() : await fixture.SignedInAsAsync(role);

        var response = await client.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        var id = Assert.Single(response.Headers.GetValues("X-Request-Id"));
        Assert.Equal(id, (await response.ReadProblemAsync()).GetProperty("requestId").GetString());
    }
}

[Collection(OnSqlite.Name)]
public sealed class BadInputSqliteTests(SqliteAppFixture fixture) : BadInputTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class BadInputPostgresTests(PostgresAppFixture fixture) : BadInputTests(fixture);
