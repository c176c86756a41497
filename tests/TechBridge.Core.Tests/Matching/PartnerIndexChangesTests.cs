using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Directory;
using TechBridge.Core.Facilities;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Matching;

namespace TechBridge.Core.Tests.Matching;

/// <summary>The running index follows saved equipment, technology and need changes (and their organisation's), without a restart.</summary>
public sealed class PartnerIndexChangesTests
{
    private const string EquipmentText = "ornithopter wing flutter tunnel";

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task EquipmentCreatedRetiredRestoredDeleted_IndexFollowsEveryChange(string provider)
    {
        await using var scenario = await IndexScenario.CreateAsync(provider);
        await using var running = await scenario.StartIndexAsync();
        var center = await CenterAsync(running.Services, "KR");
        var query = new PartnerQuery(EquipmentText, Kinds: [EntityDocuments.EquipmentType]);

        var id = await RunAsync<EquipmentService, Guid>(running.Services, s => s.CreateAsync(Equipment(center)));
        var found = await running.EventuallyAsync(query, r => r.Hits.Any(h => h.Id == id));
        var hit = Assert.Single(found.Hits, h => h.Id == id);
        Assert.Equal(("Equipment", center, "KR", 2, 3), (hit.Kind, hit.Owner!.Id, hit.CountryCode, hit.TrlMin!.Value, hit.TrlMax!.Value));
        Assert.Contains(hit.Matched, m => m.Term == "ornithopter");

        await RunAsync<EquipmentService>(running.Services, s => s.UpdateAsync(id, Equipment(center) with { Status = EquipmentStatus.Disposed }));
        await running.EventuallyAsync(query, r => r.Hits.All(h => h.Id != id));
        await RunAsync<EquipmentService>(running.Services, s => s.UpdateAsync(id, Equipment(center) with { Status = EquipmentStatus.UnderMaintenance }));
        await running.EventuallyAsync(query, r => r.Hits.Any(h => h.Id == id));

        await RunAsync<EquipmentService>(running.Services, s => s.DeleteAsync(id));
        await PartnerIndexHost.EventuallyAsync(() => !running.Index.Engine.Index.Contains(EntityDocuments.EquipmentPrefix + id.ToString("N")), "the deleted equipment leaves the index");
        Assert.DoesNotContain((await running.SearchAsync(query)).Hits, h => h.Id == id);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task CenterMovesToAnotherCountry_ItsEquipmentDocumentFollows(string provider)
    {
        await using var scenario = await IndexScenario.CreateAsync(provider);
        await using var running = await scenario.StartIndexAsync();
        var center = await CenterAsync(running.Services, "KR");
        var id = await RunAsync<EquipmentService, Guid>(running.Services, s => s.CreateAsync(Equipment(center)));
        await running.EventuallyAsync(new PartnerQuery(EquipmentText, Countries: ["KR"]), r => r.Hits.Any(h => h.Id == id));

        await RunAsync<OrganizationService>(running.Services, s => s.UpdateAsync(center, CenterInput("DE")));

        var moved = await running.EventuallyAsync(new PartnerQuery(EquipmentText, Countries: ["DE"]), r => r.Hits.Any(h => h.Id == id));
        Assert.Equal("DE", moved.Hits.Single(h => h.Id == id).CountryCode);
        Assert.DoesNotContain((await running.SearchAsync(new PartnerQuery(EquipmentText, Countries: ["KR"]))).Hits, h => h.Id == id);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task TrlFilter_AppliesToEquipmentButLeavesOrganisationsIn(string provider)
    {
        await using var scenario = await IndexScenario.CreateAsync(provider);
        await using var running = await scenario.StartIndexAsync();
        var center = await CenterAsync(running.Services, "KR");
        var organization = await IndexScenario.AddOrganizationAsync(running.Services, "날개 연구소", "Ornithopter Wing Lab", "Ornithopter wing flutter.");
        var equipment = await RunAsync<EquipmentService, Guid>(running.Services, s => s.CreateAsync(Equipment(center)));
        await running.EventuallyAsync(new PartnerQuery(EquipmentText), r => r.Hits.Any(h => h.Id == equipment) && r.Hits.Any(h => h.Id == organization));

        var mature = await running.SearchAsync(new PartnerQuery(EquipmentText, TrlMin: 7, TrlMax: 9));
        var early = await running.SearchAsync(new PartnerQuery(EquipmentText, TrlMin: 3, TrlMax: 4));

        Assert.Contains(mature.Hits, h => h.Id == organization);
        Assert.DoesNotContain(mature.Hits, h => h.Id == equipment);
        Assert.Contains(early.Hits, h => h.Id == equipment);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task NeedFiledThenClosed_FoundOnlyWhenNeedsAreAskedForAndWhileNotClosed(string provider)
    {
        await using var scenario = await IndexScenario.CreateAsync(provider);
        await using var running = await scenario.StartIndexAsync();
        var company = await RunAsync<OrganizationService, Guid>(running.Services, s => s.CreateAsync(new OrganizationInput(OrganizationKind.Company, "오니솝터기업", "Ornithopter Co", "KR")));
        var user = (await RunAsync<AccountService, UserAccount>(running.Services, s => s.CreateAsync(
            new NewAccount("ornithopter-needs@example.kr", "수요 담당", "need-Password-1", [Roles.Company], OrganizationId: company)))).Id;
        var input = new NeedInput("Ornithopter wing flutter damping", "We need flutter damping for ornithopter wings.", "APPLIED_RESEARCH", "JOINT_RESEARCH", Fields: ["AEROSPACE_DEFENSE"]);

        var id = await RunAsync<NeedService, Guid>(running.Services, s => s.CreateAsync(user, input));
        var asked = await running.EventuallyAsync(new PartnerQuery(EquipmentText, Kinds: [EntityDocuments.NeedType]), r => r.Hits.Any(h => h.Id == id));
        var hit = asked.Hits.Single(h => h.Id == id);
        Assert.Equal((EntityDocuments.NeedType, company, 3, 4), (hit.Kind, hit.Owner!.Id, hit.TrlMin!.Value, hit.TrlMax!.Value));
        Assert.DoesNotContain((await running.SearchAsync(new PartnerQuery(EquipmentText))).Hits, h => h.Kind == EntityDocuments.NeedType);

        await RunAsync<NeedService>(running.Services, s => s.UpdateAsync(user, id, input with { Status = NeedStatus.Closed }));
        await running.EventuallyAsync(new PartnerQuery(EquipmentText, Kinds: [EntityDocuments.NeedType]), r => r.Hits.All(h => h.Id != id));
    }

    private static EquipmentInput Equipment(Guid center) => new(
        center, "오니솝터 날개 플러터 풍동", "Ornithopter wing flutter tunnel", "AUTOMOTIVE_AEROSPACE", 2, 3, "날갯짓 비행체의 플러터 시험 설비입니다.",
        Stages: ["BASIC_RESEARCH", "APPLIED_RESEARCH"], Services: [EquipmentServiceKind.TestAnalysis], Fields: ["AEROSPACE_DEFENSE"]);

    private static OrganizationInput CenterInput(string country) => new(
        OrganizationKind.EquipmentCenter, "날갯짓 시험센터", "Flapping Flight Test Center", country, IndustryCode: "AUTOMOTIVE_AEROSPACE", Fields: ["AEROSPACE_DEFENSE"]);

    private static Task<Guid> CenterAsync(IServiceProvider services, string country) =>
        RunAsync<OrganizationService, Guid>(services, s => s.CreateAsync(CenterInput(country)));

    private static async Task RunAsync<TService>(IServiceProvider services, Func<TService, Task> action)
        where TService : notnull
    {
        await using var scope = services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private static async Task<TResult> RunAsync<TService, TResult>(IServiceProvider services, Func<TService, Task<TResult>> action)
        where TService : notnull
    {
        await using var scope = services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
