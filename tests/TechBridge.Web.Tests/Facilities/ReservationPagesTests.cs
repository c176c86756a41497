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

/// <summary>The booking form and the action form of the portal as a browser posts them (server-rendered, antiforgery).</summary>
public abstract class ReservationPagesTests(AppFixture fixture)
{
    private static readonly BookingRules OfficeHours = new() { LeadHours = 0, Days = OperatingDays.All, OpensAtMinute = 9 * 60, ClosesAtMinute = 18 * 60 };

    private static Dictionary<string, string> Booking(DateOnly day, string startTime, string endTime, string purpose) => new()
    {
        ["Input.StartDate"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Input.StartTime"] = startTime,
        ["Input.EndDate"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Input.EndTime"] = endTime,
        ["Input.Purpose"] = purpose,
    };

    [Fact]
    public async Task BookingForm_Valid_RedirectsToTheNewReservation()
    {
        var equipment = await fixture.NewEquipmentAsync(OfficeHours);
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var day = Day(80);

        var response = await client.PostFormAsync($"/facilities/equipment/{equipment}", "book", Booking(day, "10:00", "12:30", "분말 입도 분석"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var path = response.RedirectPath()!;
        Assert.StartsWith("/facilities/reservations/", path, StringComparison.Ordinal);
        var view = await client.GetFromJsonAsync<JsonElement>("/api/v1" + path);
        Assert.Equal((At(day, 10), At(day, 12, 30), "Requested"),
            (view.GetProperty("start").GetDateTimeOffset(), view.GetProperty("end").GetDateTimeOffset(), view.GetProperty("status").GetString()));
        Assert.Contains("분말 입도 분석", await client.GetStringAsync(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BookingForm_BadInput_Returns400KeepsTheTypedValuesAndShowsKoreanFieldMessages()
    {
        var equipment = await fixture.NewEquipmentAsync(OfficeHours);
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var day = Day(81);

        var outside = await client.PostFormAsync($"/facilities/equipment/{equipment}", "book", Booking(day, "07:00", "10:00", "야간 시험 <측정>"));
        var missing = await client.PostFormAsync($"/facilities/equipment/{equipment}", "book", Booking(day, "", "10:00", ""));

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (outside.StatusCode, missing.StatusCode));
        var html = await outside.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"form-errors\"", html, StringComparison.Ordinal);
        Assert.Contains("예약은 운영일의 운영 시간(09:00–18:00, 한국 시간) 안에서 시작하고 끝나야 합니다.", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{day:yyyy-MM-dd}\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"07:00\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"10:00\"", html, StringComparison.Ordinal);
        Assert.Contains("야간 시험 &lt;측정&gt;</textarea>", html, StringComparison.Ordinal);
        var missingHtml = await missing.Content.ReadAsStringAsync();
        Assert.Contains("시작 시각을 입력하세요.", missingHtml, StringComparison.Ordinal);
        Assert.Contains("사용 목적을 입력하세요.", missingHtml, StringComparison.Ordinal);
        Assert.Equal(0, await fixture.QueryAsync(db => db.Reservations.CountAsync(r => r.EquipmentId == equipment)));
    }

    [Fact]
    public async Task BookingForm_BadInputAfterSwitchingToEnglish_ShowsEnglishFieldMessages()
    {
        var equipment = await fixture.NewEquipmentAsync(OfficeHours);
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var day = Day(82);
        var switched = await client.PostFormAsync("/facilities/reservations", "",
            new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = $"/facilities/equipment/{equipment}" }, action: "/account/culture");
        try
        {
            Assert.Equal((HttpStatusCode.Redirect, $"/facilities/equipment/{equipment}"), (switched.StatusCode, switched.RedirectPath()));

            var response = await client.PostFormAsync($"/facilities/equipment/{equipment}", "book", Booking(day, "17:00", "19:00", ""));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("Please check the form: correct the marked fields and save again.", html, StringComparison.Ordinal);
            Assert.Contains("A reservation must start and end within the operating hours (09:00–18:00 KST) of an operating day.", html, StringComparison.Ordinal);
            Assert.Contains("Purpose is required.", html, StringComparison.Ordinal);
            Assert.Contains("value=\"17:00\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("입력하세요", html, StringComparison.Ordinal);
        }
        finally
        {
            // The choice is saved on the account; the demo company user stays Korean for the other tests.
            await client.PostFormAsync("/facilities/reservations", "", new Dictionary<string, string> { ["culture"] = "ko", ["returnUrl"] = "/" }, action: "/account/culture");
        }
    }

    [Fact]
    public async Task BookingForm_ConflictingPeriod_Returns409WithTheConflictAlert()
    {
        var equipment = await fixture.NewEquipmentAsync(OfficeHours);
        var day = Day(83);
        await fixture.BookAsync(equipment, At(day, 10), At(day, 12));
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await client.PostFormAsync($"/facilities/equipment/{equipment}", "book", Booking(day, "11:00", "13:00", "겹치는 예약"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"booking-conflict\"", html, StringComparison.Ordinal);
        Assert.Contains("겹칩니다", html, StringComparison.Ordinal);
        Assert.Contains("겹치는 예약</textarea>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActForm_OperatorApproves_RedirectsBackAndTheReservationIsConfirmed()
    {
        var equipment = await fixture.NewEquipmentAsync(OfficeHours);
        var day = Day(84);
        var id = await fixture.BookAsync(equipment, At(day, 10), At(day, 12));
        var center = await fixture.SignedInAsAsync(Roles.CenterOperator);
        var page = $"/facilities/reservations/{id}";
        Assert.Contains("data-testid=\"action-Approve\"", await center.GetStringAsync(page), StringComparison.Ordinal);

        var response = await center.PostFormAsync(page, "act", new Dictionary<string, string> { ["Input.Action"] = "Approve", ["Input.Version"] = "1" });

        Assert.Equal((HttpStatusCode.Redirect, page), (response.StatusCode, response.RedirectPath()));
        Assert.Equal("Confirmed", (await center.GetFromJsonAsync<JsonElement>($"/api/v1{page}")).GetProperty("status").GetString());
        var html = await center.GetStringAsync(page);
        Assert.Contains("예약 확정", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"action-Approve\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"action-CheckIn\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActForm_DeclineWithoutReasonOrStaleVersion_ShowsTheMessageAndChangesNothing()
    {
        var equipment = await fixture.NewEquipmentAsync(OfficeHours);
        var day = Day(85);
        var id = await fixture.BookAsync(equipment, At(day, 10), At(day, 12));
        var center = await fixture.SignedInAsAsync(Roles.CenterOperator);
        var page = $"/facilities/reservations/{id}";

        var noReason = await center.PostFormAsync(page, "act", new Dictionary<string, string> { ["Input.Action"] = "Decline", ["Input.Reason"] = "" });
        var stale = await center.PostFormAsync(page, "act", new Dictionary<string, string> { ["Input.Action"] = "Approve", ["Input.Version"] = "7" });
        var unknown = await center.PostFormAsync(page, "act", new Dictionary<string, string> { ["Input.Action"] = "Teleport" });

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.Conflict, HttpStatusCode.BadRequest), (noReason.StatusCode, stale.StatusCode, unknown.StatusCode));
        Assert.Contains("사유를 입력하세요.", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"action-error\"", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Requested", (await center.GetFromJsonAsync<JsonElement>($"/api/v1{page}")).GetProperty("status").GetString());
    }
}

[Collection(OnSqlite.Name)]
public sealed class ReservationPagesSqliteTests(SqliteAppFixture fixture) : ReservationPagesTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class ReservationPagesPostgresTests(PostgresAppFixture fixture) : ReservationPagesTests(fixture);
