using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using TechBridge.Core.Accounts;
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
