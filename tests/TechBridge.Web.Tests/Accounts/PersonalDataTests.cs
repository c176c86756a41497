using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TechBridge.Core.Accounts;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Accounts;

/// <summary>A person downloads and deletes their own data; administrators do it for a person who asks; nobody else can.</summary>
public abstract class PersonalDataTests(AppFixture fixture)
{
    private const string Password = "Right-password-42";

    [Fact]
    public async Task ExportApi_SignedIn_DownloadsTheCallersOwnDataAsJson()
    {
        var (client, email, _) = await SignedInNewUserAsync("ko");

        var response = await client.GetAsync("/api/v1/account/personal-data");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("techbridge-personal-data-", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var export = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(email, export.GetProperty("account").GetProperty("email").GetString());
        Assert.Equal("개인정보 테스터", export.GetProperty("account").GetProperty("displayName").GetString());
        Assert.True(export.GetProperty("sessions").GetArrayLength() >= 1);
    }

    [Fact]
    public async Task DeleteApi_WrongPassword_Returns400BesideThePasswordAndTheAccountStillWorks()
    {
        var (client, _, _) = await SignedInNewUserAsync("en");

        var response = await client.PostAsJsonAsync("/api/v1/account/delete?culture=en", new { password = "wrong-Password-1" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["The current password is not correct."], (await response.ReadProblemAsync()).FieldErrors("Password"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/account/")).StatusCode);
    }

    [Fact]
    public async Task DeleteApi_RightPassword_SignsOutEverywhereAndTheAddressCanNoLongerSignIn()
    {
        var (client, email, _) = await SignedInNewUserAsync("ko");
        var secondBrowser = await fixture.SignedInClientAsync(email, Password);

        var response = await client.PostAsJsonAsync("/api/v1/account/delete", new { password = Password });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await secondBrowser.GetAsync("/api/v1/account/")).StatusCode);
        var login = await fixture.CreateClient().PostFormAsync("/account/login", "login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = Password });
        Assert.NotEqual(HttpStatusCode.Redirect, login.StatusCode);
    }

    [Fact]
    public async Task SecurityPage_DeleteWithoutTheTick_ShowsTheFieldMessageInKoreanAndKeepsTheAccount()
    {
        var (client, _, _) = await SignedInNewUserAsync("ko");

        var page = await client.GetStringAsync("/account/security?culture=ko");
        var refused = await client.PostFormAsync("/account/security?culture=ko", "delete-account", [new("Password", Password)]);
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Contains("내 데이터 내려받기", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("삭제를 확인하려면 체크해 주세요.", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/account/")).StatusCode);
    }

    [Fact]
    public async Task SecurityPage_DeleteConfirmed_EndsOnTheDeletedPageSignedOut()
    {
        var (client, _, _) = await SignedInNewUserAsync("en");

        var deleted = await client.PostFormAsync("/account/security?culture=en", "delete-account",
            [new("Password", Password), new("Confirm", "true")]);
        var landing = await fixture.CreateClient().GetStringAsync("/account/deleted?culture=en");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("/account/deleted", deleted.RedirectPath());
        Assert.Contains("Your account and personal data were deleted.", landing, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/account/")).StatusCode);
    }

    [Fact]
    public async Task AdminApi_ExportAndDelete_OnlyAdministratorsAndTheAuditTrailThenSaysDeletedPerson()
    {
        var (client, email, id) = await SignedInNewUserAsync("ko");
        await client.PutAsJsonAsync("/api/v1/account/notification-settings", new { emailDelivery = "InboxOnly" });
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);
        var manager = await fixture.SignedInAsAsync(Roles.ProgramManager);

        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync($"/api/v1/admin/users/{id}/personal-data")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/api/v1/admin/users/{id}/delete", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/v1/admin/users/{id}/personal-data")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/admin/users/{Guid.NewGuid()}/personal-data")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/admin/users/{id}/delete", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/v1/admin/users/{id}/delete", null)).StatusCode);

        var audit = await admin.GetStringAsync($"/admin/audit?entityId={id}&culture=ko");
        Assert.DoesNotContain(email, audit, StringComparison.OrdinalIgnoreCase);
        var mine = await admin.GetStringAsync($"/admin/audit?actor=deleted&culture=ko");
        Assert.Contains("삭제된 사용자", mine, StringComparison.Ordinal);
    }

    private async Task<(HttpClient Client, string Email, Guid Id)> SignedInNewUserAsync(string culture)
    {
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);
        var email = $"privacy-{Guid.NewGuid():N}@example.com";
        var response = await admin.PostAsJsonAsync("/api/v1/admin/users", new
        {
            email,
            displayName = "개인정보 테스터",
            password = Password,
            roles = new[] { Roles.Researcher },
            culture,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        return (await fixture.SignedInClientAsync(email, Password), email, id);
    }
}

[Collection(OnSqlite.Name)]
public sealed class PersonalDataSqliteTests(SqliteAppFixture fixture) : PersonalDataTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class PersonalDataPostgresTests(PostgresAppFixture fixture) : PersonalDataTests(fixture);
