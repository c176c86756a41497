using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Facilities.Packages;
using TechBridge.Core.Facilities.Requests;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Facilities.Statements;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Tests.Facilities.Requests;
using static TechBridge.Core.Tests.Facilities.Packages.PackageSetup;
using static TechBridge.Core.Tests.Facilities.Requests.SupportWorld;

namespace TechBridge.Core.Tests.Facilities.Packages;

/// <summary>
/// A quote that offers one of the center's active packages: its price is the default, its VAT rule the VAT's, the request
/// shows it, and the reservation booked from the accepted quote is billed the quoted price on a statement line naming it.
/// </summary>
public sealed class PackageQuoteTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Quote_WithPackage_PriceDefaultsToItsAndTheStatementBillsAndNamesIt(string provider)
    {
        await using var world = await SupportWorld.StartAsync(provider);
        var package = await CreateXrdAsync(world);
        var request = await world.SubmitAsync();
        var part = await world.AssignAsync(request);

        await world.QuoteAsync(part, new QuoteInput(null, world.Equipment, Kst(10, 7, 10), Kst(10, 7, 12), PackageId: package));

        var quoted = await world.PartOfAsync(part);
        Assert.Equal((package, 330_000L, 33_000L), (quoted.PackageId!.Value, quoted.PriceKrw!.Value, quoted.VatKrw!.Value));
        Assert.Equal("XRD 결정구조 분석 패키지", (await world.DetailAsync(world.CompanyUser, request)).Parts.Single().PackageKo);

        await world.PartAsync(world.CompanyUser, part, SupportAssignmentAction.Accept);
        var reservation = (await world.PartOfAsync(part)).ReservationId!.Value;
        world.SetNow(Kst(10, 7, 10));
        await world.Host.RunAsync<ReservationService>(s => s.ActAsync(world.Operator, reservation, ReservationAction.CheckIn));
        world.SetNow(Kst(10, 7, 15, 30));
        await world.Host.RunAsync<ReservationService>(s => s.ActAsync(world.Operator, reservation, ReservationAction.CheckOut));

        var company = await world.ActorAsync(world.CompanyUser);
        var statement = await world.Host.RunAsync<StatementQueries, CompanyStatement>(q => q.StatementAsync(company, world.Company, new DateOnly(2026, 10, 1)));
        var line = Assert.Single(statement.Lines);
        Assert.Equal((330_000L, 33_000L, "XRD 결정구조 분석 패키지"), (line.FeeKrw, line.VatKrw, line.PackageKo));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Quote_PackageOfAnotherCenterOrRetired_IsAFieldErrorAndAGivenPriceWins(string provider)
    {
        await using var world = await SupportWorld.StartAsync(provider);
        var other = await CreateAsync(world, world.OtherOperator, world.OtherCenter, Input(world.OtherEquipment));
        var retired = await CreateXrdAsync(world);
        await world.Host.RunAsync<PackageService>(s => s.RetireAsync(world.Operator, retired));
        var exempt = await CreateAsync(world, world.Operator, world.Center, Input(world.Equipment) with { VatExempt = true });
        var part = await world.AssignAsync(await world.SubmitAsync());

        foreach (var refused in new[] { other, retired, Guid.NewGuid() })
        {
            var error = await Assert.ThrowsAsync<ValidationFailedException>(() => world.QuoteAsync(part, Quote() with { PackageId = refused }));
            Assert.Equal(["PackageId"], error.Errors.Keys);
        }

        await world.QuoteAsync(part, Quote(price: 250_000) with { PackageId = exempt });

        var quoted = await world.PartOfAsync(part);
        Assert.Equal((exempt, 250_000L, 0L), (quoted.PackageId!.Value, quoted.PriceKrw!.Value, quoted.VatKrw!.Value));
        Assert.Equal(SupportAssignmentStatus.Quoted, quoted.Status);
        Assert.Equal(0, await world.Host.QueryAsync(db => db.SupportAssignments.CountAsync(a => a.PackageId == retired || a.PackageId == other)));
    }
}
