using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Facilities;
using TechBridge.Core.Matching;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Shared.Versioning;

/// <summary>
/// Versions kept by the DbContext (a change of the entity or of its child rows raises it by one), stale expected
/// versions refused by the services, lost races refused by the save, on organisations, equipment and glossary pairs.
/// </summary>
public sealed class OptimisticConcurrencyTests(ReferenceDataHosts hosts) : IClassFixture<ReferenceDataHosts>
{
    private static readonly string[] FieldCodes =
        ["SEMICONDUCTOR", "DISPLAY", "SECONDARY_BATTERY", "FUTURE_MOBILITY", "CORE_MATERIALS", "INTELLIGENT_ROBOT", "ADVANCED_MANUFACTURING", "AEROSPACE_DEFENSE"];

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Save_NewThenChangedOrganization_StartsAtOneAndRaisesByOnePerChange(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var id = await CreateAsync(host, "버전 시작 기관");

        var created = await VersionAsync(host, id);
        await host.RunAsync<OrganizationService>(s => s.UpdateAsync(id, Input("버전 시작 기관 (개명)")));
        await host.RunAsync<OrganizationService>(s => s.UpdateAsync(id, Input("버전 시작 기관 (재개명)", "DISPLAY")));

        Assert.Equal((1, 3), (created, await VersionAsync(host, id)));
        Assert.Equal(3, (await host.RunAsync<OrganizationQueries, OrganizationDetail>(q => q.GetAsync(id))).Version);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Save_OnlyChildRowsChanged_RaisesTheOwnersVersionAndAuditsIt(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var id = await CreateAsync(host, "하위 행 변경 기관");

        await host.RunAsync<TechBridgeDbContext>(async db =>
        {
            var organization = await db.Organizations.Include(o => o.Fields).SingleAsync(o => o.Id == id);
            organization.Fields.Add(new OrganizationField { FieldCode = "DISPLAY" });
            await db.SaveChangesAsync();
        });

        Assert.Equal(2, await VersionAsync(host, id));
        var modified = Assert.Single(await host.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == nameof(Organization) && e.EntityId == id.ToString() && e.Action == AuditAction.Modified).ToListAsync()));
        Assert.Equal(2, JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(modified.After!)!["Version"].GetInt64());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Save_ChildRowsOfAnOwnerChangedMeanwhile_ThrowsConflictWithCurrentVersionAndWritesNothing(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var id = await CreateAsync(host, "경합 기관");
        await using var stale = host.Services.CreateAsyncScope();
        var db = stale.ServiceProvider.GetRequiredService<TechBridgeDbContext>();
        var organization = await db.Organizations.Include(o => o.Fields).SingleAsync(o => o.Id == id);
        await host.RunAsync<OrganizationService>(s => s.UpdateAsync(id, Input("경합 기관 (먼저 저장)")));
        var audit = await host.QueryAsync(d => d.AuditEntries.CountAsync());

        organization.Fields.Add(new OrganizationField { FieldCode = "DISPLAY" });
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => db.SaveChangesAsync());

        Assert.Equal((nameof(Organization), id.ToString(), 2L), (conflict.Entity, conflict.Id, conflict.CurrentVersion));
        Assert.Equal(["CORE_MATERIALS"], await host.QueryAsync(d => d.OrganizationFields.Where(f => f.OrganizationId == id).Select(f => f.FieldCode).ToListAsync()));
        Assert.Equal(audit, await host.QueryAsync(d => d.AuditEntries.CountAsync()));
        Assert.Equal(2, await VersionAsync(host, id));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Delete_OwnerChangedMeanwhile_ThrowsConflictAndKeepsIt(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var id = await CreateAsync(host, "삭제 경합 기관");
        await using var stale = host.Services.CreateAsyncScope();
        var db = stale.ServiceProvider.GetRequiredService<TechBridgeDbContext>();
        var organization = await db.Organizations.Include(o => o.Fields).SingleAsync(o => o.Id == id);
        await host.RunAsync<OrganizationService>(s => s.UpdateAsync(id, Input("삭제 경합 기관 (먼저 저장)")));

        db.Organizations.Remove(organization);
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => db.SaveChangesAsync());

        Assert.Equal(2, conflict.CurrentVersion);
        Assert.Equal("삭제 경합 기관 (먼저 저장)", await host.QueryAsync(d => d.Organizations.Where(o => o.Id == id).Select(o => o.NameKo).SingleAsync()));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task UpdateAndDelete_StaleExpectedVersion_ThrowPreconditionFailedAndChangeNothing(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var id = await CreateAsync(host, "전제 조건 기관");
        await host.RunAsync<OrganizationService>(s => s.UpdateAsync(id, Input("전제 조건 기관 (v2)"), expectedVersion: 1));

        var update = await Assert.ThrowsAsync<PreconditionFailedException>(() => host.RunAsync<OrganizationService>(s => s.UpdateAsync(id, Input("늦은 수정"), expectedVersion: 1)));
        var delete = await Assert.ThrowsAsync<PreconditionFailedException>(() => host.RunAsync<OrganizationService>(s => s.DeleteAsync(id, expectedVersion: 1)));

        Assert.Equal((2L, 2L), (update.CurrentVersion, delete.CurrentVersion));
        Assert.Equal("전제 조건 기관 (v2)", await host.QueryAsync(d => d.Organizations.Where(o => o.Id == id).Select(o => o.NameKo).SingleAsync()));
        await host.RunAsync<OrganizationService>(s => s.DeleteAsync(id, expectedVersion: 2));
        Assert.False(await host.QueryAsync(d => d.Organizations.AnyAsync(o => o.Id == id)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task EquipmentUpdateAndDelete_StaleExpectedVersion_ThrowPreconditionFailed(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var center = await host.RunAsync<OrganizationService, Guid>(s => s.CreateAsync(new OrganizationInput(
            OrganizationKind.EquipmentCenter, "버전 장비센터", null, "KR", IndustryCode: "MATERIALS")));
        var input = new EquipmentInput(center, "주사전자현미경", null, "MATERIALS", 2, 6, "표면 관찰용 장비", Stages: ["DEVELOPMENT"], Fields: ["CORE_MATERIALS"]);
        var id = await host.RunAsync<EquipmentService, Guid>(s => s.CreateAsync(input));
        await host.RunAsync<EquipmentService>(s => s.UpdateAsync(id, input with { Stages = ["DEVELOPMENT", "PILOT_DEMONSTRATION"] }, expectedVersion: 1));

        var update = await Assert.ThrowsAsync<PreconditionFailedException>(() => host.RunAsync<EquipmentService>(s => s.UpdateAsync(id, input with { NameKo = "늦은 수정" }, expectedVersion: 1)));
        await Assert.ThrowsAsync<PreconditionFailedException>(() => host.RunAsync<EquipmentService>(s => s.DeleteAsync(id, expectedVersion: 1)));

        Assert.Equal(2, update.CurrentVersion);
        var equipment = await host.QueryAsync(d => d.Equipment.AsNoTracking().SingleAsync(e => e.Id == id));
        Assert.Equal((2L, "주사전자현미경"), (equipment.Version, equipment.NameKo));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Update_ParallelWithDistinctInputs_OneInputWinsWholeAndTheOthersConflict(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var id = await CreateAsync(host, "동시 수정 기관");
        var inputs = Enumerable.Range(0, 20)
            .Select(i => Input($"동시 수정 기관 {i:00}", FieldCodes[i % FieldCodes.Length], FieldCodes[(i + 3) % FieldCodes.Length])).ToList();

        var outcomes = await Task.WhenAll(inputs.Select(input => Task.Run(async () =>
        {
            try
            {
                await host.RunAsync<OrganizationService>(s => s.UpdateAsync(id, input));
                return "saved";
            }
            catch (ConcurrencyConflictException)
            {
                return "conflict";
            }
        })));

        var saved = outcomes.Count(o => o == "saved");
        Assert.InRange(saved, 1, inputs.Count);
        var final = await host.RunAsync<OrganizationQueries, OrganizationDetail>(q => q.GetAsync(id));
        var winner = Assert.Single(inputs, i => i.NameKo == final.NameKo);
        Assert.Equal(winner.Fields!.Order(StringComparer.Ordinal), final.Fields);
        Assert.Equal(1 + saved, final.Version);
        Assert.Equal(saved, await host.QueryAsync(d => d.AuditEntries.CountAsync(
            e => e.EntityType == nameof(Organization) && e.EntityId == id.ToString() && e.Action == AuditAction.Modified)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task GlossaryAdd_SamePairInParallel_StoresItOnce(string provider)
    {
        // "At most one pair per Korean and English text": the unique index holds it whatever the interleaving.
        var host = await hosts.GetAsync(provider);
        var input = new GlossaryTermInput("동시추가용어" + Guid.NewGuid().ToString("N")[..6], "concurrently added term");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(async () =>
        {
            try
            {
                await host.RunAsync<GlossaryService, GlossaryTerm>(s => s.AddAsync(input));
                return null;
            }
            catch (Exception ex) when (ex is ValidationFailedException or DbUpdateException)
            {
                return ex;
            }
        })));

        Assert.Single(outcomes, o => o is null);
        Assert.Equal(1, await host.QueryAsync(d => d.GlossaryTerms.CountAsync(t => t.Korean == input.Korean)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task GlossaryDelete_StaleExpectedVersion_ThrowsPreconditionFailedAndKeepsThePair(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var term = await host.RunAsync<GlossaryService, GlossaryTerm>(s => s.AddAsync(new GlossaryTermInput("버전용어" + Guid.NewGuid().ToString("N")[..6], "versioned term")));

        var stale = await Assert.ThrowsAsync<PreconditionFailedException>(() => host.RunAsync<GlossaryService>(s => s.DeleteAsync(term.Id, expectedVersion: 7)));

        Assert.Equal((1L, 1L), (term.Version, stale.CurrentVersion));
        Assert.True(await host.QueryAsync(d => d.GlossaryTerms.AnyAsync(t => t.Id == term.Id)));
        await host.RunAsync<GlossaryService>(s => s.DeleteAsync(term.Id, expectedVersion: 1));
        Assert.False(await host.QueryAsync(d => d.GlossaryTerms.AnyAsync(t => t.Id == term.Id)));
    }

    private static OrganizationInput Input(string name, params string[] fields) =>
        new(OrganizationKind.ResearchInstitute, name, null, "KR", Fields: fields.Length == 0 ? ["CORE_MATERIALS"] : fields);

    private static Task<Guid> CreateAsync(CoreHost host, string name) =>
        host.RunAsync<OrganizationService, Guid>(s => s.CreateAsync(Input(name)));

    private static Task<long> VersionAsync(CoreHost host, Guid id) =>
        host.QueryAsync(db => db.Organizations.Where(o => o.Id == id).Select(o => o.Version).SingleAsync());
}
