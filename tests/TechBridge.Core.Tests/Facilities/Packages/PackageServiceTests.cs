using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Packages;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Tests.Facilities.Requests;
using static TechBridge.Core.Tests.Facilities.Packages.PackageSetup;
using static TechBridge.Core.Tests.Facilities.Requests.SupportWorld;

namespace TechBridge.Core.Tests.Facilities.Packages;

/// <summary>
/// Service packages in the support-request world: written by the center's operator and overseers only, validated field by
/// field, retired (then hidden from everyone else and frozen), and changed under optimistic concurrency.
/// </summary>
public sealed class PackageServiceTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_OperatorOfTheCenter_SavesTheLinesAndAuditsThemWithTheActor(string provider)
    {
        await using var world = await SupportWorld.StartAsync(provider);

        var id = await CreateAsync(world, world.Operator, world.Center, Input(world.Equipment));

        var package = await world.Host.QueryAsync(db => db.ServicePackages.AsNoTracking().Include(p => p.Components).SingleAsync(p => p.Id == id));
        Assert.Equal(("XRD 결정구조 분석 패키지", 330_000L, PackageStatus.Active, 1L), (package.NameKo, package.PriceKrw, package.Status, package.Version));
        Assert.Equal(
            [(EquipmentServiceKind.EquipmentUse, (Guid?)world.Equipment, 4, PackageUnit.Hours), (EquipmentServiceKind.Consulting, null, 1, PackageUnit.Sessions)],
            package.Components.OrderBy(c => c.Position).Select(c => (c.Kind, c.EquipmentId, c.Quantity, c.Unit)));
        var audit = await world.Host.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == nameof(ServicePackage) || e.EntityType == nameof(PackageComponent)).ToListAsync());
        Assert.Equal(3, audit.Count);
        Assert.All(audit, e => Assert.Equal((AuditAction.Added, Actor.ActorId), (e.Action, e.ActorId)));
        var view = await world.Host.RunAsync<PackageQueries, PackageView>(q => q.GetAsync(null, id));
        Assert.Equal((33_000L, 363_000L, "X선 회절 분석기(XRD)"), (view.VatKrw, view.TotalKrw, view.Components[0].EquipmentKo));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_InvalidInput_ReportsEveryFieldAndSavesNothing(string provider)
    {
        await using var world = await SupportWorld.StartAsync(provider);
        var disposed = await world.EquipmentAsync(world.Center, "폐기 장비");
        await world.Host.RunAsync<TechBridge.Core.Data.TechBridgeDbContext>(db =>
            db.Equipment.Where(e => e.Id == disposed).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EquipmentStatus.Disposed)));

        var empty = await Assert.ThrowsAsync<ValidationFailedException>(() => CreateAsync(world, world.Operator, world.Center, new PackageInput(" ", null, 0, [])));
        var lines = await Assert.ThrowsAsync<ValidationFailedException>(() => CreateAsync(world, world.Operator, world.Center, new PackageInput(
            "잘못된 패키지", null, PackageLimits.MaxPriceKrw + 1,
            [
                new PackageComponentInput(EquipmentServiceKind.EquipmentUse, 0, PackageUnit.Hours),
                new PackageComponentInput(EquipmentServiceKind.TestAnalysis, 2, PackageUnit.Samples, world.OtherEquipment),
                new PackageComponentInput(null, 1, null, disposed, new string('가', PackageLimits.NoteLength + 1)),
            ])));

        Assert.Equal(["Components", "NameKo", "PriceKrw"], empty.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(
            ["Components[0].EquipmentId", "Components[0].Quantity", "Components[1].EquipmentId", "Components[2].EquipmentId", "Components[2].Kind",
             "Components[2].Note", "Components[2].Unit", "PriceKrw"],
            lines.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0, await world.Host.QueryAsync(db => db.ServicePackages.CountAsync()));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Write_EveryParty_OnlyTheCentersOperatorAndOverseersMay(string provider)
    {
        await using var world = await SupportWorld.StartAsync(provider);

        foreach (var user in new[] { world.OtherOperator, world.Coordinator, world.CompanyUser, world.Outsider })
        {
            await Assert.ThrowsAsync<ForbiddenException>(() => CreateAsync(world, user, world.Center, Input(world.Equipment)));
        }

        await Assert.ThrowsAsync<NotFoundException>(() => CreateAsync(world, world.Operator, world.Company, Input(world.Equipment)));
        var id = await CreateAsync(world, world.Operator, world.Center, Input(world.Equipment));
        await CreateAsync(world, world.ProgramManager, world.Center, Input(world.Equipment));
        await CreateAsync(world, world.Administrator, world.Center, Input(world.Equipment));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Host.RunAsync<PackageService>(s => s.UpdateAsync(world.OtherOperator, id, Input(world.Equipment))));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Host.RunAsync<PackageService>(s => s.RetireAsync(world.CompanyUser, id)));
        await world.Host.RunAsync<PackageService>(s => s.UpdateAsync(world.Administrator, id, Input(world.Equipment) with { PriceKrw = 300_000 }));

        Assert.Equal(3, await world.Host.QueryAsync(db => db.ServicePackages.CountAsync()));
        Assert.Equal(300_000, await world.Host.QueryAsync(db => db.ServicePackages.Where(p => p.Id == id).Select(p => p.PriceKrw).SingleAsync()));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Retire_ActivePackage_OnlyWritersSeeItAndNobodyChangesIt(string provider)
    {
        await using var world = await SupportWorld.StartAsync(provider);
        var id = await CreateXrdAsync(world);

        await world.Host.RunAsync<PackageService>(s => s.RetireAsync(world.Operator, id, expectedVersion: 1));

        var company = await world.ActorAsync(world.CompanyUser);
        var own = await world.ActorAsync(world.Operator);
        await Assert.ThrowsAsync<NotFoundException>(() => world.Host.RunAsync<PackageQueries, PackageView>(q => q.GetAsync(company, id)));
        Assert.Equal(PackageStatus.Retired, (await world.Host.RunAsync<PackageQueries, PackageView>(q => q.GetAsync(own, id))).Status);
        Assert.Equal(0, (await SearchAsync(world, company, new PackageFilter(IncludeRetired: true))).Total);
        Assert.Equal(0, (await SearchAsync(world, own, new PackageFilter())).Total);
        Assert.Equal(1, (await SearchAsync(world, own, new PackageFilter(IncludeRetired: true))).Total);
        Assert.Equal(0, (await SearchAsync(world, await world.ActorAsync(world.OtherOperator), new PackageFilter(IncludeRetired: true))).Total);
        var again = await Assert.ThrowsAsync<BusinessRuleException>(() => world.Host.RunAsync<PackageService>(s => s.RetireAsync(world.Operator, id)));
        var change = await Assert.ThrowsAsync<BusinessRuleException>(() => world.Host.RunAsync<PackageService>(s => s.UpdateAsync(world.ProgramManager, id, Input(world.Equipment))));
        Assert.Equal(("Package.Retired", "Package.Retired"), (again.Code, change.Code));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Host.RunAsync<PackageService>(s => s.UpdateAsync(world.OtherOperator, id, Input(world.Equipment))));
        var audit = await world.Host.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == nameof(ServicePackage) && e.Action == AuditAction.Modified).Select(e => e.After).SingleAsync());
        Assert.Contains("\"Status\":\"Retired\"", audit, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Update_StaleVersion_IsRefusedAndAFreshOneReplacesTheLines(string provider)
    {
        await using var world = await SupportWorld.StartAsync(provider);
        var id = await CreateXrdAsync(world);
        var shorter = Input(world.Equipment) with { Components = [new PackageComponentInput(EquipmentServiceKind.TestAnalysis, 5, PackageUnit.Samples, world.Equipment)] };

        await world.Host.RunAsync<PackageService>(s => s.UpdateAsync(world.Operator, id, shorter, expectedVersion: 1));
        var stale = await Assert.ThrowsAsync<PreconditionFailedException>(() =>
            world.Host.RunAsync<PackageService>(s => s.UpdateAsync(world.ProgramManager, id, Input(world.Equipment), expectedVersion: 1)));

        Assert.Equal(2, stale.CurrentVersion);
        var package = await world.Host.QueryAsync(db => db.ServicePackages.AsNoTracking().Include(p => p.Components).SingleAsync(p => p.Id == id));
        Assert.Equal(2, package.Version);
        Assert.Equal([(0, EquipmentServiceKind.TestAnalysis, 5)], package.Components.Select(c => (c.Position, c.Kind, c.Quantity)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Search_Filters_ByTextIndustryCenterAndEquipment(string provider)
    {
        await using var world = await SupportWorld.StartAsync(provider);
        await CreateXrdAsync(world);
        await CreateAsync(world, world.OtherOperator, world.OtherCenter, Input(world.OtherEquipment) with { NameKo = "SEM 미세구조 관찰 패키지" });

        Assert.Equal(2, (await SearchAsync(world, null, new PackageFilter(Industry: Industry))).Total);
        Assert.Equal(0, (await SearchAsync(world, null, new PackageFilter(Industry: OrphanIndustry))).Total);
        Assert.Equal(["SEM 미세구조 관찰 패키지"], (await SearchAsync(world, null, new PackageFilter(Query: "sem"))).Items.Select(p => p.NameKo));
        Assert.Equal(["SEM 미세구조 관찰 패키지"], (await SearchAsync(world, null, new PackageFilter(Query: "다른 분석"))).Items.Select(p => p.NameKo));
        Assert.Equal(["XRD 결정구조 분석 패키지"], (await SearchAsync(world, null, new PackageFilter(CenterId: world.Center))).Items.Select(p => p.NameKo));
        Assert.Equal(["XRD 결정구조 분석 패키지"], (await SearchAsync(world, null, new PackageFilter(EquipmentId: world.Equipment))).Items.Select(p => p.NameKo));
    }

    private static Task<PagedResult<PackageView>> SearchAsync(SupportWorld world, FacilityActor? actor, PackageFilter filter) =>
        world.Host.RunAsync<PackageQueries, PagedResult<PackageView>>(q => q.SearchAsync(actor, filter, new PageRequest(1, 20)));
}
