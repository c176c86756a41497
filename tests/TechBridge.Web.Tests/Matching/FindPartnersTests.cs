using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Matching;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Matching;

public abstract class FindPartnersTests(AppFixture fixture)
{
    [Fact]
    public async Task FindPartners_KoreanNeed_ReturnsExplainedHitsLinkedToEntities()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await client.PostAsJsonAsync("/api/v1/matching/partners", new { text = "이차전지 양극재 공동연구 파트너", top = 20 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        var hits = result.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.NotEmpty(h.GetProperty("matched").EnumerateArray()));
        var first = hits[0];
        var path = first.GetProperty("kind").GetString() == "Person" ? "people" : "organizations";
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/{path}/{first.GetProperty("id").GetGuid()}")).StatusCode);
    }

    [Fact]
    public async Task FindPartners_EnglishNeedForKoreanCompanies_MatchesThroughTheGlossary()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var result = await (await client.PostAsJsonAsync("/api/v1/matching/partners",
            new { text = "secondary battery cathode material", kinds = new[] { "Company" }, countries = new[] { "KR" } })).Content.ReadFromJsonAsync<JsonElement>();

        var hits = result.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("Company", h.GetProperty("kind").GetString()));
        Assert.Contains(hits.SelectMany(h => h.GetProperty("matched").EnumerateArray()), m => m.GetProperty("fromGlossary").GetBoolean());
    }

    [Fact]
    public async Task FindPartners_NeedAsksForOverseasPartners_RanksOverseasInstitutionsAmongOrganisations()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var result = await (await client.PostAsJsonAsync("/api/v1/matching/partners", new { text = "해외 연구기관과 배터리 공동연구", top = 10 })).Content.ReadFromJsonAsync<JsonElement>();

        var organisations = result.GetProperty("hits").EnumerateArray()
            .Where(h => h.GetProperty("kind").GetString() is not ("Person" or "Equipment" or "Technology" or "Need")).ToList();
        Assert.Equal(10, organisations.Count);
        Assert.True(organisations.Count(h => h.GetProperty("countryCode").GetString() != "KR") >= 3);
    }

    [Fact]
    public async Task FindPartners_EmptyNeed_Returns400WithFieldMessage()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await client.PostAsJsonAsync("/api/v1/matching/partners", new { text = " ", top = 0 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.NotEmpty(problem.FieldErrors("Text"));
        Assert.NotEmpty(problem.FieldErrors("Top"));
    }

    [Fact]
    public async Task FindPartners_AfterAnOrganisationIsCreated_FindsItWithoutARestart()
    {
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);
        var created = await admin.PostAsJsonAsync("/api/v1/organizations", new
        {
            kind = "ResearchInstitute", nameKo = "양자점 발광소자 연구소", nameEn = "Quantum Dot Emitter Institute", countryCode = "KR",
            description = "카드뮴 없는 양자점 발광소자와 잉크젯 인쇄 공정을 연구한다.", fields = new[] { "DISPLAY" },
        });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var found = false;
        for (var attempt = 0; attempt < 50 && !found; attempt++)
        {
            var result = await (await admin.PostAsJsonAsync("/api/v1/matching/partners", new { text = "카드뮴 없는 양자점 잉크젯" })).Content.ReadFromJsonAsync<JsonElement>();
            found = result.GetProperty("hits").EnumerateArray().Any(h => h.GetProperty("id").GetGuid() == id);
            if (!found)
            {
                await Task.Delay(100);
            }
        }

        Assert.True(found);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/organizations/{id}")).StatusCode);
    }

    [Fact]
    public async Task FindPartnersPage_KoreanNeed_RendersGroupedResultsWithReasons()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var html = await client.GetStringAsync("/matching?need=" + Uri.EscapeDataString("반도체 식각 공정 전문가") + "&kind=Person");

        Assert.Contains("data-testid=\"match-hit\"", html, StringComparison.Ordinal);
        Assert.Contains("근거", html, StringComparison.Ordinal);
        await fixture.App.Services.GetRequiredService<PartnerIndex>().Ready;
    }
}

[Collection(OnSqlite.Name)]
public sealed class FindPartnersSqliteTests(SqliteAppFixture fixture) : FindPartnersTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class FindPartnersPostgresTests(PostgresAppFixture fixture) : FindPartnersTests(fixture);
