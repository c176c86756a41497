using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Directory;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Marketplace.Technologies;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Marketplace.Technologies;

public sealed class TechnologyListingServiceTests
{
    private static readonly TestAuditActor Actor = new("user-9", "산학협력단 담당자 (tlo@example.ac.kr)", "req-tech");

    public static readonly TechnologyInput Valid = new(
        "황화물계 고체전해질 제조 기술", "Sulfide solid electrolyte manufacturing", "대기 안정성이 높은 황화물계 고체전해질을 만드는 공정",
        Fields: ["SECONDARY_BATTERY"], Trl: 4, Keywords: "고체전해질, sulfide", ReferenceKey: "T-001",
        RndTaskNumber: "RS-2023-00123456", RndAgency: "한국산업기술기획평가원", RndYear: 2023, RndTaskTitle: "전고체전지 핵심기술 개발",
        LicenceKinds: [LicenceKind.NonExclusive, LicenceKind.Exclusive], FeeMinKrw: 30_000_000, FeeMaxKrw: 100_000_000, TermsConditions: "경상기술료 2%",
        Patents:
        [
            new PatentInput("10-2023-0123456", "10-2456789", PatentStatus.Registered, ["kr"], new DateOnly(2023, 3, 15), new DateOnly(2043, 3, 15)),
            new PatentInput("US 17/123,456", null, PatentStatus.Filed, ["US"], new DateOnly(2024, 2, 10)),
        ]);

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_InstituteMember_SavesStructuredListingAndAuditsIt(string provider)
    {
        await using var host = await StartAsync(provider);
        var (owner, user) = await MemberAsync(host, OrganizationKind.University, "테스트대학교");

        var id = await host.RunAsync<TechnologyListingService, Guid>(s => s.CreateAsync(user, Valid));

        var t = await host.RunAsync<TechnologyQueries, TechnologyDetail>(q => q.GetAsync(id));
        Assert.Equal((owner, "T-001", 4, 1L), (t.Owner.Id, t.ReferenceKey, t.Trl, t.Version));
        Assert.Equal([LicenceKind.Exclusive, LicenceKind.NonExclusive], t.Terms.LicenceKinds);
        Assert.Equal((30_000_000L, 100_000_000L, "경상기술료 2%"), (t.Terms.FeeMinKrw!.Value, t.Terms.FeeMaxKrw!.Value, t.Terms.Conditions));
        Assert.Equal(new RndTaskView("RS-2023-00123456", "한국산업기술기획평가원", 2023, "전고체전지 핵심기술 개발"), t.RndTask);
        Assert.Equal(2, t.Patents.Count);
        Assert.Equal(("10-2023-0123456", "10-2456789", PatentStatus.Registered), (t.Patents[0].ApplicationNumber, t.Patents[0].RegistrationNumber, t.Patents[0].Status));
        Assert.Equal(["KR"], t.Patents[0].Countries);
        Assert.Equal(new DateOnly(2043, 3, 15), t.Patents[0].ExpiryDate);
        var entries = await EntriesAsync(host, id);
        var added = Assert.Single(entries, e => e.EntityType == nameof(PublicTechnology));
        Assert.Equal((AuditAction.Added, Actor.ActorId), (added.Action, added.ActorId));
        Assert.Equal(2, entries.Count(e => e.EntityType == nameof(PublicTechnologyPatent) && e.Action == AuditAction.Added));
    }

    [Theory]
    [InlineData("sqlite", OrganizationKind.Company)]
    [InlineData("postgres", OrganizationKind.EquipmentCenter)]
    public async Task Create_MemberOfAnotherKindOfOrganisation_IsForbidden(string provider, OrganizationKind kind)
    {
        await using var host = await StartAsync(provider);
        var (_, user) = await MemberAsync(host, kind, "기술없는기관");

        await Assert.ThrowsAsync<ForbiddenException>(() => host.RunAsync<TechnologyListingService, Guid>(s => s.CreateAsync(user, Valid)));
        Assert.Equal(0, await host.QueryAsync(db => db.PublicTechnologies.CountAsync(t => !t.IsDemo)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Update_PatentChangedAndOneRemoved_KeepsTheRestAndBumpsVersion(string provider)
    {
        await using var host = await StartAsync(provider);
        var (_, user) = await MemberAsync(host, OrganizationKind.ResearchInstitute, "테스트연구원");
        var id = await host.RunAsync<TechnologyListingService, Guid>(s => s.CreateAsync(user, Valid));

        await host.RunAsync<TechnologyListingService>(s => s.UpdateAsync(user, id, Valid with
        {
            Status = LicensingStatus.Withdrawn,
            Patents = [Valid.Patents![0] with { Status = PatentStatus.Expired }],
        }, expectedVersion: 1));

        var t = await host.RunAsync<TechnologyQueries, TechnologyDetail>(q => q.GetAsync(id));
        Assert.Equal((LicensingStatus.Withdrawn, 2L), (t.Status, t.Version));
        var patent = Assert.Single(t.Patents);
        Assert.Equal(PatentStatus.Expired, patent.Status);
        var entries = await EntriesAsync(host, id);
        Assert.Single(entries, e => e.EntityType == nameof(PublicTechnologyPatent) && e.Action == AuditAction.Deleted);
        Assert.Single(entries, e => e.EntityType == nameof(PublicTechnologyPatent) && e.Action == AuditAction.Modified);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Update_StaleVersion_ThrowsPreconditionFailedAndChangesNothing(string provider)
    {
        await using var host = await StartAsync(provider);
        var (_, user) = await MemberAsync(host, OrganizationKind.University, "버전대학교");
        var id = await host.RunAsync<TechnologyListingService, Guid>(s => s.CreateAsync(user, Valid));
        await host.RunAsync<TechnologyListingService>(s => s.UpdateAsync(user, id, Valid with { Trl = 5 }, expectedVersion: 1));

        var stale = await Assert.ThrowsAsync<PreconditionFailedException>(
            () => host.RunAsync<TechnologyListingService>(s => s.UpdateAsync(user, id, Valid with { Trl = 7 }, expectedVersion: 1)));

        Assert.Equal(2L, stale.CurrentVersion);
        Assert.Equal(5, (await host.RunAsync<TechnologyQueries, TechnologyDetail>(q => q.GetAsync(id))).Trl);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Update_MemberOfAnotherInstitute_IsForbidden(string provider)
    {
        await using var host = await StartAsync(provider);
        var (_, user) = await MemberAsync(host, OrganizationKind.University, "주인대학교");
        var (_, other) = await MemberAsync(host, OrganizationKind.University, "다른대학교");
        var id = await host.RunAsync<TechnologyListingService, Guid>(s => s.CreateAsync(user, Valid));

        await Assert.ThrowsAsync<ForbiddenException>(() => host.RunAsync<TechnologyListingService>(s => s.UpdateAsync(other, id, Valid with { Trl = 9 })));
        await Assert.ThrowsAsync<NotFoundException>(() => host.RunAsync<TechnologyListingService>(s => s.UpdateAsync(user, Guid.NewGuid(), Valid)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_ReferenceTakenOrContactOutsideTheOwner_ReportsBothFields(string provider)
    {
        await using var host = await StartAsync(provider);
        var (_, user) = await MemberAsync(host, OrganizationKind.University, "중복대학교");
        await host.RunAsync<TechnologyListingService, Guid>(s => s.CreateAsync(user, Valid));

        var invalid = await Assert.ThrowsAsync<ValidationFailedException>(
            () => host.RunAsync<TechnologyListingService, Guid>(s => s.CreateAsync(user, Valid with { ContactPersonId = Guid.NewGuid() })));

        Assert.Equal(["ContactPersonId", "ReferenceKey"], invalid.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Demo_SeededTechnologies_HaveStructuredPatentsTermsAndTask(string provider)
    {
        await using var host = await CoreHost.StartInitializedAsync(provider, demoData: true);

        var sample = await host.QueryAsync(db => db.PublicTechnologies.AsNoTracking().Include(t => t.Patents).Where(t => t.IsDemo).OrderBy(t => t.Id).Take(50).ToListAsync());

        Assert.NotEmpty(sample);
        Assert.All(sample, t =>
        {
            Assert.NotEmpty(t.Patents);
            Assert.All(t.Patents, p => Assert.True(PatentNumbers.IsApplication(p.ApplicationNumber), p.ApplicationNumber));
            Assert.NotNull(t.RndYear);
            Assert.NotEmpty(t.LicenceKinds());
        });
    }

    internal static Task<CoreHost> StartAsync(string provider) =>
        CoreHost.StartInitializedAsync(provider, configure: services =>
        {
            services.AddScoped<IAuditActor>(_ => Actor);
            services.AddSingleton<TimeProvider>(new FakeTime());
        });

    /// <summary>An organisation of the kind and an account that belongs to it.</summary>
    internal static async Task<(Guid Organization, Guid User)> MemberAsync(CoreHost host, OrganizationKind kind, string name)
    {
        var organization = await host.RunAsync<OrganizationService, Guid>(s => s.CreateAsync(new OrganizationInput(kind, name, null, "KR")));
        var user = (await host.RunAsync<AccountService, UserAccount>(s => s.CreateAsync(
            new NewAccount($"{Guid.NewGuid():N}@example.ac.kr", "기술이전 담당자", "tech-Password-1", [Roles.Researcher], OrganizationId: organization)))).Id;
        return (organization, user);
    }

    internal static async Task<List<AuditEntry>> EntriesAsync(CoreHost host, Guid id)
    {
        string[] types = [nameof(PublicTechnology), nameof(PublicTechnologyPatent), nameof(PublicTechnologyField)];
        var entries = await host.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(e => types.Contains(e.EntityType)).OrderBy(e => e.At).ToListAsync());
        return [.. entries.Where(e => e.EntityId.StartsWith(id.ToString(), StringComparison.Ordinal))];
    }

    internal static Dictionary<string, JsonElement> Json(string? json) => JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json!)!;
}
