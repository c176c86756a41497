using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TechBridge.Core.Accounts;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Admin;

public abstract class AuditScreenTests(AppFixture fixture)
{
    [Fact]
    public async Task AuditPage_KoreanChange_ShowsKoreanTextAndInstantsInKst()
    {
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);
        var id = await CreateOrganizationAsync(admin);

        var html = await admin.GetStringAsync($"/admin/audit?entityType=Organization&entityId={id}");

        Assert.Contains("&quot;NameKo&quot;:&quot;감사가독성기업&quot;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", html, StringComparison.Ordinal);
        Assert.Matches("&quot;CreatedAt&quot;:&quot;\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} KST&quot;", html);
    }

    [Fact]
    public async Task AuditExport_KoreanChange_HasKoreanTextAndKstInstants()
    {
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);
        var id = await CreateOrganizationAsync(admin);

        var response = await admin.GetAsync($"/api/v1/admin/audit/export?entityType=Organization&entityId={id}&format=csv");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("감사가독성기업", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("+00:00", csv, StringComparison.Ordinal);
        Assert.Matches("\"\"CreatedAt\"\":\"\"\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} KST\"\"", csv);
    }

    private static async Task<Guid> CreateOrganizationAsync(HttpClient admin)
    {
        var created = await admin.PostAsJsonAsync("/api/v1/organizations", new
        {
            kind = "Company", nameKo = "감사가독성기업", nameEn = "Audit Readable Co", countryCode = "KR", sizeClass = "Small",
            industryCode = "MACHINERY_ROBOTICS", fields = new[] { "INTELLIGENT_ROBOT" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}

[Collection(OnSqlite.Name)]
public sealed class AuditScreenTestsOnSqlite(SqliteAppFixture fixture) : AuditScreenTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class AuditScreenTestsOnPostgres(PostgresAppFixture fixture) : AuditScreenTests(fixture);
