using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Facilities;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Facilities;

public sealed class EquipmentServiceTests
{
    private static readonly TestAuditActor Actor = new("user-9", "장비 담당자 (center@example.kr)", "req-eq");

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task CreateUpdateDelete_Equipment_AuditsTheEquipmentAndItsRowsWithActor(string provider)
    {
        var time = new FakeTime();
        await using var host = await StartAsync(provider, time);
        var center = await CenterAsync(host);

        var id = await host.RunAsync<EquipmentService, Guid>(s => s.CreateAsync(Input(center)));
        time.Advance(TimeSpan.FromMinutes(1));
        await host.RunAsync<EquipmentService>(s => s.UpdateAsync(id, Input(center) with { Status = EquipmentStatus.UnderMaintenance, Services = [EquipmentServiceKind.TestAnalysis] }));
        time.Advance(TimeSpan.FromMinutes(1));
        await host.RunAsync<EquipmentService>(s => s.DeleteAsync(id));

        var entries = await host.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.EntityType == nameof(Equipment) && e.EntityId == id.ToString())
            .OrderBy(e => e.At).ToListAsync());
        Assert.Equal([AuditAction.Added, AuditAction.Modified, AuditAction.Deleted], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal((Actor.ActorId, Actor.ActorName), (e.ActorId, e.ActorName)));
        var modified = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(entries[1].After!)!;
        Assert.Equal(["Status", "UpdatedAt", "Version"], modified.Keys);
        Assert.Equal("UnderMaintenance", modified["Status"].GetString());
        var offerings = await host.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.EntityType == nameof(EquipmentOffering)).OrderBy(e => e.At).ToListAsync());
        Assert.Contains(offerings, e => e.EntityId == $"{id}|EquipmentUse" && e.Action == AuditAction.Deleted && e.At == entries[1].At);
        Assert.Equal(3, await host.QueryAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == nameof(EquipmentStage) && e.Action == AuditAction.Deleted)));
        Assert.False(await host.QueryAsync(db => db.Equipment.AnyAsync(e => e.Id == id)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_InvalidInput_ReportsEveryFieldAndSavesNothing(string provider)
    {
        await using var host = await StartAsync(provider, new FakeTime());
        var company = await host.RunAsync<OrganizationService, Guid>(s => s.CreateAsync(new OrganizationInput(OrganizationKind.Company, "장비없는기업", null, "KR")));

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => host.RunAsync<EquipmentService, Guid>(s => s.CreateAsync(
            new EquipmentInput(company, "", "", "NOWHERE", 0, 10, " ", Stages: ["MOON"], Fields: ["TIME_TRAVEL"], YearAcquired: 1900))));

        Assert.Equal(
            ["CenterId", "DescriptionKo", "Fields", "IndustryCode", "NameKo", "Stages", "TrlMax", "TrlMin", "YearAcquired"],
            error.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0, await host.QueryAsync(db => db.Equipment.CountAsync()));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task SaveChanges_TrlOutsideOneToNineOrUnknownStatus_IsRefusedByTheDatabase(string provider)
    {
        await using var host = await StartAsync(provider, new FakeTime());
        var center = await CenterAsync(host);

        await Assert.ThrowsAsync<DbUpdateException>(() => host.RunAsync<TechBridgeDbContext>(db =>
        {
            db.Equipment.Add(new Equipment { CenterId = center, NameKo = "범위 밖", IndustryCode = "MATERIALS", TrlMin = 3, TrlMax = 12, DescriptionKo = "x" });
            return db.SaveChangesAsync();
        }));
        await Assert.ThrowsAsync<DbUpdateException>(() => host.RunAsync<TechBridgeDbContext>(db =>
        {
            db.Equipment.Add(new Equipment { CenterId = center, NameKo = "역순", IndustryCode = "MATERIALS", TrlMin = 6, TrlMax = 4, DescriptionKo = "x" });
            return db.SaveChangesAsync();
        }));
        await Assert.ThrowsAsync<DbUpdateException>(() => host.RunAsync<TechBridgeDbContext>(db =>
        {
            db.Equipment.Add(new Equipment { CenterId = center, NameKo = "상태", IndustryCode = "MATERIALS", TrlMin = 4, TrlMax = 6, DescriptionKo = "x", Status = (EquipmentStatus)42 });
            return db.SaveChangesAsync();
        }));
        Assert.Equal(0, await host.QueryAsync(db => db.Equipment.CountAsync()));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task DeleteCenter_WithEquipment_IsRefusedAsABusinessRule(string provider)
    {
        await using var host = await StartAsync(provider, new FakeTime());
        var center = await CenterAsync(host);
        await host.RunAsync<EquipmentService, Guid>(s => s.CreateAsync(Input(center)));

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => host.RunAsync<OrganizationService>(s => s.DeleteAsync(center)));

        Assert.Equal("Rule.OrganizationHasListings", error.Code);
        Assert.True(await host.QueryAsync(db => db.Organizations.AnyAsync(o => o.Id == center)));
    }

    private static EquipmentInput Input(Guid center) => new(
        center, "X선 회절 분석기(XRD)", "X-ray diffractometer (XRD)", "MATERIALS", 2, 6, "결정 구조 분석용 장비입니다.",
        Stages: ["BASIC_RESEARCH", "APPLIED_RESEARCH", "DEVELOPMENT"], Services: [EquipmentServiceKind.EquipmentUse, EquipmentServiceKind.TestAnalysis],
        Fields: ["CORE_MATERIALS"], Model: "D8-2024", Manufacturer: "Bruker", YearAcquired: 2021);

    private static Task<Guid> CenterAsync(CoreHost host) =>
        host.RunAsync<OrganizationService, Guid>(s => s.CreateAsync(new OrganizationInput(
            OrganizationKind.EquipmentCenter, "시험 소재분석센터", "Test Materials Analysis Center", "KR", IndustryCode: "MATERIALS", Fields: ["CORE_MATERIALS"])));

    private static Task<CoreHost> StartAsync(string provider, FakeTime time) =>
        CoreHost.StartInitializedAsync(provider, configure: services =>
        {
            services.AddScoped<IAuditActor>(_ => Actor);
            services.AddSingleton<TimeProvider>(time);
        });
}
