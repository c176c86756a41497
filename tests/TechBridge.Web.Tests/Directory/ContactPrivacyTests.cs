using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TechBridge.Core.Accounts;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Directory;

/// <summary>A person with an account hides their e-mail on the security page; the directory page and API then leave it out.</summary>
public abstract class ContactPrivacyTests(AppFixture fixture)
{
    private const string Password = "Right-password-42";

    [Fact]
    public async Task HideContact_FromTheSecurityPage_DirectoryHidesTheEmailFromOthersButNotFromSelfOrStaff()
    {
        var other = await fixture.SignedInAsAsync(Roles.Coordinator);
        var (personId, email) = await PersonWithEmailAsync(other);
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);
        var created = await admin.PostAsJsonAsync("/api/v1/admin/users", new
        {
            email, displayName = "연락처 테스터", password = Password, roles = new[] { Roles.Researcher }, culture = "ko",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var self = await fixture.SignedInClientAsync(email, Password);
        var manager = await fixture.SignedInAsAsync(Roles.ProgramManager);
        var company = await fixture.SignedInAsAsync(Roles.Company);
        try
        {
            Assert.Contains("data-testid=\"hides-contact\"", await self.GetStringAsync("/account/security?culture=ko"), StringComparison.Ordinal);
            var saved = await self.PostFormAsync("/account/security?culture=ko", "contact-privacy", [new("HidesContact", "true")]);
            Assert.Contains("연락처 공개 설정을 저장했습니다.", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            var othersPage = await other.GetStringAsync($"/directory/people/{personId}?culture=ko");
            Assert.DoesNotContain(email, othersPage, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("문의에 답한 뒤 공개됩니다.", othersPage, StringComparison.Ordinal);
            var companyApi = await company.GetFromJsonAsync<JsonElement>($"/api/v1/people/{personId}");
            Assert.Equal(JsonValueKind.Null, companyApi.GetProperty("email").ValueKind);
            Assert.True(companyApi.GetProperty("contactHidden").GetBoolean());
            Assert.Contains(email, await self.GetStringAsync($"/directory/people/{personId}"), StringComparison.OrdinalIgnoreCase);
            Assert.Equal(email, (await manager.GetFromJsonAsync<JsonElement>($"/api/v1/people/{personId}")).GetProperty("email").GetString(),
                StringComparer.OrdinalIgnoreCase);
        }
        finally
        {
            await self.PostFormAsync("/account/security", "contact-privacy", []);
        }

        Assert.Contains(email, await other.GetStringAsync($"/directory/people/{personId}"), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A demo person with an e-mail and no account yet (the search is by kind; e-mail addresses are unique per person).</summary>
    private static async Task<(Guid Id, string Email)> PersonWithEmailAsync(HttpClient client)
    {
        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/people?pageSize=50&page=7");
        foreach (var item in page.GetProperty("items").EnumerateArray())
        {
            var id = item.GetProperty("id").GetGuid();
            var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/people/{id}");
            if (detail.GetProperty("email").GetString() is { Length: > 0 } email && !email.Contains("demo.techbridge", StringComparison.Ordinal))
            {
                return (id, email);
            }
        }

        throw new InvalidOperationException("No demo person with an e-mail on the page searched.");
    }
}

[Collection(OnSqlite.Name)]
public sealed class ContactPrivacySqliteTests(SqliteAppFixture fixture) : ContactPrivacyTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class ContactPrivacyPostgresTests(PostgresAppFixture fixture) : ContactPrivacyTests(fixture);
