using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Facilities;
using TechBridge.Core.Matching;
using TechBridge.Web.Tests.Facilities;
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
    public async Task FindPartners_BatteryTestingNeed_ReturnsEquipmentAndTechnologyGroupsWithTheirKind()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var result = await (await client.PostAsJsonAsync("/api/v1/matching/partners", new { text = "배터리 충방전 시험기 전기화학 임피던스 분석 양극재", top = 5 }))
            .Content.ReadFromJsonAsync<JsonElement>();

        var hits = result.GetProperty("hits").EnumerateArray().ToList();
        var kinds = hits.Select(h => h.GetProperty("kind").GetString()).ToList();
        Assert.Equal(5, kinds.Count(k => k == "Equipment"));
        Assert.Equal(5, kinds.Count(k => k == "Technology"));
        Assert.DoesNotContain("Need", kinds);
        var equipment = hits.First(h => h.GetProperty("kind").GetString() == "Equipment");
        Assert.NotEmpty(equipment.GetProperty("matched").EnumerateArray());
        Assert.Equal("EquipmentCenter", equipment.GetProperty("owner").GetProperty("kind").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/facilities/equipment/{equipment.GetProperty("id").GetGuid()}")).StatusCode);
    }

    [Fact]
    public async Task FindPartners_UnknownKindOrTrl_Returns400WithFieldMessages()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await client.PostAsJsonAsync("/api/v1/matching/partners", new { text = "배터리", kinds = new[] { "Spaceship" }, trlMin = 0 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Contains("알 수 없는 유형 코드입니다: Spaceship", problem.FieldErrors("Kinds"));
        Assert.NotEmpty(problem.FieldErrors("TrlMin"));
    }

    [Fact]
    public async Task FindPartners_NeedSavedByACompany_IsFoundWhenAResearcherAsksForNeeds()
    {
        var company = await fixture.SignedInAsAsync(Roles.Company);
        var created = await company.PostAsJsonAsync("/api/v1/marketplace/needs", new
        {
            title = "극저온 수소 액화 밸브 실링 소재", description = "영하 253도에서도 수소 누설이 없는 밸브 실링 소재와 시험 방법이 필요합니다.",
            rndStageCode = "APPLIED_RESEARCH", cooperationTypeCode = "RESEARCH_CONTRACT", fields = new[] { "NEW_ENERGY" },
        });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var researcher = await fixture.SignedInAsAsync(Roles.Researcher);

        var hit = await EventuallyAsync(researcher, new { text = "수소 액화 밸브 실링", kinds = new[] { "Need" } }, h => h.GetProperty("id").GetGuid() == id);

        Assert.Equal("Need", hit.GetProperty("kind").GetString());
        Assert.Equal("극저온 수소 액화 밸브 실링 소재", hit.GetProperty("nameKo").GetString());
        Assert.Equal("Company", hit.GetProperty("owner").GetProperty("kind").GetString());
        Assert.Equal((3, 4), (hit.GetProperty("trlMin").GetInt32(), hit.GetProperty("trlMax").GetInt32()));
        var defaults = await (await researcher.PostAsJsonAsync("/api/v1/matching/partners", new { text = "수소 액화 밸브 실링" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.DoesNotContain(defaults.GetProperty("hits").EnumerateArray(), h => h.GetProperty("kind").GetString() == "Need");
    }

    [Fact]
    public async Task FindPartners_EquipmentCreatedThenDeleted_IsFoundThenLeavesTheIndexAndTheResults()
    {
        var client = await fixture.SignedInAsAsync(Roles.CenterOperator);
        var center = (await client.GetFromJsonAsync<JsonElement>("/api/v1/organizations?kind=EquipmentCenter&pageSize=1")).GetProperty("items")[0].GetProperty("id").GetGuid();
        Guid id;
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<EquipmentService>().CreateAsync(new EquipmentInput(
                center, "테라헤르츠 분광 이미징 장비", "Terahertz spectroscopic imaging system", "ELECTRICAL_ELECTRONICS", 3, 6,
                "테라헤르츠 대역 비파괴 분광 이미징으로 반도체 패키지 내부 결함을 검사합니다.", Stages: ["APPLIED_RESEARCH", "DEVELOPMENT"],
                Services: [EquipmentServiceKind.TestAnalysis], Fields: ["SEMICONDUCTOR"]));
        }

        var query = new { text = "테라헤르츠 분광 이미징 패키지 결함", kinds = new[] { "Equipment" } };
        var hit = await EventuallyAsync(client, query, h => h.GetProperty("id").GetGuid() == id);
        Assert.Equal("Equipment", hit.GetProperty("kind").GetString());
        Assert.Equal(center, hit.GetProperty("owner").GetProperty("id").GetGuid());

        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<EquipmentService>().DeleteAsync(id);
        }

        var index = fixture.App.Services.GetRequiredService<PartnerIndex>();
        for (var attempt = 0; attempt < 100 && index.Engine.Index.Contains(EntityDocuments.EquipmentPrefix + id.ToString("N")); attempt++)
        {
            await Task.Delay(100);
        }

        Assert.False(index.Engine.Index.Contains(EntityDocuments.EquipmentPrefix + id.ToString("N")));
        var after = await (await client.PostAsJsonAsync("/api/v1/matching/partners", query)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.DoesNotContain(after.GetProperty("hits").EnumerateArray(), h => h.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task FindPartnersPage_KindEquipment_ListsOnlyEquipmentLinkedToItsPages()
    {
        var client = await fixture.SignedInAsAsync(Roles.Coordinator);

        var html = await client.GetStringAsync("/matching?need=" + Uri.EscapeDataString("항온항습 챔버 신뢰성 시험") + "&kind=Equipment");

        Assert.Contains("data-kind=\"Equipment\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-kind=\"Person\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/facilities/equipment/", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Need\"", html, StringComparison.Ordinal);
    }

    /// <summary>Searches until a hit is <paramref name="wanted"/> (the index follows saves in the background), up to ten seconds.</summary>
    private static async Task<JsonElement> EventuallyAsync(HttpClient client, object query, Func<JsonElement, bool> wanted)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var result = await (await client.PostAsJsonAsync("/api/v1/matching/partners", query)).Content.ReadFromJsonAsync<JsonElement>();
            var hits = result.GetProperty("hits").EnumerateArray().Where(wanted).ToList();
            if (hits.Count > 0)
            {
                return hits[0];
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The partner index did not pick up the change within ten seconds.");
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

    [Fact]
    public async Task FindPartnersPage_OneGroup_ListsMoreThanThePreviewCapAndLoadsMoreOnRequest()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var need = "/matching?need=" + Uri.EscapeDataString("전고체 배터리 고체전해질 공동연구");

        var all = await client.GetStringAsync(need);
        var people = await client.GetStringAsync(need + "&kind=Person");
        var fewer = await client.GetStringAsync(need + "&kind=Person&top=7");
        var bad = await client.GetAsync(need + "&kind=Person&top=lots");

        Assert.Contains("이 묶음의 결과 더 보기", all, StringComparison.Ordinal); // the all-groups preview is capped at 15 a group
        Assert.Equal(50, Hits(people));
        Assert.Contains("data-testid=\"group-load-more\"", people, StringComparison.Ordinal);
        Assert.Contains("top=100", people, StringComparison.Ordinal);
        Assert.Equal(7, Hits(fewer));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
    }

    [Fact]
    public async Task FindPartnersPage_NeedWithPreferredCountriesOnlyThose_KeepsOtherCountriesOut()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var (needId, preferred) = await fixture.QueryAsync(async db =>
        {
            var need = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
                db.TechnologyNeeds.Where(n => n.Countries.Count > 0 && n.Countries.All(c => c.CountryCode != "KR")).OrderBy(n => n.Id));
            var codes = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                db.Set<Core.Marketplace.TechnologyNeedCountry>().Where(c => c.NeedId == need.Id).Select(c => c.CountryCode));
            return (need.Id, codes);
        });
        var path = $"/matching?needId={needId}&kind=Person";

        var ranked = await client.GetStringAsync(path);
        var only = await client.GetStringAsync(path + "&only=1");

        Assert.Contains("data-testid=\"only-preferred\"", ranked, StringComparison.Ordinal);
        Assert.Contains(Countries(ranked), c => !preferred.Contains(c));
        Assert.NotEmpty(Countries(only));
        Assert.All(Countries(only), c => Assert.Contains(c, preferred));
        Assert.Contains("다른 나라도 보기", only, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindPartners_StageAndBudget_KeepOutTechnologiesOfOtherStagesAndOverTheBudget()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);
        const long budget = 50_000_000;

        var result = await (await client.PostAsJsonAsync("/api/v1/matching/partners",
            new { text = "배터리 전극 소재 제조 기술", kinds = new[] { "Technology" }, rndStage = "DEVELOPMENT", budgetKrw = budget, top = 50 }))
            .Content.ReadFromJsonAsync<JsonElement>();

        var hits = result.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.InRange(h.GetProperty("trlMin").GetInt32(), 5, 6)); // the development stage is TRL 5–6
        var ids = hits.Select(h => h.GetProperty("id").GetGuid()).ToList();
        var fees = await fixture.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.PublicTechnologies.Where(t => ids.Contains(t.Id)).Select(t => t.FeeMinKrw)));
        Assert.All(fees, fee => Assert.True(fee is null || fee <= budget, $"fee {fee} is over the budget"));
        Assert.All(hits, h => Assert.Contains(h.GetProperty("confident").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False }));
    }

    [Fact]
    public async Task FindPartners_UnknownStageOrStageOutsideTheTrlOrNegativeBudget_Returns400WithFieldMessages()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var unknown = await (await client.PostAsJsonAsync("/api/v1/matching/partners", new { text = "배터리", rndStage = "MOONSHOT", budgetKrw = -1 })).ReadProblemAsync();
        var outside = await (await client.PostAsJsonAsync("/api/v1/matching/partners", new { text = "배터리", rndStage = "BASIC_RESEARCH", trlMin = 6, trlMax = 8 })).ReadProblemAsync();

        Assert.Contains("알 수 없는 R&D 단계 코드입니다: MOONSHOT", unknown.FieldErrors("RndStage"));
        Assert.NotEmpty(unknown.FieldErrors("BudgetKrw"));
        Assert.Contains(outside.FieldErrors("RndStage"), m => m.Contains("TRL 1–2", StringComparison.Ordinal) && m.Contains("6–8과 겹치지", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FindPartners_OnlyCommonWords_NoHitIsConfident_ASpecificNeedHasConfidentHits()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var vague = await (await client.PostAsJsonAsync("/api/v1/matching/partners", new { text = "기술 개발 시스템", top = 10 })).Content.ReadFromJsonAsync<JsonElement>();
        var specific = await (await client.PostAsJsonAsync("/api/v1/matching/partners", new { text = "반도체 식각 공정 전문가", kinds = new[] { "Person" }, top = 10 })).Content.ReadFromJsonAsync<JsonElement>();

        var vagueHits = vague.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(vagueHits);
        Assert.All(vagueHits, h => Assert.False(h.GetProperty("confident").GetBoolean()));
        Assert.All(vagueHits.SelectMany(h => h.GetProperty("matched").EnumerateArray()), m => Assert.True(m.GetProperty("common").GetBoolean()));
        var first = specific.GetProperty("hits").EnumerateArray().First();
        Assert.True(first.GetProperty("confident").GetBoolean());
        Assert.Contains(first.GetProperty("matched").EnumerateArray(), m => m.GetProperty("term").GetString() == "식각" && !m.GetProperty("common").GetBoolean());
    }

    [Fact]
    public async Task FindPartners_InflectedWords_ExplainedInTheWordsAsWrittenNeverStems()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var korean = await (await client.PostAsJsonAsync("/api/v1/matching/partners", new { text = "반도체를 식각하는 장비", kinds = new[] { "Equipment" }, top = 5 })).Content.ReadFromJsonAsync<JsonElement>();
        var english = await (await client.PostAsJsonAsync("/api/v1/matching/partners", new { text = "batteries durability testing", kinds = new[] { "Equipment" }, top = 5 })).Content.ReadFromJsonAsync<JsonElement>();

        var koreanTerms = korean.GetProperty("hits").EnumerateArray().SelectMany(h => h.GetProperty("matched").EnumerateArray()).Select(m => m.GetProperty("term").GetString()).ToList();
        var englishTerms = english.GetProperty("hits").EnumerateArray().SelectMany(h => h.GetProperty("matched").EnumerateArray()).Select(m => m.GetProperty("term").GetString()).ToList();
        Assert.Contains("반도체", koreanTerms); // "반도체를" reduced to its stem, shown, not dropped
        Assert.NotEmpty(englishTerms);
        Assert.DoesNotContain(englishTerms, t => t is "batteri" or "durabl" or "test");
    }

    [Fact]
    public async Task FindPartnersPage_ReadinessFilters_ShownAppliedAndWordsRefused()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var need = "/matching?need=" + Uri.EscapeDataString("배터리 전극 소재 제조 기술") + "&kind=Technology";

        var filtered = await client.GetStringAsync(need + "&stage=DEVELOPMENT&trlMin=&trlMax=&budget=50000000");
        var words = await client.GetStringAsync(need + "&budget=" + Uri.EscapeDataString("오천만") + "&trlMin=high");
        var english = await client.GetStringAsync(need + "&budget=lots&culture=en");

        Assert.Contains("data-testid=\"readiness-filters\"", filtered, StringComparison.Ordinal);
        Assert.Contains("<option value=\"DEVELOPMENT\" selected", filtered, StringComparison.Ordinal);
        Assert.Contains("value=\"50000000\"", filtered, StringComparison.Ordinal);
        Assert.NotEmpty(Trls(filtered));
        Assert.All(Trls(filtered), t => Assert.InRange(t, 5, 6));
        Assert.Contains("예산 상한(원)에 숫자가 아닌 값이 있습니다: 오천만", words, StringComparison.Ordinal);
        Assert.Contains("TRL에 숫자가 아닌 값이 있습니다: high", words, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"match-hit\"", words, StringComparison.Ordinal);
        Assert.Contains("Budget up to (KRW) must be a number, not &quot;lots&quot;.", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindPartnersPage_VagueNeed_FoldsWeakerMatchesAndSaysSo()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var html = await client.GetStringAsync("/matching?need=" + Uri.EscapeDataString("기술 개발 시스템"));

        Assert.Contains("data-testid=\"no-confident\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"weaker-matches\"", html, StringComparison.Ordinal);
        Assert.Contains("약한 일치", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-confident=\"true\"", html, StringComparison.Ordinal);
    }

    private static List<int> Trls(string html) =>
        [.. System.Text.RegularExpressions.Regex.Matches(html, "<span class=\"sub\">TRL (\\d)").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    private static List<string> Countries(string html) =>
        [.. System.Text.RegularExpressions.Regex.Matches(html, "data-testid=\"match-hit\" data-country=\"([A-Z]*)\"").Select(m => m.Groups[1].Value)];

    private static int Hits(string html) => System.Text.RegularExpressions.Regex.Count(html, "data-testid=\"match-hit\"");
}

[Collection(OnSqlite.Name)]
public sealed class FindPartnersSqliteTests(SqliteAppFixture fixture) : FindPartnersTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class FindPartnersPostgresTests(PostgresAppFixture fixture) : FindPartnersTests(fixture);
