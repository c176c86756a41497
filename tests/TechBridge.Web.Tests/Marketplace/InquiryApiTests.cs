using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TechBridge.Core.Accounts;
using TechBridge.Web.Tests.Facilities;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Marketplace;

/// <summary>
/// The inquiry API end to end: a thread started as JSON and a reply sent as a multipart form with files, read receipts and
/// closing, and problem details in the caller's language for bad input (400), a refused file (400), an unknown hit (404)
/// and a closed thread (409) — never a 500.
/// </summary>
public abstract class InquiryApiTests(AppFixture fixture)
{
    private const string Api = InquiryWorld.Api;

    [Fact]
    public async Task StartReplyReadClose_TwoParties_FollowTheThreadWithFilesAndReceipts()
    {
        var center = await fixture.DemoCenterAsync();
        var company = await fixture.SignedInAsAsync(Roles.Company);
        var operatorClient = await fixture.SignedInAsAsync(Roles.CenterOperator);

        var started = await company.PostAsJsonAsync(Api, new { kind = "Organization", subjectId = center, subject = "API 문의", body = "장비 사용 일정을 문의합니다." });
        Assert.True(started.StatusCode == HttpStatusCode.Created, await started.Content.ReadAsStringAsync());
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var received = await operatorClient.GetFromJsonAsync<JsonElement>($"{Api}?pageSize=200");
        var row = received.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal((1, "Recipient"), (row.GetProperty("unread").GetInt32(), row.GetProperty("side").GetString()));

        using var form = new MultipartFormDataContent
        {
            { new StringContent(await operatorClient.TokenAsync($"/marketplace/inquiries/{id}")), "__RequestVerificationToken" },
            { new StringContent("가능합니다. 사양서를 첨부합니다."), "body" },
            { new ByteArrayContent("%PDF-1.7\n장비 사양"u8.ToArray()), "file", "사양서.pdf" },
        };
        var reply = await operatorClient.PostAsync($"{Api}/{id}/messages", form);
        Assert.Equal(HttpStatusCode.Created, reply.StatusCode);

        var thread = await company.GetFromJsonAsync<JsonElement>($"{Api}/{id}");
        var messages = thread.GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal(2, messages.Count);
        Assert.True(messages[0].GetProperty("readByOtherSide").GetBoolean()); // the operator opened the thread page to reply
        var file = Assert.Single(messages[1].GetProperty("attachments").EnumerateArray());
        var download = await company.GetAsync($"/api/v1/attachments/{file.GetProperty("id").GetGuid()}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await fixture.OtherCompanyClientAsync()).GetAsync($"/api/v1/attachments/{file.GetProperty("id").GetGuid()}")).StatusCode);
        Assert.All(thread.GetProperty("parties").EnumerateArray(), p => Assert.NotEqual(JsonValueKind.Null, p.GetProperty("email").ValueKind));

        Assert.Equal(HttpStatusCode.NoContent, (await company.PostAsync($"{Api}/{id}/read", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await company.PostAsync($"{Api}/{id}/close", null)).StatusCode);
        var closed = await operatorClient.PostAsJsonAsync($"{Api}/{id}/messages", new { body = "추가 안내" });
        Assert.Equal(HttpStatusCode.Conflict, closed.StatusCode);
        Assert.Equal("Inquiry.Closed", (await closed.ReadProblemAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Start_BadInput_AnswersProblemDetailsInTheCallersLanguage()
    {
        var center = await fixture.DemoCenterAsync();
        var client = await fixture.SignedInAsAsync(Roles.Researcher);

        var korean = await (await client.PostAsJsonAsync(Api, new { kind = "Robot", subjectId = center, subject = " ", body = "" })).ReadProblemAsync();
        Assert.Equal(["body", "kind", "subject"], korean.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        var english = await client.PostAsJsonAsync($"{Api}?culture=en", new { kind = "Organization", subjectId = center, subject = "Hello", body = "" });
        Assert.Equal(HttpStatusCode.BadRequest, english.StatusCode);
        Assert.Contains("Message", Assert.Single((await english.ReadProblemAsync()).FieldErrors("body")), StringComparison.Ordinal);
        var notJson = await client.PostAsync(Api, new StringContent("kind=Organization", System.Text.Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notJson.StatusCode);
        await notJson.ReadProblemAsync();
        var brokenJson = await client.PostAsync(Api, new StringContent("{\"kind\":", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, brokenJson.StatusCode);
        var unknown = await client.PostAsJsonAsync(Api, new { kind = "Person", subjectId = Guid.NewGuid(), subject = "s", body = "b" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        var thread = await fixture.ThreadAsync();
        var company = await fixture.SignedInAsAsync(Roles.Company);
        using var program = new MultipartFormDataContent
        {
            { new StringContent(await company.TokenAsync($"/marketplace/inquiries/{thread}")), "__RequestVerificationToken" },
            { new StringContent("설치 파일입니다."), "body" },
            { new ByteArrayContent([0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]), "file", "setup.pdf" },
        };
        var refused = await company.PostAsync($"{Api}/{thread}/messages", program);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Single((await refused.ReadProblemAsync()).FieldErrors("file"));
        using var noToken = new MultipartFormDataContent { { new StringContent("토큰 없음"), "body" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await company.PostAsync($"{Api}/{thread}/messages", noToken)).StatusCode);
        Assert.Equal(1, await fixture.CountAsync(thread));
    }
}

[Collection(OnSqlite.Name)]
public sealed class InquiryApiSqliteTests(SqliteAppFixture fixture) : InquiryApiTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class InquiryApiPostgresTests(PostgresAppFixture fixture) : InquiryApiTests(fixture);
