using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TechBridge.Core.Accounts;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Accounts;

/// <summary>The e-mail delivery setting through the API and the account page: each person changes only their own.</summary>
public abstract class NotificationSettingsTests(AppFixture fixture)
{
    private const string Password = "Right-password-42";
    private const string Path = "/api/v1/account/notification-settings";

    [Fact]
    public async Task SettingsApi_PutThenGet_ChangesOnlyTheCallersOwnSetting()
    {
        var owner = await SignedInNewUserAsync("ko");
        var other = await SignedInNewUserAsync("ko");

        var before = await owner.GetFromJsonAsync<JsonElement>(Path);
        var put = await owner.PutAsJsonAsync(Path, new { emailDelivery = "DailyDigest" });
        var after = await owner.GetFromJsonAsync<JsonElement>(Path);
        var others = await other.GetFromJsonAsync<JsonElement>(Path);

        Assert.Equal("Immediately", before.GetProperty("emailDelivery").GetString());
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("DailyDigest", (await put.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("emailDelivery").GetString());
        Assert.Equal("DailyDigest", after.GetProperty("emailDelivery").GetString());
        Assert.Equal("Immediately", others.GetProperty("emailDelivery").GetString());
    }

    [Theory]
    [InlineData("ko", "\"Weekly\"", "알 수 없는 메일 수신 방식 코드입니다: Weekly")]
    [InlineData("en", "\"Weekly\"", "E-mail delivery: unknown code 'Weekly'.")]
    [InlineData("ko", "null", "메일 수신 방식을 고르세요.")]
    [InlineData("en", "\"\"", "Select E-mail delivery.")]
    public async Task SettingsApi_BadValue_Returns400ProblemWithTheFieldMessageAndKeepsTheSetting(string culture, string value, string expected)
    {
        var client = await SignedInNewUserAsync(culture);
        await client.PutAsJsonAsync(Path, new { emailDelivery = "InboxOnly" });

        using var body = new StringContent($"{{\"emailDelivery\":{value}}}", System.Text.Encoding.UTF8, "application/json");
        var response = await client.PutAsync($"{Path}?culture={culture}", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal([expected], problem.FieldErrors("emailDelivery"));
        Assert.Equal("InboxOnly", (await client.GetFromJsonAsync<JsonElement>(Path)).GetProperty("emailDelivery").GetString());
    }

    [Fact]
    public async Task SettingsApi_SignedOut_Returns401()
    {
        var client = fixture.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(Path)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PutAsJsonAsync(Path, new { emailDelivery = "InboxOnly" })).StatusCode);
    }

    [Fact]
    public async Task AccountPage_SettingsForm_SavesAndShowsAFieldMessageOnABadValueInKoreanAndEnglish()
    {
        var client = await SignedInNewUserAsync("ko");

        var page = await client.GetStringAsync("/account/security?culture=ko");
        var saved = await client.PostFormAsync("/account/security?culture=ko", "notification-settings", [new("EmailDelivery", "InboxOnly")]);
        var savedHtml = await saved.Content.ReadAsStringAsync();
        var bad = await client.PostFormAsync("/account/security?culture=en", "notification-settings", [new("EmailDelivery", "Hourly")]);
        var badHtml = await bad.Content.ReadAsStringAsync();

        Assert.Contains("메일 수신 방식", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Immediately\" checked", page, StringComparison.Ordinal);
        Assert.Contains("매일 8시(한국 시간)", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("알림 설정을 저장했습니다.", savedHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"InboxOnly\" checked", savedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("E-mail delivery: unknown code &#x27;Hourly&#x27;.", badHtml, StringComparison.Ordinal);
        Assert.Contains("data-field=\"EmailDelivery\"", badHtml, StringComparison.Ordinal);
        Assert.Equal("InboxOnly", (await client.GetFromJsonAsync<JsonElement>(Path)).GetProperty("emailDelivery").GetString());
    }

    private async Task<HttpClient> SignedInNewUserAsync(string culture)
    {
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);
        var email = $"settings-{Guid.NewGuid():N}@example.com";
        var response = await admin.PostAsJsonAsync("/api/v1/admin/users", new
        {
            email,
            displayName = culture == "en" ? "Settings Tester" : "설정 테스터",
            password = Password,
            roles = new[] { Roles.Researcher },
            culture,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await fixture.SignedInClientAsync(email, Password);
    }
}

[Collection(OnSqlite.Name)]
public sealed class NotificationSettingsSqliteTests(SqliteAppFixture fixture) : NotificationSettingsTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class NotificationSettingsPostgresTests(PostgresAppFixture fixture) : NotificationSettingsTests(fixture);
