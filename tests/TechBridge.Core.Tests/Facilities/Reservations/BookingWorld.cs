using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Facilities.Reservations;

/// <summary>
/// A small booking world on one provider: one equipment center with one operator, one item of equipment (weekdays
/// 09–18 KST, approval needed, 10,000 KRW per hour), one company with one company user, and a clock that stands still
/// at <see cref="FakeTime.DefaultStart"/> (Monday 2 March 2026, 10:02 KST).
/// </summary>
public sealed class BookingWorld : FacilitiesWorld
{
    public static readonly TestAuditActor Actor = new("user-rsv", "예약 시험자 (booking@example.kr)", "req-rsv");

    private const string DefaultName = "예약 담당자";

    private BookingWorld(CoreHost host, FakeTime time)
        : base(host, time, "booking-Password-1")
    {
    }

    public static Task<BookingWorld> StartAsync(string provider, Action<Equipment>? equipment = null)
    {
        var time = new FakeTime();
        return StartWorldAsync(provider, Actor, time, host => new BookingWorld(host, time), async world =>
        {
            world.Center = await world.OrganizationAsync(OrganizationKind.EquipmentCenter, "시험 소재분석센터", "MATERIALS");
            world.Operator = await world.AccountAsync(Roles.CenterOperator, world.Center, "운영자");
            world.Equipment = await world.EquipmentAsync(world.Center, equipment);
            (world.Company, world.CompanyUser) = await world.CompanyUserAsync("예약기업 주식회사");
        });
    }

    /// <summary>An instant in KST in March 2026 (2 March is a Monday).</summary>
    public static DateTimeOffset Kst(int day, int hour, int minute = 0) => new(2026, 3, day, hour, minute, 0, TimeSpan.FromHours(9));

    public static ReservationInput Input(DateTimeOffset start, DateTimeOffset end, bool hold = false) => new(start, end, "XRD 결정 구조 분석", hold);

    /// <summary>An account named as this world names the people it does not care about.</summary>
    public Task<Guid> AccountAsync(string role, Guid? organization) => AccountAsync(role, organization, DefaultName);

    public Task<(Guid Company, Guid User)> CompanyUserAsync(string name) => CompanyUserAsync(name, DefaultName);

    /// <summary>An item of the center's equipment with the default booking rules changed by <paramref name="configure"/>.</summary>
    public async Task<Guid> EquipmentAsync(Guid center, Action<Equipment>? configure = null)
    {
        var id = await Host.RunAsync<EquipmentService, Guid>(s => s.CreateAsync(new EquipmentInput(
            center, "X선 회절 분석기(XRD)", "X-ray diffractometer", "MATERIALS", 2, 6, "결정 구조 분석용 장비입니다.",
            Stages: ["DEVELOPMENT"], Services: [EquipmentServiceKind.EquipmentUse], Fields: ["CORE_MATERIALS"])));
        await Host.RunAsync<TechBridgeDbContext>(async db =>
        {
            var equipment = await db.Equipment.SingleAsync(e => e.Id == id);
            equipment.FeeKrw = 10_000;
            equipment.FeeUnit = FeeUnit.PerHour;
            configure?.Invoke(equipment);
            await db.SaveChangesAsync();
        });
        return id;
    }

    public Task BlackoutAsync(Guid equipment, DateTimeOffset start, DateTimeOffset end, string reason) =>
        Host.RunAsync<TechBridgeDbContext>(db =>
        {
            db.EquipmentBlackouts.Add(new EquipmentBlackout
            {
                EquipmentId = equipment, Start = start.ToUniversalTime(), End = end.ToUniversalTime(), Reason = reason, CreatedAt = Time.GetUtcNow(),
            });
            return db.SaveChangesAsync();
        });

    public Task<(Guid Id, bool Replayed)> BookAsync(Guid user, Guid equipment, ReservationInput input, string? key = null) =>
        Host.RunAsync<ReservationService, (Guid, bool)>(s => s.CreateAsync(user, equipment, input, key));

    /// <summary>The company user books the world's equipment for [start, end).</summary>
    public async Task<Guid> BookAsync(DateTimeOffset start, DateTimeOffset end, bool hold = false) =>
        (await BookAsync(CompanyUser, Equipment, Input(start, end, hold))).Id;

    public Task ActAsync(Guid user, Guid id, ReservationAction action, ReservationDecision? decision = null) =>
        Host.RunAsync<ReservationService>(s => s.ActAsync(user, id, action, decision));

    public Task<Reservation> ReservationAsync(Guid id) =>
        Host.QueryAsync(db => db.Reservations.AsNoTracking().SingleAsync(r => r.Id == id));

    /// <summary>Pairs of active reservations of one item that overlap, counted by SQL over the table itself.</summary>
    public Task<int> OverlappingActivePairsAsync() =>
        Host.QueryAsync(db => db.Database.SqlQueryRaw<int>("""
            SELECT COUNT(*) AS "Value" FROM "Reservations" a JOIN "Reservations" b
              ON a."EquipmentId" = b."EquipmentId" AND a."Id" < b."Id" AND a."Start" < b."End" AND b."Start" < a."End"
            WHERE a."Status" IN ('Held', 'Requested', 'Confirmed', 'CheckedIn') AND b."Status" IN ('Held', 'Requested', 'Confirmed', 'CheckedIn')
            """).SingleAsync());
}
