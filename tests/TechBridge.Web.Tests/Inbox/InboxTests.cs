using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Notifications;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Inbox;

/// <summary>The inbox through the API and the portal, each user seeing only their own messages; mail in the test host.</summary>
public abstract class InboxTests(AppFixture fixture)
{
    private const string Password = "Right-password-42";

    [Fact]
    public async Task InboxApi_AnotherUsersMessage_Returns404AndStaysUnread()
    {
        var owner = await CreateUserAsync("ko");
        var other = await CreateUserAsync("ko");
        var id = await NotifyAsync(owner.Id, "한국생산기술연구원");
        var otherClient = await fixture.SignedInClientAsync(other.Email, Password);

        var get = await otherClient.GetAsync($"/api/v1/inbox/{id}");
        var read = await otherClient.PostAsync($"/api/v1/inbox/{id}/read", null);
        var readAll = await otherClient.PostAsync("/api/v1/inbox/read-all", null);
        var list = await otherClient.GetFromJsonAsync<JsonElement>("/api/v1/inbox");
        var page = await otherClient.GetAsync($"/inbox/{id}");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(0, (await readAll.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("marked").GetInt32());
        Assert.Equal(0, list.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        var ownerClient = await fixture.SignedInClientAsync(owner.Email, Password);
        var message = await ownerClient.GetFromJsonAsync<JsonElement>($"/api/v1/inbox/{id}");
        Assert.Equal(JsonValueKind.Null, message.GetProperty("readAt").ValueKind);
        Assert.Equal("[TechBridge] 한국생산기술연구원 소속 연결이 승인되었습니다", message.GetProperty("subject").GetString());
    }

    [Fact]
    public async Task InboxApi_MarkReadAndReadAll_LowerTheUnreadCount()
    {
        var user = await CreateUserAsync("en");
        var older = await NotifyAsync(user.Id, "KIMM");
        var newer = await NotifyAsync(user.Id, "KITECH");
        var third = await NotifyAsync(user.Id, "ETRI");
        var client = await fixture.SignedInClientAsync(user.Email, Password);

        var before = await client.GetFromJsonAsync<JsonElement>("/api/v1/inbox");
        var read = await client.PostAsync($"/api/v1/inbox/{newer}/read", null);
        var readAgain = await client.PostAsync($"/api/v1/inbox/{newer}/read", null);
        var afterOne = await client.GetFromJsonAsync<JsonElement>("/api/v1/inbox?pageSize=2");
        var readAll = await client.PostAsync("/api/v1/inbox/read-all", null);
        var afterAll = await client.GetFromJsonAsync<JsonElement>("/api/v1/inbox");

        Assert.Equal((3, 3), (before.GetProperty("total").GetInt32(), before.GetProperty("unread").GetInt32()));
        Assert.Equal([third, newer, older], before.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal("[TechBridge] Your link to ETRI was approved", before.GetProperty("items")[0].GetProperty("subject").GetString());
        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (read.StatusCode, readAgain.StatusCode));
        Assert.Equal(2, afterOne.GetProperty("unread").GetInt32());
        Assert.Equal(2, afterOne.GetProperty("items").GetArrayLength());
        Assert.Equal(2, afterOne.GetProperty("pageCount").GetInt32());
        Assert.Equal(2, (await readAll.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("marked").GetInt32());
        Assert.Equal(0, afterAll.GetProperty("unread").GetInt32());
    }

    [Fact]
    public async Task InboxApi_SignedOut_Returns401()
    {
        var client = fixture.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/inbox")).StatusCode);
    }

    [Fact]
    public async Task InboxPage_InKoreanAndEnglish_ListsMessagesWithTheUnreadBadgeUntilOpened()
    {
        var user = await CreateUserAsync("ko");
        var id = await NotifyAsync(user.Id, "한국전자통신연구원");
        var client = await fixture.SignedInClientAsync(user.Email, Password);

        var korean = await client.GetStringAsync("/inbox");
        var english = await client.GetStringAsync("/inbox?culture=en");
        var opened = await client.GetStringAsync($"/inbox/{id}?culture=ko");
        var afterOpening = await client.GetStringAsync("/inbox?culture=ko");

        Assert.Contains("<h1>알림함</h1>", korean, StringComparison.Ordinal);
        Assert.Contains("읽지 않은 알림 1건", korean, StringComparison.Ordinal);
        Assert.Contains("[TechBridge] 한국전자통신연구원 소속 연결이 승인되었습니다", korean, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"inbox-badge\"", korean, StringComparison.Ordinal);
        Assert.Contains("모두 읽음으로 표시", korean, StringComparison.Ordinal);
        Assert.Contains("<h1>Inbox</h1>", english, StringComparison.Ordinal);
        Assert.Contains("1 unread", english, StringComparison.Ordinal);
        Assert.Contains("Mark all as read", english, StringComparison.Ordinal);
        Assert.Contains("href=\"/directory/organizations\"", opened, StringComparison.Ordinal);
        Assert.Contains("관련 화면으로 이동", opened, StringComparison.Ordinal);
        Assert.Contains("읽지 않은 알림 0건", afterOpening, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"inbox-badge\"", afterOpening, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InboxPage_MarkAllReadForm_MarksEveryMessageRead()
    {
        var user = await CreateUserAsync("en");
        await NotifyAsync(user.Id, "KIMM");
        await NotifyAsync(user.Id, "KITECH");
        var client = await fixture.SignedInClientAsync(user.Email, Password);

        var response = await client.PostFormAsync("/inbox", "read-all", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Marked 2 message(s) as read.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/v1/inbox")).GetProperty("unread").GetInt32());
    }

    [Fact]
    public async Task Notify_InTheTestHost_WritesTheMailAsEmlUnderItsDataDirectory()
    {
        var user = await CreateUserAsync("en");
        var mail = Path.Combine(fixture.App.Database.DataDirectory, "mail");

        await NotifyAsync(user.Id, "KIMM");

        var file = await WaitForFileAsync(mail, user.Email);
        var message = await MimeKit.MimeMessage.LoadAsync(file);
        Assert.Equal("[TechBridge] Your link to KIMM was approved", message.Subject);
        Assert.Contains("http://localhost:5080/directory/organizations", message.TextBody, StringComparison.Ordinal);
    }

    private static async Task<string> WaitForFileAsync(string directory, string address)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (true)
        {
            var match = System.IO.Directory.Exists(directory)
                ? System.IO.Directory.GetFiles(directory, "*.eml").FirstOrDefault(f => File.ReadAllText(f).Contains(address, StringComparison.Ordinal))
                : null;
            if (match is not null)
            {
                return match;
            }

            Assert.True(DateTime.UtcNow < deadline, $"No .eml for {address} in {directory} within 15 s.");
            await Task.Delay(50);
        }
    }

    private async Task<(Guid Id, string Email)> CreateUserAsync(string culture)
    {
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);
        var email = $"inbox-{Guid.NewGuid():N}@example.com";
        var response = await admin.PostAsJsonAsync("/api/v1/admin/users", new
        {
            email,
            displayName = culture == "en" ? "Inbox Tester" : "알림 테스터",
            password = Password,
            roles = new[] { Roles.Researcher },
            culture,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return ((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), email);
    }

    /// <summary>Notifies the user the way a workflow does (notifier and save in one scope); returns the new message's id.</summary>
    private async Task<Guid> NotifyAsync(Guid userId, string organization)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>();
        await scope.ServiceProvider.GetRequiredService<INotifier>()
            .NotifyUserAsync(userId, Notice.Of(NoticeTemplates.AccountLinkApproved, "/directory/organizations", ("organization", organization)));
        await db.SaveChangesAsync();
        return db.ChangeTracker.Entries<InboxMessage>().Single().Entity.Id;
    }
}

[Collection(OnSqlite.Name)]
public sealed class InboxSqliteTests(SqliteAppFixture fixture) : InboxTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class InboxPostgresTests(PostgresAppFixture fixture) : InboxTests(fixture);
