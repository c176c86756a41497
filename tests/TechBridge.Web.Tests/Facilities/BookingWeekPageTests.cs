using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Web.Auth;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Facilities;

/// <summary>
/// Where the interactive booking week appears (a company's week view of bookable equipment) and where the static calendar
/// stays; and that a booking made from the island's unit of work is audited as the signed-in user, not as "system".
/// </summary>
public abstract class BookingWeekPageTests(AppFixture fixture)
{
    private static readonly BookingRules OfficeHours = new() { LeadHours = 0, Days = OperatingDays.All, OpensAtMinute = 9 * 60, ClosesAtMinute = 18 * 60 };

    private static string Page(Guid equipment, string view) => $"/facilities/equipment/{equipment}?view={view}&date={Day(40):yyyy-MM-dd}";

    [Fact]
    public async Task EquipmentPage_CompanyWeekView_PrerendersTheIslandAndKeepsTheForm()
    {
        var equipment = await fixture.NewEquipmentAsync(OfficeHours);
        var company = await fixture.SignedInAsAsync(Roles.Company);

        var html = await company.GetStringAsync(Page(equipment, "week"));

        Assert.Contains("data-testid=\"booking-week\"", html, StringComparison.Ordinal);
        Assert.Contains("<!--Blazor:", html, StringComparison.Ordinal);
        Assert.Contains("data-state=\"Free\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"booking-panel\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"components-reconnect-modal\"", html, StringComparison.Ordinal);
        Assert.Contains("_framework/blazor.web.", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.CenterOperator, "week")]
    [InlineData(Roles.Company, "day")]
    [InlineData(Roles.Company, "month")]
    public async Task EquipmentPage_OtherRolesOrViews_StayStatic(string role, string view)
    {
        var equipment = await fixture.NewEquipmentAsync(OfficeHours);
        var client = await fixture.SignedInAsAsync(role);

        var html = await client.GetStringAsync(Page(equipment, view));

        Assert.Contains("data-testid=\"equipment-calendar\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"booking-week\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--Blazor:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EquipmentPage_CompanyWeekViewInEnglish_RendersTheIslandInEnglish()
    {
        var equipment = await fixture.NewEquipmentAsync(OfficeHours);
        var company = await fixture.SignedInAsAsync(Roles.Company);

        var html = await company.GetStringAsync(Page(equipment, "week") + "&culture=en");

        Assert.Contains("Weekly bookings (KST)", html, StringComparison.Ordinal);
        Assert.Contains("(Mon)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InteractiveScope_Booking_IsAuditedAsTheSignedInUser()
    {
        var equipment = await fixture.NewEquipmentAsync(OfficeHours);
        var email = Email(Roles.Company);
        var user = await fixture.QueryAsync(db => db.Users.AsNoTracking().Include(u => u.Roles).SingleAsync(u => u.Email == email));
        var day = Day(83);
        Guid id;
        await using (var scope = fixture.App.Services.GetRequiredService<InteractiveScopes>().Open(UserPrincipal.Create(user)))
        {
            (id, _) = await scope.ServiceProvider.GetRequiredService<ReservationService>()
                .CreateAsync(user.Id, equipment, new ReservationInput(At(day, 10), At(day, 12), "주간 달력에서 고른 시간"));
        }

        var entry = await fixture.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == nameof(Reservation) && e.EntityId == id.ToString()).SingleAsync());
        Assert.Equal((user.Id.ToString(), user.Email), (entry.ActorId, entry.ActorName));
        Assert.StartsWith("interactive:", entry.RequestId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SessionCheck_SessionRowRemoved_IsNoLongerCurrent()
    {
        var email = Email(Roles.Company);
        var user = await fixture.QueryAsync(db => db.Users.AsNoTracking().Include(u => u.Roles).SingleAsync(u => u.Email == email));
        var session = new UserSession { UserId = user.Id, CreatedAt = DateTimeOffset.UtcNow, LastSeenAt = DateTimeOffset.UtcNow };
        var principal = UserPrincipal.Create(user, session.Id);
        await fixture.QueryAsync(async db =>
        {
            db.UserSessions.Add(session);
            return await db.SaveChangesAsync();
        });

        var before = await fixture.QueryAsync(db => SessionCheck.IsCurrentAsync(db, principal, TimeProvider.System));
        await fixture.QueryAsync(db => db.UserSessions.Where(s => s.Id == session.Id).ExecuteDeleteAsync());
        var after = await fixture.QueryAsync(db => SessionCheck.IsCurrentAsync(db, principal, TimeProvider.System));

        Assert.Equal((true, false), (before, after));
    }
}

[Collection(OnSqlite.Name)]
public sealed class BookingWeekPageSqliteTests(SqliteAppFixture fixture) : BookingWeekPageTests(fixture);

[Collection(OnPostgres.Name)]
public sealed class BookingWeekPagePostgresTests(PostgresAppFixture fixture) : BookingWeekPageTests(fixture);
