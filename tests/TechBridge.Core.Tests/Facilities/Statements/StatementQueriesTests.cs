using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Facilities.Statements;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Tests.Facilities.Reservations;

namespace TechBridge.Core.Tests.Facilities.Statements;

/// <summary>
/// Statements and receivables over completed reservations written straight into the booking world (centers A: the world's,
/// B: a second center of the same industry); check-outs are given in UTC so KST month edges are explicit.
/// </summary>
public sealed class StatementQueriesTests
{
    private static readonly DateOnly March = new(2026, 3, 1);

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Statement_CompanyUser_ListsCompletedLinesOfTheMonthWithTotalsAndCenterSubtotals(string provider)
    {
        await using var world = await BookingWorld.StartAsync(provider);
        var (centerB, equipmentB, _) = await SecondCenterAsync(world);
        await CompletedAsync(world, world.Equipment, world.Company, Utc(3, 4, 3), 20_000, samples: null);
        await CompletedAsync(world, world.Equipment, world.Company, Utc(3, 10, 3), 30_000, samples: 4);
        await CompletedAsync(world, equipmentB, world.Company, Utc(3, 5, 3), 100_000);
        await CompletedAsync(world, world.Equipment, world.Company, Utc(2, 20, 3), 50_000);
        await CompletedAsync(world, world.Equipment, world.Company, Utc(3, 12, 3), 70_000, status: ReservationStatus.Cancelled);

        var statement = await StatementAsync(world, world.CompanyUser, world.Company, March);

        Assert.Equal(("예약기업 주식회사", March, false), (statement.CompanyKo, statement.Month, statement.IsPartial));
        Assert.Equal([20_000L, 100_000, 30_000], statement.Lines.Select(l => l.FeeKrw));
        Assert.Equal(new Amounts(3, 150_000, 15_000), statement.Total);
        Assert.Equal(165_000, statement.Total.TotalKrw);
        Assert.Equal([(centerB, 110_000L), (world.Center, 55_000L)], statement.Centers.Select(c => (c.CenterId, c.Amounts.TotalKrw)));
        var line = statement.Lines[2];
        Assert.Equal((TimeSpan.FromHours(9), 4, "X선 회절 분석기(XRD)", 33_000L), (line.CheckedOutAt.Offset, line.Samples, line.EquipmentKo, line.TotalKrw));
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.FromHours(9)), line.CheckedOutAt);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Statement_CheckOutsAtKstMonthEdges_FallInTheKstMonth(string provider)
    {
        await using var world = await BookingWorld.StartAsync(provider);
        await CompletedAsync(world, world.Equipment, world.Company, Utc(2, 28, 14, 59), 1_000); // 28 Feb 23:59 KST
        await CompletedAsync(world, world.Equipment, world.Company, Utc(2, 28, 15), 2_000);     // 1 Mar 00:00 KST
        await CompletedAsync(world, world.Equipment, world.Company, Utc(3, 31, 14, 59), 3_000); // 31 Mar 23:59 KST
        await CompletedAsync(world, world.Equipment, world.Company, Utc(3, 31, 15), 4_000);     // 1 Apr 00:00 KST

        Assert.Equal([1_000L], (await StatementAsync(world, world.CompanyUser, world.Company, new DateOnly(2026, 2, 1))).Lines.Select(l => l.FeeKrw));
        Assert.Equal([2_000L, 3_000], (await StatementAsync(world, world.CompanyUser, world.Company, March)).Lines.Select(l => l.FeeKrw));
        Assert.Equal([4_000L], (await StatementAsync(world, world.CompanyUser, world.Company, new DateOnly(2026, 4, 1))).Lines.Select(l => l.FeeKrw));
        var receivables = await ReceivablesAsync(world, world.Operator, world.Center, new DateOnly(2026, 2, 1), new DateOnly(2026, 4, 1));
        Assert.Equal([1_100L, 5_500, 4_400], receivables.Months.Select(m => m.Amounts.TotalKrw));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Statement_EachRole_SeesItsScopeAndUnseenCompaniesAreNotFound(string provider)
    {
        await using var world = await BookingWorld.StartAsync(provider);
        var (_, equipmentB, operatorB) = await SecondCenterAsync(world);
        var (otherCompany, otherUser) = await world.CompanyUserAsync("남의기업");
        var (_, otherEquipment, otherOperator) = await SecondCenterAsync(world, "BIO");
        var coordinator = await CoordinatorAsync(world, "MATERIALS");
        var manager = await world.AccountAsync(Roles.ProgramManager, null);
        await CompletedAsync(world, world.Equipment, world.Company, Utc(3, 4, 3), 20_000);
        await CompletedAsync(world, equipmentB, world.Company, Utc(3, 5, 3), 100_000);
        await CompletedAsync(world, otherEquipment, otherCompany, Utc(3, 5, 3), 7_000);

        Assert.Equal((2, false), Seen(await StatementAsync(world, manager, world.Company, March)));
        Assert.Equal((2, true), Seen(await StatementAsync(world, coordinator, world.Company, March)));
        var operatorA = await StatementAsync(world, world.Operator, world.Company, March);
        Assert.Equal((1, true, world.Center), (operatorA.Lines.Count, operatorA.IsPartial, operatorA.Lines[0].CenterId));
        Assert.Equal(22_000, operatorA.Total.TotalKrw);
        Assert.Equal(110_000, (await StatementAsync(world, operatorB, world.Company, March)).Total.TotalKrw);
        // A company the operator served in another month is still visible, with an empty statement for this one.
        Assert.Empty((await StatementAsync(world, world.Operator, world.Company, new DateOnly(2026, 5, 1))).Lines);

        await Assert.ThrowsAsync<NotFoundException>(() => StatementAsync(world, otherUser, world.Company, March));
        await Assert.ThrowsAsync<NotFoundException>(() => StatementAsync(world, otherOperator, world.Company, March));
        await Assert.ThrowsAsync<NotFoundException>(() => StatementAsync(world, world.Operator, otherCompany, March));
        await Assert.ThrowsAsync<NotFoundException>(() => StatementAsync(world, coordinator, otherCompany, March));
        await Assert.ThrowsAsync<NotFoundException>(() => StatementAsync(world, manager, Guid.CreateVersion7(), March));
        await Assert.ThrowsAsync<NotFoundException>(() => StatementAsync(world, manager, world.Center, March));
        Assert.Equal(7_700, (await StatementAsync(world, otherUser, otherCompany, March)).Total.TotalKrw);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Receivables_Center_SumsPerCompanyAndMonthWithTotals(string provider)
    {
        await using var world = await BookingWorld.StartAsync(provider);
        var (otherCompany, _) = await world.CompanyUserAsync("가나다기업");
        var (_, equipmentB, _) = await SecondCenterAsync(world);
        await CompletedAsync(world, world.Equipment, world.Company, Utc(3, 4, 3), 20_000);
        await CompletedAsync(world, world.Equipment, world.Company, Utc(3, 9, 3), 10_000);
        await CompletedAsync(world, world.Equipment, world.Company, Utc(4, 2, 3), 5_000);
        await CompletedAsync(world, world.Equipment, otherCompany, Utc(4, 3, 3), 40_000);
        await CompletedAsync(world, world.Equipment, otherCompany, Utc(6, 3, 3), 90_000);
        await CompletedAsync(world, equipmentB, world.Company, Utc(3, 5, 3), 100_000);
        await CompletedAsync(world, world.Equipment, world.Company, Utc(3, 6, 3), 70_000, status: ReservationStatus.NoShow);

        var r = await ReceivablesAsync(world, world.Operator, world.Center, March, new DateOnly(2026, 5, 1));

        Assert.Equal(
            [("가나다기업", new DateOnly(2026, 4, 1), 44_000L), ("예약기업 주식회사", March, 33_000), ("예약기업 주식회사", new DateOnly(2026, 4, 1), 5_500)],
            r.Rows.Select(x => (x.CompanyKo, x.Month, x.Amounts.TotalKrw)));
        Assert.Equal(2, r.Rows[1].Amounts.Lines);
        Assert.Equal([("가나다기업", 44_000L), ("예약기업 주식회사", 38_500)], r.Companies.Select(c => (c.CompanyKo, c.Amounts.TotalKrw)));
        Assert.Equal([33_000L, 49_500, 0], r.Months.Select(m => m.Amounts.TotalKrw));
        Assert.Equal(new Amounts(4, 75_000, 7_500), r.Total);
        await Assert.ThrowsAsync<ValidationFailedException>(() => ReceivablesAsync(world, world.Operator, world.Center, March, new DateOnly(2026, 2, 1)));
        await Assert.ThrowsAsync<ValidationFailedException>(() => ReceivablesAsync(world, world.Operator, world.Center, March, new DateOnly(2028, 3, 1)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Receivables_OutsideTheCenter_IsNotFound(string provider)
    {
        await using var world = await BookingWorld.StartAsync(provider);
        var (centerB, _, operatorB) = await SecondCenterAsync(world);
        var (bioCenter, _, _) = await SecondCenterAsync(world, "BIO");
        var coordinator = await CoordinatorAsync(world, "MATERIALS");
        var manager = await world.AccountAsync(Roles.Administrator, null);

        Assert.Equal(world.Center, (await ReceivablesAsync(world, coordinator, world.Center, March, March)).CenterId);
        Assert.Equal(centerB, (await ReceivablesAsync(world, manager, centerB, March, March)).CenterId);
        await Assert.ThrowsAsync<NotFoundException>(() => ReceivablesAsync(world, operatorB, world.Center, March, March));
        await Assert.ThrowsAsync<NotFoundException>(() => ReceivablesAsync(world, world.CompanyUser, world.Center, March, March));
        await Assert.ThrowsAsync<NotFoundException>(() => ReceivablesAsync(world, coordinator, bioCenter, March, March));
        await Assert.ThrowsAsync<NotFoundException>(() => ReceivablesAsync(world, manager, Guid.CreateVersion7(), March, March));
        await Assert.ThrowsAsync<NotFoundException>(() => ReceivablesAsync(world, manager, world.Company, March, March));
    }

    private static (int Lines, bool Partial) Seen(CompanyStatement statement) => (statement.Lines.Count, statement.IsPartial);

    private static async Task<CompanyStatement> StatementAsync(BookingWorld world, Guid user, Guid company, DateOnly month)
    {
        var actor = await world.ActorAsync(user);
        return await world.Host.RunAsync<StatementQueries, CompanyStatement>(q => q.StatementAsync(actor, company, month));
    }

    private static async Task<CenterReceivables> ReceivablesAsync(BookingWorld world, Guid user, Guid center, DateOnly first, DateOnly last)
    {
        var actor = await world.ActorAsync(user);
        return await world.Host.RunAsync<StatementQueries, CenterReceivables>(q => q.ReceivablesAsync(actor, center, first, last));
    }

    private static async Task<(Guid Center, Guid Equipment, Guid Operator)> SecondCenterAsync(BookingWorld world, string industry = "MATERIALS")
    {
        var center = await world.OrganizationAsync(OrganizationKind.EquipmentCenter, $"두번째 센터 {industry}", industry);
        var equipment = await world.EquipmentAsync(center, e => e.IndustryCode = industry);
        return (center, equipment, await world.AccountAsync(Roles.CenterOperator, center));
    }

    private static async Task<Guid> CoordinatorAsync(BookingWorld world, string industry)
    {
        var institution = await world.OrganizationAsync(OrganizationKind.Agency, "대표기관 " + industry);
        await world.Host.RunAsync<TechBridgeDbContext>(async db =>
        {
            (await db.Industries.SingleAsync(i => i.Code == industry)).RepresentativeInstitutionId = institution;
            await db.SaveChangesAsync();
        });
        return await world.AccountAsync(Roles.Coordinator, institution);
    }

    /// <summary>A reservation of two hours that ended (and was checked out) at <paramref name="checkedOut"/>, VAT 10%.</summary>
    private static Task CompletedAsync(
        BookingWorld world, Guid equipment, Guid company, DateTimeOffset checkedOut, long fee, int? samples = null,
        ReservationStatus status = ReservationStatus.Completed) =>
        world.Host.RunAsync<TechBridgeDbContext>(db =>
        {
            var user = db.Users.Where(u => u.OrganizationId == company).Select(u => u.Id).First();
            db.Reservations.Add(new Reservation
            {
                EquipmentId = equipment, CompanyId = company, RequestedById = user, Start = checkedOut.AddHours(-2), End = checkedOut,
                Purpose = "정산 시험", Status = status, CheckedInAt = checkedOut.AddHours(-2), CheckedOutAt = checkedOut, Samples = samples,
                FeeKrw = fee, VatKrw = fee / 10, CreatedAt = checkedOut.AddDays(-7), UpdatedAt = checkedOut,
            });
            return db.SaveChangesAsync();
        });
}
