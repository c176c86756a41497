using System.Net;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Marketplace.Deals;
using TechBridge.Web.Tests.Facilities;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Marketplace;

/// <summary>
/// The deal pages: "Open a deal" on an inquiry thread (owner side only, while no deal of it is open) and the thread's link
/// to its deal; the deal page in Korean and English with field messages for a bad step, a recorded step, marking it lost
/// (read-only afterwards); revenue reports in follow-up; the list's filters.
/// </summary>
public abstract class DealPageTests(AppFixture fixture)
{
    [Fact]
    public async Task InquiryThread_OwnerOpensADeal_ThreadLinksItAndTheButtonGoes()
    {
        var inquiry = await fixture.TechnologyInquiryAsync();
        var company = await fixture.SignedInAsAsync(Roles.Company);
        var owner = await fixture.SignedInAsAsync(Roles.CenterOperator);
        Assert.DoesNotContain("data-testid=\"open-deal\"", await company.GetStringAsync($"/marketplace/inquiries/{inquiry}"), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"open-deal\"", await owner.GetStringAsync($"/marketplace/inquiries/{inquiry}"), StringComparison.Ordinal);

        var opened = await owner.PostFormAsync($"/marketplace/inquiries/{inquiry}", "open-deal", []);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var deal = opened.RedirectPath()!;
        Assert.StartsWith("/marketplace/deals/", deal, StringComparison.Ordinal);
        var thread = await owner.GetStringAsync($"/marketplace/inquiries/{inquiry}");
        Assert.DoesNotContain("data-testid=\"open-deal\"", thread, StringComparison.Ordinal);
        Assert.Contains($"href=\"{deal}\"", thread, StringComparison.Ordinal);
        Assert.Contains($"href=\"{deal}\"", await company.GetStringAsync($"/marketplace/inquiries/{inquiry}"), StringComparison.Ordinal);
        Assert.Contains("기술이전 거래", await company.GetStringAsync("/marketplace/deals?filter=open&pageSize=200"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DealPage_BadStepThenGoodStepThenLost_ShowsFieldMessagesInBothLanguagesAndBecomesReadOnly()
    {
        var deal = await fixture.DealAsync();
        var path = $"/marketplace/deals/{deal}";
        var company = await fixture.SignedInAsAsync(Roles.Company);
        var page = await company.GetStringAsync(path);
        Assert.Contains("다음 단계: 비밀유지계약", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"lose-form\"", page, StringComparison.Ordinal);
        Assert.Contains("Next step: NDA", await company.GetStringAsync(path + "?culture=en"), StringComparison.Ordinal);

        var future = await company.PostFormAsync(path, "step", new Dictionary<string, string> { ["stage"] = "Nda", ["occurredOn"] = "2999-01-01", ["note"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Contains("날짜는 오늘(한국 시간) 이후일 수 없습니다.", await future.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var english = await company.PostFormAsync(path + "?culture=en", "step", new Dictionary<string, string> { ["stage"] = "Nda", ["occurredOn"] = "03/02/2026" });
        Assert.Contains("Enter the date as year-month-day", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var recorded = await company.PostFormAsync(path, "step", new Dictionary<string, string> { ["stage"] = "Nda", ["occurredOn"] = DealWorld.Today, ["note"] = "NDA 체결 완료" });
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        var after = await recorded.Content.ReadAsStringAsync();
        Assert.Contains("단계를 기록했습니다: 비밀유지계약", after, StringComparison.Ordinal);
        Assert.Contains("NDA 체결 완료", after, StringComparison.Ordinal);
        Assert.Contains("다음 단계: 기술 미팅", after, StringComparison.Ordinal);

        var manager = await fixture.SignedInAsAsync(Roles.ProgramManager);
        var overseen = await manager.GetStringAsync(path);
        Assert.Contains("data-testid=\"deal-readonly\"", overseen, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"step-form\"", overseen, StringComparison.Ordinal);

        var owner = await fixture.SignedInAsAsync(Roles.CenterOperator);
        var other = await owner.PostFormAsync(path, "lose", new Dictionary<string, string> { ["reason"] = "Other", ["lossNote"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Contains("기타 사유를 메모에 적어 주세요.", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var lost = await owner.PostFormAsync(path, "lose", new Dictionary<string, string> { ["reason"] = "WentElsewhere", ["lossNote"] = "" });
        var lostPage = await lost.Content.ReadAsStringAsync();
        Assert.Contains("비밀유지계약 단계에서 결렬된 거래입니다. 사유: 다른 기술 선택", lostPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"step-form\"", lostPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"lose-form\"", lostPage, StringComparison.Ordinal);
        Assert.Contains(deal.ToString(), await company.GetStringAsync("/marketplace/deals?filter=lost"), StringComparison.Ordinal);
        Assert.DoesNotContain(deal.ToString(), await company.GetStringAsync("/marketplace/deals?filter=open"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DealPage_FollowUp_ReportsRevenueOncePerQuarter()
    {
        var deal = await fixture.DealAsync(DealState.FollowUp);
        var path = $"/marketplace/deals/{deal}";
        var owner = await fixture.SignedInAsAsync(Roles.CenterOperator);
        var page = await owner.GetStringAsync(path);
        Assert.Contains("data-testid=\"revenue-form\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"step-form\"", page, StringComparison.Ordinal);
        Assert.Contains("통상실시권 · 정액 기술료 3,000만원 · 경상 기술료 2.5 %", page, StringComparison.Ordinal);

        var fields = new Dictionary<string, string> { ["year"] = "2025", ["quarter"] = "4", ["revenueKrw"] = "120,000,000", ["royaltyPaidKrw"] = "3000000" };
        var saved = await owner.PostFormAsync(path, "revenue", fields);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("2025년 4분기", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var duplicate = await owner.PostFormAsync(path, "revenue", fields);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Contains("2025년 4분기 실적은 이미 보고되었습니다.", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var bad = await owner.PostFormAsync(path, "revenue", new Dictionary<string, string> { ["year"] = "2025", ["quarter"] = "3", ["revenueKrw"] = "많이", ["royaltyPaidKrw"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("매출액은 숫자로 입력하세요.", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await fixture.QueryAsync(db => db.DealRevenueReports.CountAsync(r => r.DealId == deal)));
    }
}

[Collection(OnSqlite.Name)]
public sealed class DealPageSqliteTests(SqliteAppFixture fixture) : DealPageTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class DealPagePostgresTests(PostgresAppFixture fixture) : DealPageTests(fixture);
