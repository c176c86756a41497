using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using TechBridge.Core.Accounts;
using TechBridge.Web.Tests.Facilities;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Matching;

public abstract class GlossaryAdminTests(AppFixture fixture)
{
    [Fact]
    public async Task AddPair_ByAdministrator_AppliesToPartnerSearchWithoutRestart()
    {
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);
        var random = new Random();
        var korean = "가상" + new string([.. Enumerable.Range(0, 4).Select(_ => (char)random.Next(0xAC00, 0xD7A4))]);
        var english = "zorbium" + new string([.. Enumerable.Range(0, 6).Select(_ => (char)random.Next('a', 'z' + 1))]);
        var created = await admin.PostAsJsonAsync("/api/v1/organizations", new
        {
            kind = "ResearchInstitute", nameKo = $"{korean} 연구소", countryCode = "KR", description = $"{korean} 합성과 응용을 연구한다.",
        });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await WaitUntilFoundAsync(admin, korean, id);
        Assert.False(await FoundAsync(admin, english, id));

        var added = await admin.PostAsJsonAsync("/api/v1/admin/glossary", new { korean, english, fields = new[] { "CORE_MATERIALS" } });

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.True(await FoundAsync(admin, english, id));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/organizations/{id}")).StatusCode);
    }

    [Fact]
    public async Task AddPair_Duplicate_Returns400AndImportSkipsExistingPairs()
    {
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);
        var pair = new { korean = $"중복검사{Guid.NewGuid():N}"[..12], english = "duplicate check" };
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/admin/glossary", pair)).StatusCode);

        var again = await admin.PostAsJsonAsync("/api/v1/admin/glossary", pair);
        using var csv = new StringContent($"ko,en,fields,note\n{pair.korean},{pair.english},IP,\n새용어{Guid.NewGuid():N},new term,IP,\n", Encoding.UTF8, "text/csv");
        var imported = await (await admin.PostAsync("/api/v1/admin/glossary/import", csv)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("이미 등록된 용어 쌍입니다.", (await again.ReadProblemAsync()).FieldErrors("English"));
        Assert.Equal(1, imported.GetProperty("added").GetInt32());
        Assert.Equal(1, imported.GetProperty("skipped").GetInt32());
    }

    [Fact]
    public async Task Import_MalformedCsv_Returns400NamingTheLine()
    {
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);
        using var csv = new StringContent("ko,en,fields,note\n반도체,,SEMICONDUCTOR,\n", Encoding.UTF8, "text/csv");

        var response = await admin.PostAsync("/api/v1/admin/glossary/import", csv);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains((await response.ReadProblemAsync()).FieldErrors("file"), m => m.Contains("line 2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GlossaryApiAndPage_NonAdministrator_AreForbidden()
    {
        var pm = await fixture.SignedInAsAsync(Roles.ProgramManager);

        Assert.Equal(HttpStatusCode.Forbidden, (await pm.GetAsync("/api/v1/admin/glossary")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await pm.GetAsync("/admin/glossary")).StatusCode);
    }

    [Fact]
    public async Task GlossaryPage_Administrator_RendersInKorean()
    {
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);

        var html = await admin.GetStringAsync("/admin/glossary");

        Assert.Contains("국영 기술 용어집", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"glossary-table\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListPairs_ShippedPairs_AreListedWithTheirOriginAndNote()
    {
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);

        var seeded = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/glossary?q=" + Uri.EscapeDataString("세포") + "&seeded=true");
        var page = await admin.GetStringAsync("/admin/glossary?origin=seeded&q=" + Uri.EscapeDataString("세포"));

        var cell = seeded.GetProperty("items").EnumerateArray().Single(t => t.GetProperty("korean").GetString() == "세포" && t.GetProperty("english").GetString() == "cell");
        Assert.True(cell.GetProperty("seeded").GetBoolean());
        Assert.Contains("ADVANCED_BIO", cell.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.False(string.IsNullOrEmpty(cell.GetProperty("note").GetString()));
        Assert.True(seeded.GetProperty("total").GetInt32() >= 1);
        Assert.Contains("기본 제공", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"glossary-edit\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditShippedPair_AppliesToSearch_AndTheNextStartKeepsTheEdit()
    {
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);
        var pair = await ShippedPairAsync(admin, "반도체 희귀가스", "noble gas");
        var id = pair.GetProperty("id").GetGuid();
        var get = await admin.GetAsync($"/api/v1/admin/glossary/{id}");
        var english = "noble gas supply " + Guid.NewGuid().ToString("N")[..6];

        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/admin/glossary/{id}")
        {
            Content = JsonContent.Create(new { korean = "반도체 희귀가스", english, fields = new[] { "SEMICONDUCTOR" }, note = "네온·크립톤·제논" }),
        };
        put.Headers.IfMatch.Add(get.Headers.ETag!);
        var updated = await admin.SendAsync(put);
        var reseeded = await fixture.QueryAsync(db => TechBridge.Core.Matching.GlossarySeeder.SeedAsync(db, DateTimeOffset.UtcNow));
        var after = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/glossary/{id}");
        var original = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/glossary?q=" + Uri.EscapeDataString("noble gas"));

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(0, reseeded);
        Assert.Equal(english, after.GetProperty("english").GetString());
        Assert.True(after.GetProperty("seeded").GetBoolean());
        Assert.DoesNotContain(original.GetProperty("items").EnumerateArray(), t => t.GetProperty("english").GetString() == "noble gas" && t.GetProperty("korean").GetString() == "반도체 희귀가스");
        var search = await (await admin.PostAsJsonAsync("/api/v1/matching/partners", new { text = "반도체 희귀가스" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(english.Split(' ')[^1], search.GetProperty("expansions").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task DeleteShippedPair_StaysDeletedAfterTheNextStart_AddingItAgainBringsItBack()
    {
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);
        var pair = await ShippedPairAsync(admin, "반도체 희귀가스", "rare gas");
        var id = pair.GetProperty("id").GetGuid();

        var deleted = await admin.DeleteAsync($"/api/v1/admin/glossary/{id}");
        var reseeded = await fixture.QueryAsync(db => TechBridge.Core.Matching.GlossarySeeder.SeedAsync(db, DateTimeOffset.UtcNow));
        var gone = await admin.GetAsync($"/api/v1/admin/glossary/{id}");
        var listed = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/glossary?q=" + Uri.EscapeDataString("rare gas"));
        var again = await admin.PostAsJsonAsync("/api/v1/admin/glossary", new { korean = "반도체 희귀가스", english = "rare gas", fields = new[] { "SEMICONDUCTOR" } });

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(0, reseeded);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.DoesNotContain(listed.GetProperty("items").EnumerateArray(), t => t.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        var restored = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(id, restored.GetProperty("id").GetGuid());
        Assert.True(restored.GetProperty("seeded").GetBoolean());
    }

    [Fact]
    public async Task EditPage_ShippedPair_SavesAndRefusesAnEmptyTermWithAFieldMessage()
    {
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);
        var pair = await ShippedPairAsync(admin, "반도체 특수가스", "specialty gas");
        var path = $"/admin/glossary/{pair.GetProperty("id").GetGuid()}";
        var version = pair.GetProperty("version").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var page = await admin.GetStringAsync(path);
        var empty = await admin.PostFormAsync(path, "glossary-edit", new Dictionary<string, string>
        {
            ["Version"] = version, ["Korean"] = "", ["English"] = "specialty gas", ["Fields"] = "SEMICONDUCTOR", ["Note"] = "",
        });
        var saved = await admin.PostFormAsync(path, "glossary-edit", new Dictionary<string, string>
        {
            ["Version"] = version, ["Korean"] = "반도체 특수가스", ["English"] = "specialty gas", ["Fields"] = "SEMICONDUCTOR; ELECTRICAL_ELECTRONICS", ["Note"] = "공정용 가스",
        });
        var pm = await fixture.SignedInAsAsync(Roles.ProgramManager);

        Assert.Contains("기본 제공", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("field-error", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("저장했습니다.", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/glossary/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await pm.GetAsync(path)).StatusCode);
    }

    private static async Task<JsonElement> ShippedPairAsync(HttpClient admin, string korean, string english)
    {
        var list = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/glossary?seeded=true&pageSize=100&q=" + Uri.EscapeDataString(korean));
        return list.GetProperty("items").EnumerateArray().Single(t => t.GetProperty("korean").GetString() == korean && t.GetProperty("english").GetString() == english);
    }

    private static async Task<bool> FoundAsync(HttpClient client, string text, Guid id)
    {
        var result = await (await client.PostAsJsonAsync("/api/v1/matching/partners", new { text })).Content.ReadFromJsonAsync<JsonElement>();
        return result.GetProperty("hits").EnumerateArray().Any(h => h.GetProperty("id").GetGuid() == id);
    }

    private static async Task WaitUntilFoundAsync(HttpClient client, string text, Guid id)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (await FoundAsync(client, text, id))
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"'{text}' never found {id}.");
    }
}

[Collection(OnSqlite.Name)]
public sealed class GlossaryAdminSqliteTests(SqliteAppFixture fixture) : GlossaryAdminTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class GlossaryAdminPostgresTests(PostgresAppFixture fixture) : GlossaryAdminTests(fixture);
