using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Facilities;

/// <summary>The HTTP contract of support requests and their parts: 201 with Location and ETag, 400 field errors, 404, 409, 412.</summary>
public abstract class SupportRequestApiTests(AppFixture fixture)
{
    private const string Requests = "/api/v1/facilities/requests";

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, object? body = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    [Fact]
    public async Task Submit_CompanyUser_Returns201WithLocationETagAndTheRequest()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await PostAsync(client, Requests, await fixture.BodyAsync("  API 제출 요청  "));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await JsonAsync(response);
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal($"{Requests}/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal($"\"{body.GetProperty("version").GetInt64()}\"", response.Headers.ETag!.Tag);
        Assert.Equal(("API 제출 요청", "Submitted", await fixture.DemoCompanyAsync()),
            (body.GetProperty("title").GetString(), body.GetProperty("status").GetString(), body.GetProperty("companyId").GetGuid()));
        Assert.True(body.GetProperty("reader").GetProperty("isCompany").GetBoolean());
        Assert.Equal("Submitted", body.GetProperty("events")[0].GetProperty("kind").GetString());
        var fetched = await client.GetAsync(response.Headers.Location.OriginalString);
        Assert.Equal((HttpStatusCode.OK, response.Headers.ETag.Tag), (fetched.StatusCode, fetched.Headers.ETag!.Tag));
    }

    [Fact]
    public async Task Submit_InvalidFields_Returns400WithKoreanFieldErrors()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);

        var response = await PostAsync(client, Requests, new
        {
            title = "", industry = "NO_SUCH_INDUSTRY", product = "p", problem = "q", stages = Array.Empty<string>(), trl = 12,
            periodFrom = Day(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            periodTo = Day(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Contains("제목을 입력하세요.", problem.FieldErrors("title"));
        Assert.NotEmpty(problem.FieldErrors("industryCode").Concat(problem.FieldErrors("industry")));
        Assert.NotEmpty(problem.FieldErrors("stages"));
        Assert.NotEmpty(problem.FieldErrors("trl"));
        Assert.Contains("희망 시작일은 오늘 이후여야 합니다.", problem.FieldErrors("periodFrom"));
    }

    [Fact]
    public async Task Submit_InvalidFieldsInEnglish_Returns400WithEnglishFieldErrors()
    {
        var client = await fixture.SignedInAsAsync(Roles.Company);
        var body = await fixture.BodyAsync("");

        var response = await PostAsync(client, $"{Requests}?culture=en", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Title is required.", (await response.ReadProblemAsync()).FieldErrors("title"));
    }

    [Fact]
    public async Task UnknownIds_Return404Problems()
    {
        var coordinator = await fixture.SignedInAsAsync(Roles.Coordinator);
        var center = await fixture.SignedInAsAsync(Roles.CenterOperator);
        var company = await fixture.SignedInAsAsync(Roles.Company);
        var unknown = Guid.NewGuid();

        foreach (var response in new[]
                 {
                     await coordinator.GetAsync($"{Requests}/{unknown}"),
                     await coordinator.GetAsync($"{Requests}/{unknown}/proposals"),
                     await PostAsync(coordinator, $"{Requests}/{unknown}/ask", new { text = "?" }),
                     await PostAsync(coordinator, $"{Requests}/{unknown}/assignments", new { centerId = await fixture.DemoCenterAsync(), service = "Consulting" }),
                     await PostAsync(center, $"/api/v1/facilities/assignments/{unknown}/quote", new { priceKrw = 1 }),
                     await PostAsync(company, $"/api/v1/facilities/assignments/{unknown}/accept"),
                 })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal(404, (await response.ReadProblemAsync()).GetProperty("status").GetInt32());
        }
    }

    [Fact]
    public async Task Assign_Coordinator_Returns201WithLocationOfThePartAndETag()
    {
        var id = await fixture.SubmitRequestAsync();
        var equipment = await fixture.NewEquipmentAsync();
        var coordinator = await fixture.SignedInAsAsync(Roles.Coordinator);

        var response = await PostAsync(coordinator, $"{Requests}/{id}/assignments",
            new { centerId = await fixture.DemoCenterAsync(), service = "EquipmentUse", stage = "DEVELOPMENT", equipmentId = equipment, note = "XRD" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await JsonAsync(response);
        var part = body.GetProperty("parts")[0];
        Assert.Equal($"{Requests}/{id}#part-{part.GetProperty("id").GetGuid()}", response.Headers.Location!.OriginalString);
        Assert.Equal($"\"{body.GetProperty("version").GetInt64()}\"", response.Headers.ETag!.Tag);
        Assert.Equal(("InProgress", "Assigned", equipment), (body.GetProperty("status").GetString(), part.GetProperty("status").GetString(), part.GetProperty("equipmentId").GetGuid()));
    }

    [Fact]
    public async Task Assign_BadServiceOrCenter_Returns400WithFieldErrors()
    {
        var id = await fixture.SubmitRequestAsync();
        var coordinator = await fixture.SignedInAsAsync(Roles.Coordinator);

        var badService = await PostAsync(coordinator, $"{Requests}/{id}/assignments", new { centerId = await fixture.DemoCenterAsync(), service = "Teleport" });
        var noCenter = await PostAsync(coordinator, $"{Requests}/{id}/assignments", new { service = "Consulting" });

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (badService.StatusCode, noCenter.StatusCode));
        Assert.NotEmpty((await badService.ReadProblemAsync()).FieldErrors("service"));
        Assert.NotEmpty((await noCenter.ReadProblemAsync()).FieldErrors("centerId"));
    }

    [Fact]
    public async Task Quote_OutsideTheRulesOrTaken_Returns400Or409AndStaysAssigned()
    {
        var id = await fixture.SubmitRequestAsync();
        var (part, equipment) = await fixture.AssignPartAsync(id);
        var day = Day(40);
        await fixture.BookAsync(equipment, At(day, 10), At(day, 12));
        var center = await fixture.SignedInAsAsync(Roles.CenterOperator);

        var taken = await PostAsync(center, $"/api/v1/facilities/assignments/{part}/quote", new { priceKrw = 100_000, equipmentId = equipment, start = Iso(At(day, 11)), end = Iso(At(day, 13)) });
        var reversed = await PostAsync(center, $"/api/v1/facilities/assignments/{part}/quote", new { priceKrw = 100_000, equipmentId = equipment, start = Iso(At(day, 15)), end = Iso(At(day, 13)) });
        var price = await PostAsync(center, $"/api/v1/facilities/assignments/{part}/quote", new { priceKrw = -5, equipmentId = equipment, start = Iso(At(day, 13)), end = Iso(At(day, 15)) });

        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal(409, (await taken.ReadProblemAsync()).GetProperty("status").GetInt32());
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (reversed.StatusCode, price.StatusCode));
        Assert.NotEmpty((await reversed.ReadProblemAsync()).GetProperty("errors").EnumerateObject());
        Assert.NotEmpty((await price.ReadProblemAsync()).FieldErrors("priceKrw"));
        var view = await (await fixture.SignedInAsAsync(Roles.Company)).GetFromJsonAsync<JsonElement>($"{Requests}/{id}");
        Assert.Equal("Assigned", view.GetProperty("parts")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Accept_Quote_Returns200WithTheReservationOfThePart()
    {
        var day = Day(41);
        var (id, part, equipment) = await fixture.QuotedAsync(At(day, 10), At(day, 12));
        var company = await fixture.SignedInAsAsync(Roles.Company);

        var response = await PostAsync(company, $"/api/v1/facilities/assignments/{part}/accept");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal(("Completed", "Accepted"), (body.GetProperty("status").GetString(), body.GetProperty("parts")[0].GetProperty("status").GetString()));
        var reservation = body.GetProperty("parts")[0].GetProperty("reservationId").GetGuid();
        var booked = await company.GetFromJsonAsync<JsonElement>($"/api/v1/facilities/reservations/{reservation}");
        Assert.Equal(("Confirmed", equipment), (booked.GetProperty("status").GetString(), booked.GetProperty("equipmentId").GetGuid()));
        Assert.Equal(id, body.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Accept_SlotTakenMeanwhile_Returns409AndNothingChanges()
    {
        var day = Day(42);
        var (id, part, equipment) = await fixture.QuotedAsync(At(day, 10), At(day, 12));
        var other = await fixture.OtherCompanyClientAsync();
        await other.PostBookingAsync(equipment, At(day, 11), At(day, 12));
        var company = await fixture.SignedInAsAsync(Roles.Company);

        var response = await PostAsync(company, $"/api/v1/facilities/assignments/{part}/accept");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(409, (await response.ReadProblemAsync()).GetProperty("status").GetInt32());
        var view = await company.GetFromJsonAsync<JsonElement>($"{Requests}/{id}");
        Assert.Equal(("InProgress", "Quoted"), (view.GetProperty("status").GetString(), view.GetProperty("parts")[0].GetProperty("status").GetString()));
        Assert.Equal(JsonValueKind.Null, view.GetProperty("parts")[0].GetProperty("reservationId").ValueKind);
        Assert.Equal(1, await fixture.QueryAsync(db => db.Reservations.CountAsync(r => r.EquipmentId == equipment)));
    }

    [Fact]
    public async Task Actions_StaleIfMatch_Return412AndChangeNothing()
    {
        var id = await fixture.SubmitRequestAsync();
        var (part, _) = await fixture.AssignPartAsync(id);
        var coordinator = await fixture.SignedInAsAsync(Roles.Coordinator);
        var center = await fixture.SignedInAsAsync(Roles.CenterOperator);
        var etag = (await coordinator.GetAsync($"{Requests}/{id}")).Headers.ETag!.Tag;
        var version = long.Parse(etag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture);

        var ask = await PostAsync(coordinator, $"{Requests}/{id}/ask", new { text = "질문" }, ifMatch: $"\"{version + 1}\"");
        var decline = await PostAsync(center, $"/api/v1/facilities/assignments/{part}/decline", new { text = "불가" }, ifMatch: "\"99\"");
        var fresh = await PostAsync(coordinator, $"{Requests}/{id}/ask", new { text = "질문" }, ifMatch: etag);

        Assert.Equal((HttpStatusCode.PreconditionFailed, HttpStatusCode.PreconditionFailed, HttpStatusCode.OK), (ask.StatusCode, decline.StatusCode, fresh.StatusCode));
        Assert.Equal(version, (await ask.ReadProblemAsync()).GetProperty("currentVersion").GetInt64());
        var view = await JsonAsync(fresh);
        Assert.Equal(("AwaitingCompany", "Assigned"), (view.GetProperty("status").GetString(), view.GetProperty("parts")[0].GetProperty("status").GetString()));
        Assert.Equal($"\"{view.GetProperty("version").GetInt64()}\"", fresh.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Transition_NotAllowedInTheStatus_Returns409()
    {
        var id = await fixture.SubmitRequestAsync();
        var company = await fixture.SignedInAsAsync(Roles.Company);

        var answer = await PostAsync(company, $"{Requests}/{id}/answer", new { text = "질문이 없는데 답합니다." });

        Assert.Equal(HttpStatusCode.Conflict, answer.StatusCode);
    }

    [Fact]
    public async Task List_BadStatus_Returns400AndOpenFilterWorks()
    {
        var id = await fixture.SubmitRequestAsync("목록 확인 요청");
        var company = await fixture.SignedInAsAsync(Roles.Company);

        var bad = await company.GetAsync($"{Requests}?status=Stolen");
        var open = await company.GetFromJsonAsync<JsonElement>($"{Requests}?open=true&pageSize=100");

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.NotEmpty((await bad.ReadProblemAsync()).FieldErrors("status"));
        Assert.Contains(open.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);
    }
}

[Collection(OnSqlite.Name)]
public sealed class SupportRequestApiSqliteTests(SqliteAppFixture fixture) : SupportRequestApiTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class SupportRequestApiPostgresTests(PostgresAppFixture fixture) : SupportRequestApiTests(fixture);
