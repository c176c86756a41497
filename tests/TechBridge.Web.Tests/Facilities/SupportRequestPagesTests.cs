using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Facilities;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Facilities;

/// <summary>The support request pages' forms as a browser posts them (server-rendered, antiforgery).</summary>
public abstract class SupportRequestPagesTests(AppFixture fixture)
{
    private static readonly BookingRules OfficeHours = new() { LeadHours = 0, Days = OperatingDays.All, OpensAtMinute = 9 * 60, ClosesAtMinute = 18 * 60 };

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task NewRequestForm_Valid_RedirectsToTheNewRequest()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await client.PostFormAsync("/facilities/requests/new", "request", new Dictionary<string, string>
        {
            ["Input.Title"] = "양식으로 보낸 요청", ["Input.Industry"] = await fixture.DemoIndustryAsync(), ["Input.Product"] = "고체 전해질",
            ["Input.Problem"] = "결정 구조를 알고 싶습니다.", ["Stages"] = "DEVELOPMENT", ["Input.Trl"] = "4",
            ["Input.PeriodFrom"] = Date(Day(7)), ["Input.PeriodTo"] = Date(Day(60)),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var path = response.RedirectPath()!;
        Assert.StartsWith("/facilities/requests/", path, StringComparison.Ordinal);
        var view = await client.GetFromJsonAsync<JsonElement>("/api/v1" + path);
        Assert.Equal(("양식으로 보낸 요청", "Submitted", 4), (view.GetProperty("title").GetString(), view.GetProperty("status").GetString(), view.GetProperty("trl").GetInt32()));
        Assert.Contains("양식으로 보낸 요청", await client.GetStringAsync(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewRequestForm_BadInput_Returns400KeepsTheTypedValuesAndShowsKoreanFieldMessages()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var before = await fixture.QueryAsync(db => db.SupportRequests.CountAsync());

        var response = await client.PostFormAsync("/facilities/requests/new", "request", new Dictionary<string, string>
        {
            ["Input.Title"] = "", ["Input.Industry"] = await fixture.DemoIndustryAsync(), ["Input.Product"] = "분말 <시료>",
            ["Input.Problem"] = "문제 설명", ["Stages"] = "APPLIED_RESEARCH", ["Input.PeriodFrom"] = Date(Day(-3)), ["Input.PeriodTo"] = Date(Day(20)),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"form-errors\"", html, StringComparison.Ordinal);
        Assert.Contains("제목을 입력하세요.", html, StringComparison.Ordinal);
        Assert.Contains("희망 시작일은 오늘 이후여야 합니다.", html, StringComparison.Ordinal);
        Assert.Contains("분말 &lt;시료&gt;</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("문제 설명</textarea>", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{Date(Day(-3))}\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{Date(Day(20))}\"", html, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"stage-APPLIED_RESEARCH\"[^>]*checked|checked[^>]*data-testid=\"stage-APPLIED_RESEARCH\"", html);
        Assert.Equal(before, await fixture.QueryAsync(db => db.SupportRequests.CountAsync()));
    }

    [Fact]
    public async Task AssignForm_Coordinator_RoutesAPartToTheCenter()
    {
        var id = await fixture.SubmitRequestAsync("배정 양식 요청");
        var coordinator = await fixture.SignedInAsAsync(Roles.Coordinator);
        var page = $"/facilities/requests/{id}";
        Assert.Contains("data-testid=\"assign-panel\"", await coordinator.GetStringAsync(page), StringComparison.Ordinal);

        var response = await coordinator.PostFormAsync(page, "act", new Dictionary<string, string>
        {
            ["Input.Action"] = "Assign", ["Input.CenterId"] = (await fixture.DemoCenterAsync()).ToString(), ["Input.Service"] = "TestAnalysis",
            ["Input.Stage"] = "DEVELOPMENT", ["Input.Text"] = "시료 분석 부탁드립니다.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(page, response.RedirectPath());
        Assert.StartsWith("#part-", response.Headers.Location!.Fragment, StringComparison.Ordinal);
        var view = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1{page}");
        var part = Assert.Single(view.GetProperty("parts").EnumerateArray());
        Assert.Equal(("TestAnalysis", "Assigned", "InProgress"), (part.GetProperty("service").GetString(), part.GetProperty("status").GetString(), view.GetProperty("status").GetString()));
        var center = await fixture.SignedInAsAsync(Roles.CenterOperator);
        Assert.Contains("data-testid=\"quote-form\"", await center.GetStringAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuoteForm_SlotOutsideOperatingHours_Returns400WithTheFieldMessageAndTypedValues()
    {
        var id = await fixture.SubmitRequestAsync("견적 양식 요청");
        var equipment = await fixture.NewEquipmentAsync(OfficeHours);
        var (part, _) = await fixture.AssignPartAsync(id, equipment);
        var center = await fixture.SignedInAsAsync(Roles.CenterOperator);
        var page = $"/facilities/requests/{id}";
        var day = Day(50);

        var response = await center.PostFormAsync(page, "act", new Dictionary<string, string>
        {
            ["Input.Action"] = "Quote", ["Input.PartId"] = part.ToString(), ["Input.Price"] = "250,000", ["Input.EquipmentId"] = equipment.ToString(),
            ["Input.StartDate"] = Date(day), ["Input.StartTime"] = "07:00", ["Input.EndDate"] = Date(day), ["Input.EndTime"] = "10:00",
        });
        var badPrice = await center.PostFormAsync(page, "act", new Dictionary<string, string>
        {
            ["Input.Action"] = "Quote", ["Input.PartId"] = part.ToString(), ["Input.Price"] = "많이", ["Input.EquipmentId"] = equipment.ToString(),
            ["Input.StartDate"] = Date(day), ["Input.StartTime"] = "10:00", ["Input.EndDate"] = Date(day), ["Input.EndTime"] = "12:00",
        });

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (response.StatusCode, badPrice.StatusCode));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("예약은 운영일의 운영 시간(09:00–18:00, 한국 시간) 안에서 시작하고 끝나야 합니다.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"07:00\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"250,000\"", html, StringComparison.Ordinal);
        Assert.Contains("견적 금액", await badPrice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var view = await center.GetFromJsonAsync<JsonElement>($"/api/v1{page}");
        Assert.Equal("Assigned", view.GetProperty("parts")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task QuoteThenAcceptForms_CenterQuotesCompanyAccepts_TheReservationLinkAppears()
    {
        var id = await fixture.SubmitRequestAsync("수락 양식 요청");
        var equipment = await fixture.NewEquipmentAsync(OfficeHours);
        var (part, _) = await fixture.AssignPartAsync(id, equipment);
        var center = await fixture.SignedInAsAsync(Roles.CenterOperator);
        var company = await fixture.SignedInAsAsync(Roles.Company);
        var page = $"/facilities/requests/{id}";
        var day = Day(51);

        var quoted = await center.PostFormAsync(page, "act", new Dictionary<string, string>
        {
            ["Input.Action"] = "Quote", ["Input.PartId"] = part.ToString(), ["Input.Price"] = "250,000", ["Input.EquipmentId"] = equipment.ToString(),
            ["Input.StartDate"] = Date(day), ["Input.StartTime"] = "10:00", ["Input.EndDate"] = Date(day), ["Input.EndTime"] = "12:00", ["Input.Text"] = "시료 3개",
        });
        Assert.Equal((HttpStatusCode.Redirect, page, $"#part-{part}"), (quoted.StatusCode, quoted.RedirectPath(), quoted.Headers.Location!.Fragment));
        var before = await company.GetStringAsync(page);
        Assert.Contains("data-testid=\"action-Accept\"", before, StringComparison.Ordinal);
        Assert.Contains("250,000", before, StringComparison.Ordinal);

        var accepted = await company.PostFormAsync(page, "act", new Dictionary<string, string> { ["Input.Action"] = "Accept", ["Input.PartId"] = part.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var view = await company.GetFromJsonAsync<JsonElement>($"/api/v1{page}");
        var reservation = view.GetProperty("parts")[0].GetProperty("reservationId").GetGuid();
        var html = await company.GetStringAsync(page);
        Assert.Contains($"href=\"/facilities/reservations/{reservation}\" data-testid=\"part-reservation\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"action-Accept\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"timeline-Completed\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await company.GetAsync($"/facilities/reservations/{reservation}")).StatusCode);
    }

    [Fact]
    public async Task AcceptForm_SlotTakenMeanwhile_Returns409WithTheAlert()
    {
        var day = Day(52);
        var (id, part, equipment) = await fixture.QuotedAsync(At(day, 10), At(day, 12));
        await (await fixture.OtherCompanyClientAsync()).PostBookingAsync(equipment, At(day, 9), At(day, 11));
        var company = await fixture.SignedInAsAsync(Roles.Company);

        var response = await company.PostFormAsync($"/facilities/requests/{id}", "act", new Dictionary<string, string> { ["Input.Action"] = "Accept", ["Input.PartId"] = part.ToString() });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("data-testid=\"action-error\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

[Collection(OnSqlite.Name)]
public sealed class SupportRequestPagesSqliteTests(SqliteAppFixture fixture) : SupportRequestPagesTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class SupportRequestPagesPostgresTests(PostgresAppFixture fixture) : SupportRequestPagesTests(fixture);
