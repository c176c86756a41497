using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Facilities;

/// <summary>The HTTP contract of i-Platform bookings: availability, booking, idempotency, the list, actions, versions and the .ics feeds.</summary>
public abstract class ReservationApiTests(AppFixture fixture)
{
    private static string Reservations(Guid equipment) => $"/api/v1/facilities/equipment/{equipment}/reservations";

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");

    private static object Body(DateTimeOffset start, DateTimeOffset end, string purpose = "시료 분석") => new { start = Iso(start), end = Iso(end), purpose };

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, object? body = null, string? key = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body is null ? null : Json(body) };
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    [Fact]
    public async Task Availability_OneReservation_ReturnsTheFreeIntervalsAroundItInKst()
    {
        var equipment = await fixture.NewEquipmentAsync();
        var day = Day(30);
        await fixture.BookAsync(equipment, At(day, 10), At(day, 12));
        var client = await fixture.SignedInAsAsync(Roles.Researcher);

        var availability = await client.GetFromJsonAsync<JsonElement>(
            $"/api/v1/facilities/equipment/{equipment}/availability?from={Uri.EscapeDataString(Iso(At(day, 0)))}&to={Uri.EscapeDataString(Iso(At(day, 24)))}");

        var free = availability.GetProperty("free").EnumerateArray().Select(f => (f.GetProperty("start").GetString(), f.GetProperty("end").GetString())).ToList();
        Assert.Equal([(Iso(At(day, 0)), Iso(At(day, 10))), (Iso(At(day, 12)), Iso(At(day, 24)))], free);
        Assert.All(free, f => Assert.EndsWith("+09:00", f.Item1, StringComparison.Ordinal));
        var busy = Assert.Single(availability.GetProperty("busy").EnumerateArray());
        Assert.Equal((Iso(At(day, 10)), "Requested"), (busy.GetProperty("start").GetString(), busy.GetProperty("status").GetString()));
        Assert.True(availability.GetProperty("bookable").GetBoolean());
    }

    [Theory]
    [InlineData("", "from")]
    [InlineData("?from=2030-01-01T00:00:00%2B09:00", "to")]
    [InlineData("?to=2030-01-01T00:00:00%2B09:00", "from")]
    [InlineData("?from=2030-01-01T00:00:00%2B09:00&to=2030-04-04T00:00:00%2B09:00", "to")]
    [InlineData("?from=2030-01-02T00:00:00%2B09:00&to=2030-01-01T00:00:00%2B09:00", "to")]
    public async Task Availability_MissingBoundOrWindowOver92Days_Returns400WithTheField(string query, string field)
    {
        var equipment = await fixture.NewEquipmentAsync();
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await client.GetAsync($"/api/v1/facilities/equipment/{equipment}/availability{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).FieldErrors(field));
    }

    [Fact]
    public async Task Availability_Exactly92DayWindow_Returns200()
    {
        var equipment = await fixture.NewEquipmentAsync();
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await client.GetAsync($"/api/v1/facilities/equipment/{equipment}/availability?from=2030-01-01T00:00:00%2B09:00&to=2030-04-03T00:00:00%2B09:00");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AvailabilityAndBooking_UnknownEquipment_Return404Problem()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var day = Day(30);

        var availability = await client.GetAsync($"/api/v1/facilities/equipment/{Guid.NewGuid()}/availability?from={Uri.EscapeDataString(Iso(At(day, 0)))}&to={Uri.EscapeDataString(Iso(At(day, 24)))}");
        var booking = await PostAsync(client, Reservations(Guid.NewGuid()), Body(At(day, 10), At(day, 12)));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (availability.StatusCode, booking.StatusCode));
        Assert.Equal(404, (await availability.ReadProblemAsync()).GetProperty("status").GetInt32());
        Assert.Equal(404, (await booking.ReadProblemAsync()).GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData(true, "Requested")]
    [InlineData(false, "Confirmed")]
    public async Task Book_CompanyUser_Returns201WithLocationETagAndStatus(bool requiresApproval, string status)
    {
        var equipment = await fixture.NewEquipmentAsync(OpenRules(requiresApproval));
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var day = Day(31);

        var response = await PostAsync(client, Reservations(equipment), Body(At(day, 9), At(day, 11), "  박막 두께 측정  "));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await BodyAsync(response);
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/facilities/reservations/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal((status, "박막 두께 측정", equipment), (body.GetProperty("status").GetString(), body.GetProperty("purpose").GetString(), body.GetProperty("equipmentId").GetGuid()));
        Assert.Equal((At(day, 9), At(day, 11)), (body.GetProperty("start").GetDateTimeOffset(), body.GetProperty("end").GetDateTimeOffset()));
        Assert.Equal(await fixture.DemoCompanyAsync(), body.GetProperty("companyId").GetGuid());
        Assert.Equal($"\"{body.GetProperty("version").GetInt64()}\"", response.Headers.ETag!.Tag);
        var get = await client.GetAsync(response.Headers.Location!.OriginalString);
        Assert.Equal(response.Headers.ETag.Tag, get.Headers.ETag!.Tag);
        Assert.Equal(status, (await BodyAsync(get)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Book_OverlappingPeriod_Returns409ProblemWithTheConflictingInterval()
    {
        var equipment = await fixture.NewEquipmentAsync();
        var day = Day(32);
        await fixture.BookAsync(equipment, At(day, 10), At(day, 12));
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await PostAsync(client, Reservations(equipment), Body(At(day, 11), At(day, 13)));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal("Reservation.Conflict", problem.GetProperty("code").GetString());
        Assert.Equal((Iso(At(day, 10)), Iso(At(day, 12))),
            (problem.GetProperty("conflict").GetProperty("start").GetString(), problem.GetProperty("conflict").GetProperty("end").GetString()));
        Assert.Contains("겹칩니다", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Book_AdjacentPeriods_BothSucceed()
    {
        var equipment = await fixture.NewEquipmentAsync();
        var day = Day(32);
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var first = await PostAsync(client, Reservations(equipment), Body(At(day, 10), At(day, 12)));
        var second = await PostAsync(client, Reservations(equipment), Body(At(day, 12), At(day, 14)));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, second.StatusCode));
    }

    [Fact]
    public async Task Book_OutsideHours_Returns400OnStart()
    {
        var equipment = await fixture.NewEquipmentAsync(new BookingRules { LeadHours = 0, OpensAtMinute = 9 * 60, ClosesAtMinute = 18 * 60, Days = OperatingDays.All });
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var day = Day(33);

        var response = await PostAsync(client, Reservations(equipment), Body(At(day, 7), At(day, 10)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("예약은 운영일의 운영 시간(09:00–18:00, 한국 시간) 안에서 시작하고 끝나야 합니다.", (await response.ReadProblemAsync()).FieldErrors("start"));
    }

    [Fact]
    public async Task Book_InsideLeadTime_Returns400OnStart()
    {
        var equipment = await fixture.NewEquipmentAsync(OpenRules() with { LeadHours = 48 });
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var start = Soon(60);

        var response = await PostAsync(client, Reservations(equipment), Body(start, start.AddHours(2)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("이 장비는 시작 48시간 전까지 예약해야 합니다.", (await response.ReadProblemAsync()).FieldErrors("start"));
    }

    [Theory]
    [InlineData(1, "이 장비는 한 번에 2시간 이상 예약해야 합니다.")]
    [InlineData(5, "4시간")]
    public async Task Book_ShorterThanMinOrLongerThanMax_Returns400OnEnd(int hours, string message)
    {
        var equipment = await fixture.NewEquipmentAsync(OpenRules() with { MinHours = 2, MaxHours = 4 });
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var day = Day(34);

        var response = await PostAsync(client, Reservations(equipment), Body(At(day, 9), At(day, 9 + hours)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains((await response.ReadProblemAsync()).FieldErrors("end"), e => e.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Book_MissingFieldsAndReversedPeriod_Returns400WithAFieldMessageEach()
    {
        var equipment = await fixture.NewEquipmentAsync();
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var day = Day(34);

        var empty = await PostAsync(client, Reservations(equipment), new { });
        var reversed = await PostAsync(client, Reservations(equipment), Body(At(day, 12), At(day, 10)));

        var problem = await empty.ReadProblemAsync();
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (empty.StatusCode, reversed.StatusCode));
        Assert.NotEmpty(problem.FieldErrors("start"));
        Assert.NotEmpty(problem.FieldErrors("end"));
        Assert.NotEmpty(problem.FieldErrors("purpose"));
        Assert.NotEmpty((await reversed.ReadProblemAsync()).FieldErrors("end"));
    }

    [Fact]
    public async Task Book_RetryWithTheSameIdempotencyKey_ReturnsTheSameReservationReplayed()
    {
        var equipment = await fixture.NewEquipmentAsync();
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var day = Day(35);
        var key = $"retry-{Guid.NewGuid():N}";

        var first = await PostAsync(client, Reservations(equipment), Body(At(day, 10), At(day, 12)), key);
        var retry = await PostAsync(client, Reservations(equipment), Body(At(day, 10), At(day, 12)), key);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, retry.StatusCode));
        Assert.Equal((await BodyAsync(first)).GetProperty("id").GetGuid(), (await BodyAsync(retry)).GetProperty("id").GetGuid());
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal("true", Assert.Single(retry.Headers.GetValues("Idempotent-Replayed")));
        Assert.Equal(1, await fixture.QueryAsync(db => db.Reservations.CountAsync(r => r.IdempotencyKey == key)));
    }

    [Fact]
    public async Task Book_SameIdempotencyKeyDifferentBody_Returns422()
    {
        var equipment = await fixture.NewEquipmentAsync();
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var day = Day(35);
        var key = $"reuse-{Guid.NewGuid():N}";
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(client, Reservations(equipment), Body(At(day, 10), At(day, 12)), key)).StatusCode);

        var otherPeriod = await PostAsync(client, Reservations(equipment), Body(At(day, 14), At(day, 16)), key);
        var otherPurpose = await PostAsync(client, Reservations(equipment), Body(At(day, 10), At(day, 12), "다른 목적"), key);

        Assert.Equal((HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity), (otherPeriod.StatusCode, otherPurpose.StatusCode));
        Assert.Equal("Reservation.IdempotencyKeyReused", (await otherPeriod.ReadProblemAsync()).GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("has spaces")]
    [InlineData(null)] // 101 characters
    public async Task Book_InvalidIdempotencyKey_Returns400OnTheKey(string? key)
    {
        var equipment = await fixture.NewEquipmentAsync();
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var day = Day(35);

        using var request = new HttpRequestMessage(HttpMethod.Post, Reservations(equipment)) { Content = Json(Body(At(day, 10), At(day, 12))) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key ?? new string('k', 101));
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).FieldErrors("idempotencyKey"));
        Assert.Equal(0, await fixture.QueryAsync(db => db.Reservations.CountAsync(r => r.EquipmentId == equipment)));
    }

    [Fact]
    public async Task Book_IdempotencyKeyOf100Characters_Returns201()
    {
        var equipment = await fixture.NewEquipmentAsync();
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var day = Day(35);

        var response = await PostAsync(client, Reservations(equipment), Body(At(day, 10), At(day, 12)), Guid.NewGuid().ToString("N") + new string('~', 68));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Researcher)]
    [InlineData(Roles.CenterOperator)]
    [InlineData(Roles.Administrator)]
    public async Task Book_NonCompanyRole_Returns403(string role)
    {
        var equipment = await fixture.NewEquipmentAsync();
        var client = await fixture.SignedInAsAsync(role);
        var day = Day(36);

        var response = await PostAsync(client, Reservations(equipment), Body(At(day, 10), At(day, 12)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await response.ReadProblemAsync();
    }

    [Fact]
    public async Task List_Mine_ReturnsOnlyTheCallersCompanyReservations()
    {
        var equipment = await fixture.NewEquipmentAsync();
        var day = Day(37);
        var ours = await fixture.BookAsync(equipment, At(day, 10), At(day, 12));
        var other = await fixture.OtherCompanyClientAsync();
        var theirs = (await other.PostBookingAsync(equipment, At(day, 13), At(day, 15))).GetProperty("id").GetGuid();
        var company = await fixture.SignedInAsAsync(Roles.Company);
        var center = await fixture.SignedInAsAsync(Roles.CenterOperator);

        var mine = await company.GetFromJsonAsync<JsonElement>($"/api/v1/facilities/reservations?mine=true&equipment={equipment}");
        var theirMine = await other.GetFromJsonAsync<JsonElement>($"/api/v1/facilities/reservations?mine=true&equipment={equipment}");
        var centers = await center.GetFromJsonAsync<JsonElement>($"/api/v1/facilities/reservations?equipment={equipment}&status=Requested");

        Assert.Equal([ours], Ids(mine));
        Assert.Equal([theirs], Ids(theirMine));
        Assert.Equal([ours, theirs], Ids(centers));
        Assert.Equal(2, centers.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task List_UnknownStatusOrPageSize_Returns400()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await client.GetAsync("/api/v1/facilities/reservations?status=Teleported&pageSize=100000");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).FieldErrors("status"));
    }

    private static Guid[] Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];

    [Fact]
    public async Task Approve_CenterOperator_ConfirmsAndReturnsTheNewETag()
    {
        var equipment = await fixture.NewEquipmentAsync();
        var day = Day(38);
        var id = await fixture.BookAsync(equipment, At(day, 10), At(day, 12));
        var center = await fixture.SignedInAsAsync(Roles.CenterOperator);
        var etag = (await center.GetAsync($"/api/v1/facilities/reservations/{id}")).Headers.ETag!.Tag;

        var response = await PostAsync(center, $"/api/v1/facilities/reservations/{id}/approve", ifMatch: etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await BodyAsync(response);
        Assert.Equal("Confirmed", body.GetProperty("status").GetString());
        Assert.NotEqual(etag, response.Headers.ETag!.Tag);
        Assert.Equal($"\"{body.GetProperty("version").GetInt64()}\"", response.Headers.ETag.Tag);
    }

    [Fact]
    public async Task Action_StaleIfMatch_Returns412WithTheCurrentVersionAndChangesNothing()
    {
        var equipment = await fixture.NewEquipmentAsync();
        var day = Day(38);
        var id = await fixture.BookAsync(equipment, At(day, 13), At(day, 15));
        var center = await fixture.SignedInAsAsync(Roles.CenterOperator);
        var company = await fixture.SignedInAsAsync(Roles.Company);
        var etag = (await center.GetAsync($"/api/v1/facilities/reservations/{id}")).Headers.ETag!.Tag;
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(company, $"/api/v1/facilities/reservations/{id}/cancel", new { reason = "일정 변경" })).StatusCode);

        var stale = await PostAsync(center, $"/api/v1/facilities/reservations/{id}/approve", ifMatch: etag);
        var weak = await PostAsync(center, $"/api/v1/facilities/reservations/{id}/approve", ifMatch: "W/" + etag);

        Assert.Equal((HttpStatusCode.PreconditionFailed, HttpStatusCode.PreconditionFailed), (stale.StatusCode, weak.StatusCode));
        var current = await center.GetAsync($"/api/v1/facilities/reservations/{id}");
        var body = await BodyAsync(current);
        Assert.Equal((await stale.ReadProblemAsync()).GetProperty("currentVersion").GetInt64(), body.GetProperty("version").GetInt64());
        Assert.Equal(current.Headers.ETag!.Tag, stale.Headers.ETag?.Tag);
        Assert.Equal("Cancelled", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Decline_WithoutReason_Returns400ThenWithReasonDeclines()
    {
        var equipment = await fixture.NewEquipmentAsync();
        var day = Day(39);
        var id = await fixture.BookAsync(equipment, At(day, 10), At(day, 12));
        var center = await fixture.SignedInAsAsync(Roles.CenterOperator);

        var withoutBody = await PostAsync(center, $"/api/v1/facilities/reservations/{id}/decline");
        var blank = await PostAsync(center, $"/api/v1/facilities/reservations/{id}/decline", new { reason = "   " });
        var declined = await PostAsync(center, $"/api/v1/facilities/reservations/{id}/decline", new { reason = "장비 점검 일정과 겹칩니다." });

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.OK), (withoutBody.StatusCode, blank.StatusCode, declined.StatusCode));
        Assert.NotEmpty((await withoutBody.ReadProblemAsync()).FieldErrors("reason"));
        var body = await BodyAsync(declined);
        Assert.Equal(("Declined", "장비 점검 일정과 겹칩니다."), (body.GetProperty("status").GetString(), body.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task Cancel_CompanyOwnRequest_CancelsAndFreesThePeriod()
    {
        var equipment = await fixture.NewEquipmentAsync();
        var day = Day(40);
        var id = await fixture.BookAsync(equipment, At(day, 10), At(day, 12));
        var company = await fixture.SignedInAsAsync(Roles.Company);

        var cancelled = await PostAsync(company, $"/api/v1/facilities/reservations/{id}/cancel");
        var again = await PostAsync(company, Reservations(equipment), Body(At(day, 10), At(day, 12)));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Created), (cancelled.StatusCode, again.StatusCode));
        Assert.Equal("Cancelled", (await BodyAsync(cancelled)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task CheckInAndCheckOut_CenterOperator_CompletesWithTheFee()
    {
        var equipment = await fixture.NewEquipmentAsync(OpenRules(requiresApproval: false));
        var start = Soon();
        var id = await fixture.BookAsync(equipment, start, start.AddHours(3));
        var center = await fixture.SignedInAsAsync(Roles.CenterOperator);
        var company = await fixture.SignedInAsAsync(Roles.Company);

        var byCompany = await PostAsync(company, $"/api/v1/facilities/reservations/{id}/check-in");
        var checkIn = await PostAsync(center, $"/api/v1/facilities/reservations/{id}/check-in");
        var checkInAgain = await PostAsync(center, $"/api/v1/facilities/reservations/{id}/check-in");
        var checkOut = await PostAsync(center, $"/api/v1/facilities/reservations/{id}/check-out");

        Assert.Equal(HttpStatusCode.Forbidden, byCompany.StatusCode);
        Assert.Equal(HttpStatusCode.OK, checkIn.StatusCode);
        Assert.Equal("CheckedIn", (await BodyAsync(checkIn)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, checkInAgain.StatusCode);
        Assert.Equal("Reservation.Transition", (await checkInAgain.ReadProblemAsync()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, checkOut.StatusCode);
        var done = await BodyAsync(checkOut);
        Assert.Equal("Completed", done.GetProperty("status").GetString());
        Assert.True(done.GetProperty("feeKrw").GetInt64() >= 0);
    }

    [Theory]
    [InlineData("approve")]
    [InlineData("check-in")]
    [InlineData("check-out")]
    [InlineData("confirm")]
    [InlineData("no-show")]
    public async Task Action_NotAllowedFromTheStatus_Returns409(string action)
    {
        var equipment = await fixture.NewEquipmentAsync();
        var day = Day(41);
        var id = await fixture.BookAsync(equipment, At(day, 10), At(day, 12));
        await fixture.ActAsync(Email(Roles.CenterOperator), id, ReservationAction.Decline, "불가");
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);
        var company = await fixture.SignedInAsAsync(Roles.Company);

        var response = await PostAsync(action == "confirm" ? company : admin, $"/api/v1/facilities/reservations/{id}/{action}");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Reservation.Transition", (await response.ReadProblemAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task CheckIn_MoreThanAnHourBeforeTheStart_Returns409()
    {
        var equipment = await fixture.NewEquipmentAsync(OpenRules(requiresApproval: false));
        var day = Day(41);
        var id = await fixture.BookAsync(equipment, At(day, 14), At(day, 16));
        var center = await fixture.SignedInAsAsync(Roles.CenterOperator);

        var response = await PostAsync(center, $"/api/v1/facilities/reservations/{id}/check-in");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Reservation.CheckInTooEarly", (await response.ReadProblemAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Action_AnotherCentersOperator_Returns404()
    {
        var equipment = await fixture.NewEquipmentAsync();
        var day = Day(42);
        var id = await fixture.BookAsync(equipment, At(day, 10), At(day, 12));
        var other = await fixture.OtherCenterClientAsync();

        var approve = await PostAsync(other, $"/api/v1/facilities/reservations/{id}/approve");
        var get = await other.GetAsync($"/api/v1/facilities/reservations/{id}");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (approve.StatusCode, get.StatusCode));
        Assert.Equal("Requested", (await (await (await fixture.SignedInAsAsync(Roles.CenterOperator)).GetAsync($"/api/v1/facilities/reservations/{id}")).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Action_UnknownReservation_Returns404()
    {
        var admin = await fixture.SignedInAsAsync(Roles.Administrator);

        var response = await PostAsync(admin, $"/api/v1/facilities/reservations/{Guid.NewGuid()}/approve");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task CalendarFeeds_ReturnTextCalendarWithTheReservationUid()
    {
        var equipment = await fixture.NewEquipmentAsync();
        var day = Day(43);
        var id = await fixture.BookAsync(equipment, At(day, 10), At(day, 12));
        var company = await fixture.SignedInAsAsync(Roles.Company);
        var center = await fixture.SignedInAsAsync(Roles.CenterOperator);

        foreach (var (client, path) in new[]
                 {
                     (company, "/api/v1/facilities/reservations/calendar.ics"),
                     (center, "/api/v1/facilities/reservations/calendar.ics"),
                     (company, $"/api/v1/facilities/equipment/{equipment}/calendar.ics"),
                 })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
            var text = await response.Content.ReadAsStringAsync();
            Assert.StartsWith("BEGIN:VCALENDAR", text, StringComparison.Ordinal);
            Assert.True(text.Contains($"UID:reservation-{id}@techbridge", StringComparison.Ordinal), $"{path} has no event for the reservation");
            Assert.Contains($"DTSTART:{At(day, 10).UtcDateTime:yyyyMMdd'T'HHmmss}Z", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EquipmentFeed_AnotherCompanysReservation_HidesTheCompanyButKeepsTheSlot()
    {
        var equipment = await fixture.NewEquipmentAsync();
        var day = Day(43);
        var id = await fixture.BookAsync(equipment, At(day, 13), At(day, 15));
        var other = await fixture.OtherCompanyClientAsync();

        var text = await other.GetStringAsync($"/api/v1/facilities/equipment/{equipment}/calendar.ics");

        Assert.DoesNotContain(id.ToString(), text, StringComparison.Ordinal);
        Assert.Contains($"DTSTART:{At(day, 13).UtcDateTime:yyyyMMdd'T'HHmmss}Z", text, StringComparison.Ordinal);
    }
}

[Collection(OnSqlite.Name)]
public sealed class ReservationApiSqliteTests(SqliteAppFixture fixture) : ReservationApiTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class ReservationApiPostgresTests(PostgresAppFixture fixture) : ReservationApiTests(fixture);
