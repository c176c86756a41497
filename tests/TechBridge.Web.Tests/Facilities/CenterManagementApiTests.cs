using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Facilities;

/// <summary>Equipment managed by its center's operators, representative institutions set by overseers, utilisation scoped by role.</summary>
public abstract class CenterManagementApiTests(AppFixture fixture)
{
    [Fact]
    public async Task CreateEquipment_OperatorOfTheCenter_Creates201AndOtherRolesOrCentersAreRefused()
    {
        var (own, other) = await CentersAsync();
        var operatorClient = await fixture.SignedInAsAsync(Roles.CenterOperator);

        var created = await operatorClient.PostAsJsonAsync("/api/v1/facilities/equipment", Body(own));
        var otherCenter = await operatorClient.PostAsJsonAsync("/api/v1/facilities/equipment", Body(other));
        var company = await (await fixture.SignedInAsAsync(Roles.Company)).PostAsJsonAsync("/api/v1/facilities/equipment", Body(own));
        var anonymous = await fixture.CreateClient().PostAsJsonAsync("/api/v1/facilities/equipment", Body(own));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var detail = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(120000, detail.GetProperty("feeKrw").GetInt64());
        Assert.Equal("PerSample", detail.GetProperty("feeUnit").GetString());
        Assert.False(detail.GetProperty("rules").GetProperty("requiresApproval").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, otherCenter.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, company.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task CreateEquipment_BadRules_AnswersFieldErrorsAndSavesNothing()
    {
        var (own, _) = await CentersAsync();
        var client = await fixture.SignedInAsAsync(Roles.CenterOperator);
        var body = Body(own, "규칙 오류 장비");
        body["rules"] = new Dictionary<string, object> { ["opensAtMinute"] = 1000, ["closesAtMinute"] = 900, ["minHours"] = 5, ["maxHours"] = 2 };
        body["feeKrw"] = -1;

        var response = await client.PostAsJsonAsync("/api/v1/facilities/equipment", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "OpensAtMinute", "MinBookingHours", "FeeKrw" })
        {
            Assert.True(errors.EnumerateObject().Any(p => string.Equals(p.Name, field, StringComparison.OrdinalIgnoreCase)), field);
        }

        await using var scope = fixture.App.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>().Equipment.AnyAsync(e => e.NameKo == "규칙 오류 장비"));
    }

    [Fact]
    public async Task Blackout_AddedByOperator_BookingInItIsRefusedAndOverlappingReservationBlocksIt()
    {
        var (own, _) = await CentersAsync();
        var operatorClient = await fixture.SignedInAsAsync(Roles.CenterOperator);
        var created = await operatorClient.PostAsJsonAsync("/api/v1/facilities/equipment", Body(own, "블랙아웃 시험 장비"));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var day = DateTimeOffset.UtcNow.Date.AddDays(40);
        var blackout = await operatorClient.PostAsJsonAsync($"/api/v1/facilities/equipment/{id}/blackouts",
            new { start = new DateTimeOffset(day.AddHours(1), TimeSpan.Zero), end = new DateTimeOffset(day.AddHours(9), TimeSpan.Zero), reason = "정기 교정" });
        var company = await fixture.SignedInAsAsync(Roles.Company);

        var inBlackout = await company.PostAsJsonAsync($"/api/v1/facilities/equipment/{id}/reservations",
            new { start = new DateTimeOffset(day.AddHours(2), TimeSpan.Zero), end = new DateTimeOffset(day.AddHours(4), TimeSpan.Zero), purpose = "시험" });
        var booked = await company.PostAsJsonAsync($"/api/v1/facilities/equipment/{id}/reservations",
            new { start = new DateTimeOffset(day.AddHours(25), TimeSpan.Zero), end = new DateTimeOffset(day.AddHours(27), TimeSpan.Zero), purpose = "시험" });
        var overReservation = await operatorClient.PostAsJsonAsync($"/api/v1/facilities/equipment/{id}/blackouts",
            new { start = new DateTimeOffset(day.AddHours(24), TimeSpan.Zero), end = new DateTimeOffset(day.AddHours(30), TimeSpan.Zero), reason = "긴급 점검" });

        Assert.Equal(HttpStatusCode.Created, blackout.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, inBlackout.StatusCode);
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, overReservation.StatusCode);
        var removed = await operatorClient.DeleteAsync(blackout.Headers.Location);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
    }

    [Fact]
    public async Task SetRepresentative_ProgramManagerSetsCoordinatorIsRefused_ListShowsIt()
    {
        var (own, _) = await CentersAsync();
        var pm = await fixture.SignedInAsAsync(Roles.ProgramManager);
        var coordinator = await fixture.SignedInAsAsync(Roles.Coordinator);
        var before = await pm.GetFromJsonAsync<JsonElement>("/api/v1/facilities/industries");
        var bio = before.EnumerateArray().Single(i => i.GetProperty("code").GetString() == "BIO");
        var previous = bio.GetProperty("institutionId").ValueKind == JsonValueKind.Null ? (Guid?)null : bio.GetProperty("institutionId").GetGuid();

        var refused = await coordinator.PutAsJsonAsync("/api/v1/facilities/industries/BIO/representative", new { organizationId = own });
        var set = await pm.PutAsJsonAsync("/api/v1/facilities/industries/BIO/representative", new { organizationId = own });
        var unknown = await pm.PutAsJsonAsync("/api/v1/facilities/industries/NOPE/representative", new { organizationId = own });
        var badOrganization = await pm.PutAsJsonAsync("/api/v1/facilities/industries/BIO/representative", new { organizationId = Guid.NewGuid() });
        var after = await pm.GetFromJsonAsync<JsonElement>("/api/v1/facilities/industries");
        await pm.PutAsJsonAsync("/api/v1/facilities/industries/BIO/representative", new { organizationId = previous });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badOrganization.StatusCode);
        Assert.Equal(own, after.EnumerateArray().Single(i => i.GetProperty("code").GetString() == "BIO").GetProperty("institutionId").GetGuid());
    }

    [Theory]
    [InlineData(Roles.Company, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Researcher, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Reviewer, HttpStatusCode.Forbidden)]
    [InlineData(Roles.CenterOperator, HttpStatusCode.OK)]
    [InlineData(Roles.Coordinator, HttpStatusCode.OK)]
    [InlineData(Roles.ProgramManager, HttpStatusCode.OK)]
    [InlineData(Roles.Administrator, HttpStatusCode.OK)]
    public async Task Utilisation_EachRole_IsAllowedOnlyForCenterAndProgramRoles(string role, HttpStatusCode expected)
    {
        var client = await fixture.SignedInAsAsync(role);

        var api = await client.GetAsync("/api/v1/facilities/utilisation?from=2026-01&to=2026-03");
        var page = await client.GetAsync("/facilities/utilisation");

        Assert.Equal(expected, api.StatusCode);
        Assert.Equal(expected == HttpStatusCode.OK ? HttpStatusCode.OK : HttpStatusCode.Redirect, page.StatusCode);
    }

    [Fact]
    public async Task Utilisation_Operator_SeesOnlyItsCenterAndExportsXlsx()
    {
        var (own, _) = await CentersAsync();
        var client = await fixture.SignedInAsAsync(Roles.CenterOperator);

        var report = await client.GetFromJsonAsync<JsonElement>("/api/v1/facilities/utilisation");
        var export = await client.GetAsync("/api/v1/facilities/utilisation/export?format=xlsx");
        var badMonth = await client.GetAsync("/api/v1/facilities/utilisation?from=2026-13");
        var tooLong = await client.GetAsync("/api/v1/facilities/utilisation?from=2020-01&to=2026-01");

        var centers = report.GetProperty("centers").EnumerateArray().Select(c => c.GetProperty("key").GetString()).ToList();
        Assert.Equal([own.ToString()], centers);
        Assert.Equal(12, report.GetProperty("months").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, badMonth.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
    }

    private static Dictionary<string, object?> Body(Guid center, string name = "유도결합플라즈마 분광분석기") => new()
    {
        ["centerId"] = center, ["nameKo"] = name, ["nameEn"] = "ICP-OES", ["industryCode"] = "MATERIALS", ["trlMin"] = 3, ["trlMax"] = 7,
        ["descriptionKo"] = "금속 원소의 정량 분석", ["stages"] = new[] { "DEVELOPMENT" }, ["feeKrw"] = 120000, ["feeUnit"] = "PerSample",
        ["rules"] = new Dictionary<string, object>
        {
            ["opensAtMinute"] = 0, ["closesAtMinute"] = 1440, ["days"] = "All", ["minHours"] = 1, ["maxHours"] = 48, ["leadHours"] = 0,
            ["cancelHours"] = 0, ["requiresApproval"] = false,
        },
    };

    /// <summary>The demo operator's center and another equipment center.</summary>
    private async Task<(Guid Own, Guid Other)> CentersAsync()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>();
        var email = UserAccount.Normalize(DemoAccounts.All.Single(a => a.Roles.Contains(Roles.CenterOperator)).Email);
        var own = (await db.Users.Where(u => u.NormalizedEmail == email).Select(u => u.OrganizationId).SingleAsync())!.Value;
        var other = await db.Organizations.Where(o => o.Kind == Core.Directory.OrganizationKind.EquipmentCenter && o.Id != own).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
        return (own, other);
    }
}

[Collection(OnSqlite.Name)]
public sealed class CenterManagementApiSqliteTests(SqliteAppFixture fixture) : CenterManagementApiTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class CenterManagementApiPostgresTests(PostgresAppFixture fixture) : CenterManagementApiTests(fixture);
