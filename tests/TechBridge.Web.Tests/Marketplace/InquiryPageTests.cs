using System.Net;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Web.Tests.Facilities;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Marketplace;

/// <summary>
/// The inquiry pages: the action on a hit's page, the new-inquiry form (prefilled subject, field messages in Korean and
/// English, then the thread), the thread (reply with field messages, read state, report), the list with its unread badge,
/// and the administrators' report page hiding a thread.
/// </summary>
public abstract class InquiryPageTests(AppFixture fixture)
{
    [Fact]
    public async Task NewInquiry_BadThenGoodInput_ShowsFieldMessagesThenTheThread()
    {
        var center = await fixture.DemoCenterAsync();
        var client = await fixture.SignedInAsAsync(Roles.Coordinator);
        var path = $"/marketplace/inquiries/new?kind=Organization&id={center}";
        Assert.Contains($"href=\"{path.Replace("&", "&amp;", StringComparison.Ordinal)}\"", await client.GetStringAsync($"/directory/organizations/{center}"), StringComparison.Ordinal);
        var technology = await fixture.QueryAsync(db => db.PublicTechnologies.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync());
        var person = await fixture.QueryAsync(db => db.People.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        var need = await fixture.QueryAsync(db => db.TechnologyNeeds.OrderBy(n => n.Id).Select(n => n.Id).FirstAsync());
        Assert.Contains($"/marketplace/inquiries/new?kind=Technology&amp;id={technology}", await client.GetStringAsync($"/marketplace/technologies/{technology}"), StringComparison.Ordinal);
        Assert.Contains($"/marketplace/inquiries/new?kind=Person&amp;id={person}", await client.GetStringAsync($"/directory/people/{person}"), StringComparison.Ordinal);
        Assert.Contains($"/marketplace/inquiries/new?kind=Need&amp;id={need}", await client.GetStringAsync($"/marketplace/needs/{need}"), StringComparison.Ordinal);
        var form = await client.GetStringAsync(path);
        Assert.Contains("관련 문의", form, StringComparison.Ordinal);
        Assert.DoesNotContain("Organization", form.Split("data-testid=\"inquiry-about\"")[1].Split("</p>")[0], StringComparison.Ordinal);

        var blank = await client.PostFormAsync(path, "inquiry", new Dictionary<string, string> { ["subject"] = "", ["body"] = " " });
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        var html = await blank.Content.ReadAsStringAsync();
        Assert.Contains("제목을 입력하세요.", html, StringComparison.Ordinal);
        Assert.Contains("내용을 입력하세요.", html, StringComparison.Ordinal);
        var english = await client.PostFormAsync(path + "&culture=en", "inquiry", new Dictionary<string, string> { ["subject"] = "Visit", ["body"] = "" });
        Assert.Contains("Message is required.", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var sent = await client.PostFormAsync(path, "inquiry", new Dictionary<string, string> { ["subject"] = "센터 방문 문의", ["body"] = "다음 주 방문이 가능할까요?" });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var thread = sent.RedirectPath()!;
        Assert.StartsWith("/marketplace/inquiries/", thread, StringComparison.Ordinal);
        var page = await client.GetStringAsync(thread);
        Assert.Contains("다음 주 방문이 가능할까요?", page, StringComparison.Ordinal);
        Assert.Contains("상대방 읽지 않음", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"emails-hidden\"", page, StringComparison.Ordinal);

        var operatorClient = await fixture.SignedInAsAsync(Roles.CenterOperator);
        var list = await operatorClient.GetStringAsync("/marketplace/inquiries");
        Assert.Contains("센터 방문 문의", list, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"inquiries-badge\"", list, StringComparison.Ordinal);
        var badReply = await operatorClient.PostFormAsync(thread, "reply", new Dictionary<string, string> { ["body"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, badReply.StatusCode);
        Assert.Contains("내용을 입력하세요.", await badReply.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var reply = await operatorClient.PostFormAsync(thread, "reply", new Dictionary<string, string> { ["body"] = "네, 화요일 오후에 오세요." });
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        var answered = await client.GetStringAsync(thread);
        Assert.Contains("네, 화요일 오후에 오세요.", answered, StringComparison.Ordinal);
        Assert.Contains("상대방 읽음", answered, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"emails-hidden\"", answered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportsPage_AdministratorHidesAReportedThread_LeavesTheListsAndStopsReplies()
    {
        var thread = await fixture.ThreadAsync("광고 메시지");
        var operatorClient = await fixture.SignedInAsAsync(Roles.CenterOperator);
        var noReason = await operatorClient.PostFormAsync($"/marketplace/inquiries/{thread}", "report", new Dictionary<string, string> { ["reason"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("신고 사유를 입력하세요.", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var reported = await operatorClient.PostFormAsync($"/marketplace/inquiries/{thread}", "report", new Dictionary<string, string> { ["reason"] = "광고성 스팸입니다" });
        Assert.Contains("신고를 접수했습니다.", await reported.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var admin = await fixture.SignedInAsAsync(Roles.Administrator);
        var reports = await admin.GetStringAsync("/admin/inquiry-reports?open=true");
        Assert.Contains("광고성 스팸입니다", reports, StringComparison.Ordinal);
        var report = await fixture.QueryAsync(db => db.InquiryReports.SingleAsync(r => r.InquiryId == thread));
        var hidden = await admin.PostFormAsync("/admin/inquiry-reports?open=true", $"resolve-{report.Id}", new Dictionary<string, string> { ["report"] = report.Id.ToString(), ["resolution"] = "Hide" });
        Assert.Contains("문의를 숨겼습니다.", await hidden.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.DoesNotContain($"/marketplace/inquiries/{thread}\"", await operatorClient.GetStringAsync("/marketplace/inquiries"), StringComparison.Ordinal);
        var page = await operatorClient.GetStringAsync($"/marketplace/inquiries/{thread}");
        Assert.Contains("숨김", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"reply-form\"", page, StringComparison.Ordinal);
    }
}

[Collection(OnSqlite.Name)]
public sealed class InquiryPageSqliteTests(SqliteAppFixture fixture) : InquiryPageTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class InquiryPagePostgresTests(PostgresAppFixture fixture) : InquiryPageTests(fixture);
