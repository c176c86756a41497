using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using TechBridge.Core.Accounts;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Matching;

/// <summary>Issue 7 defects 8 and 9: glossary pairs are checked against the taxonomy and length limits, by the API and the CSV import alike, and a race on one pair never ends in a 500.</summary>
public abstract class GlossaryValidationTests(AppFixture fixture)
{
    [Fact]
    public async Task AddPair_HugeOrUnknownFieldCode_Returns400NamingFields()
    {
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);

        var huge = await admin.PostAsJsonAsync("/api/v1/admin/glossary", new { korean = "거대", english = "huge", fields = new[] { new string('A', 28_889) } });
        var unknown = await admin.PostAsJsonAsync("/api/v1/admin/glossary", new { korean = "미지", english = "unknown", fields = new[] { "NOT_A_FIELD" } });

        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        Assert.NotEmpty((await huge.ReadProblemAsync()).FieldErrors("fields"));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains((await unknown.ReadProblemAsync()).FieldErrors("fields"), m => m.Contains("NOT_A_FIELD", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddPair_FieldIndustryAndTopicCodes_AreAccepted()
    {
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);

        var response = await admin.PostAsJsonAsync("/api/v1/admin/glossary", new
        {
            korean = $"코드{Guid.NewGuid():N}"[..14], english = "codes", fields = new[] { "SECONDARY_BATTERY", "BIO", "IP" },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Import_OneBadRow_AddsNothingAndNamesEveryBadLine()
    {
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);
        var good = $"좋은행{Guid.NewGuid():N}"[..14];
        var csv = $"ko,en,fields,note\n{good},good row,IP,\n나쁜행,bad row,NOT_A_FIELD,\n긴행,{new string('x', 300)},IP,\n";
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");

        var response = await admin.PostAsync("/api/v1/admin/glossary/import", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var messages = (await response.ReadProblemAsync()).FieldErrors("file");
        Assert.Contains(messages, m => m.StartsWith("3번째 줄:", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("4번째 줄:", StringComparison.Ordinal));
        var listed = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/glossary?q={Uri.EscapeDataString(good)}");
        Assert.Equal(0, listed.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task AddPair_TwentyAtOnce_OneCreatedOthersRefusedWithoutServerError()
    {
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);
        var pair = new { korean = $"경합{Guid.NewGuid():N}"[..14], english = "race" };

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => admin.PostAsJsonAsync("/api/v1/admin/glossary", pair)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created),
            r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.Conflict }));
        foreach (var conflict in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            Assert.NotEmpty((await conflict.ReadProblemAsync()).FieldErrors("english"));
        }
    }
}

[Collection(OnSqlite.Name)]
public sealed class GlossaryValidationSqliteTests(SqliteAppFixture fixture) : GlossaryValidationTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class GlossaryValidationPostgresTests(PostgresAppFixture fixture) : GlossaryValidationTests(fixture);
