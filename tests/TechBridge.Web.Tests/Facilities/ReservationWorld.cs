using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Facilities;

/// <summary>
/// What the reservation tests set up in the shared app, through its services: a fresh equipment item per test at the demo
/// operator's center (so slots never collide between tests), a second company user and a second center's operator, and
/// KST slots counted from today.
/// </summary>
public static class ReservationWorld
{
    public const string OtherCompanyEmail = "other-company@test.techbridge.kr";
    public const string OtherCenterEmail = "other-center@test.techbridge.kr";
    public const string OtherPassword = "Long-enough-password-123";

    /// <summary>Open every day around the clock, no lead time, no cancel deadline; approval as asked.</summary>
    public static BookingRules OpenRules(bool requiresApproval = true) => new()
    {
        LeadHours = 0, CancelHours = 0, RequiresApproval = requiresApproval, Days = OperatingDays.All, OpensAtMinute = 0, ClosesAtMinute = 1440,
    };

    public static TimeSpan Kst { get; } = TimeSpan.FromHours(9);

    /// <summary>Today in KST, plus <paramref name="days"/>.</summary>
    public static DateOnly Day(int days) => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(Kst).DateTime).AddDays(days);

    public static DateTimeOffset At(DateOnly day, int hour, int minute = 0) => new(day.ToDateTime(new TimeOnly(0, 0)).AddHours(hour).AddMinutes(minute), Kst);

    /// <summary>The next whole minute from now, plus <paramref name="minutes"/> (a slot that starts soon, for check-in).</summary>
    public static DateTimeOffset Soon(int minutes = 2)
    {
        var now = DateTimeOffset.UtcNow.ToOffset(Kst);
        return new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerMinute, Kst).AddMinutes(1 + minutes);
    }

    public static string Iso(DateTimeOffset instant) => instant.ToOffset(Kst).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<T> RunAsync<TService, T>(this AppFixture fixture, Func<TService, Task<T>> work) where TService : notnull
    {
        ArgumentNullException.ThrowIfNull(fixture);
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public static Task<T> QueryAsync<T>(this AppFixture fixture, Func<TechBridgeDbContext, Task<T>> query) => fixture.RunAsync(query);

    public static Task<Guid> UserIdAsync(this AppFixture fixture, string email) =>
        fixture.QueryAsync(db => db.Users.AsNoTracking().Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private static Task<Guid> OrganizationOfAsync(this AppFixture fixture, string email) =>
        fixture.QueryAsync(db => db.Users.AsNoTracking().Where(u => u.Email == email).Select(u => u.OrganizationId!.Value).SingleAsync());

    public static Task<Guid> DemoCenterAsync(this AppFixture fixture) => fixture.OrganizationOfAsync(Email(Roles.CenterOperator));

    public static Task<Guid> DemoCompanyAsync(this AppFixture fixture) => fixture.OrganizationOfAsync(Email(Roles.Company));

    public static string Email(string role) => DemoAccounts.All.Single(a => a.Roles.Contains(role)).Email;

    /// <summary>A new item at the demo operator's center, in the first industry the demo coordinator coordinates.</summary>
    public static async Task<Guid> NewEquipmentAsync(this AppFixture fixture, BookingRules? rules = null, FeeUnit feeUnit = FeeUnit.PerHour)
    {
        var center = await fixture.DemoCenterAsync();
        var coordinatorOrg = await fixture.OrganizationOfAsync(Email(Roles.Coordinator));
        var industry = await fixture.QueryAsync(db => db.Industries.AsNoTracking().Where(i => i.RepresentativeInstitutionId == coordinatorOrg)
            .OrderBy(i => i.SortOrder).Select(i => i.Code).FirstAsync());
        return await fixture.RunAsync<EquipmentService, Guid>(s => s.CreateAsync(new EquipmentInput(
            center, $"예약 시험 장비 {Guid.NewGuid():N}", "Booking test item", industry, 2, 7, "예약 시험용 장비입니다.",
            Stages: ["DEVELOPMENT"], Services: [EquipmentServiceKind.EquipmentUse], FeeKrw: 10_000, FeeUnit: feeUnit,
            Rules: rules ?? OpenRules())));
    }

    /// <summary>Books through the service as the demo company user (setup that is not the subject of the test).</summary>
    public static async Task<Guid> BookAsync(this AppFixture fixture, Guid equipment, DateTimeOffset start, DateTimeOffset end, bool hold = false)
    {
        var company = await fixture.UserIdAsync(Email(Roles.Company));
        var (id, _) = await fixture.RunAsync<ReservationService, (Guid, bool)>(s =>
            s.CreateAsync(company, equipment, new ReservationInput(start, end, "시료 분석", hold)));
        return id;
    }

    public static async Task ActAsync(this AppFixture fixture, string email, Guid reservation, ReservationAction action, string? reason = null)
    {
        var user = await fixture.UserIdAsync(email);
        await fixture.RunAsync<ReservationService, bool>(async s =>
        {
            await s.ActAsync(user, reservation, action, new ReservationDecision(reason));
            return true;
        });
    }

    /// <summary>A company user of another company than the demo one (created once per app).</summary>
    public static Task<HttpClient> OtherCompanyClientAsync(this AppFixture fixture) =>
        fixture.OtherAccountClientAsync(OtherCompanyEmail, Roles.Company, OrganizationKind.Company, fixture.DemoCompanyAsync);

    /// <summary>The operator of another equipment center than the demo one (created once per app).</summary>
    public static Task<HttpClient> OtherCenterClientAsync(this AppFixture fixture) =>
        fixture.OtherAccountClientAsync(OtherCenterEmail, Roles.CenterOperator, OrganizationKind.EquipmentCenter, fixture.DemoCenterAsync);

    private static async Task<HttpClient> OtherAccountClientAsync(
        this AppFixture fixture, string email, string role, OrganizationKind kind, Func<Task<Guid>> demoOrganization)
    {
        if (!await fixture.QueryAsync(db => db.Users.AnyAsync(u => u.Email == email)))
        {
            var demo = await demoOrganization();
            var organization = await fixture.QueryAsync(db => db.Organizations.AsNoTracking()
                .Where(o => o.Kind == kind && o.Id != demo).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());
            await fixture.RunAsync<AccountService, UserAccount>(s => s.CreateAsync(new NewAccount(email, "다른 " + role, OtherPassword, [role], OrganizationId: organization)));
        }

        return await fixture.SignedInClientAsync(email, OtherPassword);
    }

    /// <summary>Clients per demo role, the other company and other center, and anonymous (keyed by those names).</summary>
    public static async Task<Dictionary<string, HttpClient>> CallersAsync(this AppFixture fixture)
    {
        var callers = new Dictionary<string, HttpClient>(StringComparer.Ordinal) { ["anonymous"] = fixture.CreateClient() };
        foreach (var role in Callers.Roles)
        {
            callers[role] = await fixture.SignedInAsAsync(role);
        }

        callers[Callers.OtherCompany] = await fixture.OtherCompanyClientAsync();
        callers[Callers.OtherCenter] = await fixture.OtherCenterClientAsync();
        return callers;
    }

    public static async Task<JsonElement> PostBookingAsync(this HttpClient client, Guid equipment, DateTimeOffset start, DateTimeOffset end, string purpose = "시료 분석")
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.PostAsJsonAsync($"/api/v1/facilities/equipment/{equipment}/reservations", new { start = Iso(start), end = Iso(end), purpose });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

/// <summary>The names of the callers of the authorization matrix.</summary>
public static class Callers
{
    public const string OtherCompany = "company (another company)";
    public const string OtherCenter = "center operator (another center)";

    public static readonly string[] Roles =
    [
        Core.Accounts.Roles.Company, Core.Accounts.Roles.Researcher, Core.Accounts.Roles.CenterOperator, Core.Accounts.Roles.Coordinator,
        Core.Accounts.Roles.ProgramManager, Core.Accounts.Roles.Reviewer, Core.Accounts.Roles.Administrator,
    ];
}
