using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TechBridge.Core.Accounts;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Admin;

public abstract class UsersAdminTests(AppFixture fixture)
{
    [Fact]
    public async Task CreateUser_InvalidInput_Returns400WithEveryFieldMessage()
    {
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);

        var response = await admin.PostAsJsonAsync("/api/v1/admin/users?culture=en", new
        {
            email = "not-an-email", displayName = "", password = "short", roles = new[] { "Wizard" }, culture = "fr",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Contains("Enter a valid e-mail address.", problem.FieldErrors("Email"));
        Assert.NotEmpty(problem.FieldErrors("DisplayName"));
        Assert.Contains("The password must be at least 10 characters and contain letters and digits.", problem.FieldErrors("Password"));
        Assert.Contains("Unknown role: Wizard", problem.FieldErrors("Roles"));
        Assert.NotEmpty(problem.FieldErrors("Culture"));
    }

    [Fact]
    public async Task CreateUser_DuplicateEmail_Returns400()
    {
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);

        var response = await admin.PostAsJsonAsync("/api/v1/admin/users", new
        {
            email = "COMPANY@demo.techbridge.kr", displayName = "중복", password = "Long-enough-123", roles = new[] { Roles.Company }, culture = "ko",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("이미 사용 중인 이메일입니다.", (await response.ReadProblemAsync()).FieldErrors("Email"));
    }

    [Fact]
    public async Task SetRoles_GrantAdministrator_EndsTheSessionAndTheNextSignInSetsUpTwoFactor()
    {
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);
        var email = $"promote-{Guid.NewGuid():N}@example.com";
        var created = await (await admin.PostAsJsonAsync("/api/v1/admin/users", new
        {
            email, displayName = "승격 대상", password = "Long-enough-123", roles = new[] { Roles.Reviewer }, culture = "ko",
        })).Content.ReadFromJsonAsync<JsonElement>();
        var user = await fixture.SignedInClientAsync(email, "Long-enough-123");
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/api/v1/admin/users")).StatusCode);

        var set = await admin.PutAsJsonAsync($"/api/v1/admin/users/{created.GetProperty("id").GetGuid()}/roles", new { roles = new[] { Roles.Reviewer, Roles.Administrator } });

        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await user.GetAsync("/api/v1/admin/users")).StatusCode);
        var again = await fixture.CreateClient().SignInAsync(email, "Long-enough-123");
        Assert.Equal("/account/two-factor/setup", again.RedirectPath());
    }

    [Fact]
    public async Task SetRoles_UnknownUser_Returns404()
    {
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);

        var response = await admin.PutAsJsonAsync($"/api/v1/admin/users/{Guid.NewGuid()}/roles", new { roles = new[] { Roles.Company } });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task UserCreatePage_InvalidPost_ShowsKoreanFieldMessages()
    {
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);

        var response = await admin.PostFormAsync("/admin/users/new", "new-user", new Dictionary<string, string>
        {
            ["Input.Email"] = "x",
            ["Input.DisplayName"] = "",
            ["Input.Password"] = "123",
            ["Input.Culture"] = "ko",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("올바른 이메일 주소를 입력하세요.", html, StringComparison.Ordinal);
        Assert.Contains("역할을 하나 이상 선택하세요.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditExport_Administrator_ReturnsCsvWithKstTimes()
    {
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);

        var response = await admin.GetAsync("/api/v1/admin/audit/export?entityType=UserAccount&format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("일시(KST)", text, StringComparison.Ordinal);
        Assert.Contains(" KST,", text, StringComparison.Ordinal);
        Assert.DoesNotContain("AQAAAA", text, StringComparison.Ordinal); // password hashes are masked
    }
}

[Collection(OnSqlite.Name)]
public sealed class UsersAdminSqliteTests(SqliteAppFixture fixture) : UsersAdminTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class UsersAdminPostgresTests(PostgresAppFixture fixture) : UsersAdminTests(fixture);
