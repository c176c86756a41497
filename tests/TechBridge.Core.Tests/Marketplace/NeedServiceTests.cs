using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Directory;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Marketplace;

public sealed class NeedServiceTests
{
    private static readonly TestAuditActor Actor = new("user-7", "기업 담당자 (need@example.kr)", "req-need");

    private static readonly NeedInput Valid = new(
        "황화물계 고체전해질 대기 안정성 향상 기술", "전고체전지용 황화물계 고체전해질의 대기 안정성을 높일 코팅 기술을 찾습니다.",
        "DEVELOPMENT", "JOINT_RESEARCH", Fields: ["SECONDARY_BATTERY", "CORE_MATERIALS"], TrlMin: 4, TrlMax: 6, BudgetKrw: 300_000_000,
        TimelineMonths: 18, Countries: ["de", "JP"]);

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_CompanyUser_SavesNeedForTheirCompanyAndAuditsEveryRow(string provider)
    {
        var time = new FakeTime();
        await using var host = await StartAsync(provider, time);
        var (company, user) = await CompanyUserAsync(host, "기업사용자 주식회사");

        var id = await host.RunAsync<NeedService, Guid>(s => s.CreateAsync(user, Valid));

        var need = await host.RunAsync<NeedQueries, NeedDetail>(q => q.GetAsync(id));
        Assert.Equal(company, need.Company.Id);
        Assert.Equal(user, need.CreatedById);
        Assert.Equal(NeedStatus.Open, need.Status);
        Assert.Equal(["CORE_MATERIALS", "SECONDARY_BATTERY"], need.Fields);
        Assert.Equal(["DE", "JP"], need.Countries);
        Assert.Equal((4, 6, 300_000_000L, 18), (need.TrlMin!.Value, need.TrlMax!.Value, need.BudgetKrw!.Value, need.TimelineMonths!.Value));
        Assert.Equal(time.GetUtcNow(), need.CreatedAt);

        var entries = await EntriesAsync(host, id);
        var added = Assert.Single(entries, e => e.EntityType == nameof(TechnologyNeed));
        Assert.Equal(AuditAction.Added, added.Action);
        Assert.Equal((Actor.ActorId, Actor.ActorName, Actor.RequestId), (added.ActorId, added.ActorName, added.RequestId));
        Assert.Equal(Valid.Title, Json(added.After)["Title"].GetString());
        Assert.Equal(2, entries.Count(e => e.EntityType == nameof(TechnologyNeedField) && e.Action == AuditAction.Added));
        Assert.Equal(2, entries.Count(e => e.EntityType == nameof(TechnologyNeedCountry) && e.Action == AuditAction.Added));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Update_TitleStatusAndOneCountry_AuditsOnlyWhatChanged(string provider)
    {
        var time = new FakeTime();
        await using var host = await StartAsync(provider, time);
        var (_, user) = await CompanyUserAsync(host, "수정기업");
        var id = await host.RunAsync<NeedService, Guid>(s => s.CreateAsync(user, Valid));
        time.Advance(TimeSpan.FromMinutes(3));

        await host.RunAsync<NeedService>(s => s.UpdateAsync(user, id, Valid with { Title = "고체전해질 코팅 공동연구", Countries = ["JP", "US"], Status = NeedStatus.Matched }));

        var entries = await EntriesAsync(host, id);
        var modified = Assert.Single(entries, e => e.EntityType == nameof(TechnologyNeed) && e.Action == AuditAction.Modified);
        Assert.Equal(["Status", "Title", "UpdatedAt", "Version"], Json(modified.After).Keys);
        Assert.Equal("Open", Json(modified.Before)["Status"].GetString());
        Assert.Contains(entries, e => e.EntityType == nameof(TechnologyNeedCountry) && e.Action == AuditAction.Deleted && e.EntityId == $"{id}|DE");
        Assert.Contains(entries, e => e.EntityType == nameof(TechnologyNeedCountry) && e.Action == AuditAction.Added && e.EntityId == $"{id}|US");
        Assert.DoesNotContain(entries, e => e.EntityType == nameof(TechnologyNeedField) && e.Action != AuditAction.Added);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_InvalidInput_ReportsEveryFieldAndSavesNothing(string provider)
    {
        await using var host = await StartAsync(provider, new FakeTime());
        var (_, user) = await CompanyUserAsync(host, "검증기업");
        var needs = await host.QueryAsync(db => db.TechnologyNeeds.CountAsync());
        var audit = await host.QueryAsync(db => db.AuditEntries.CountAsync());

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => host.RunAsync<NeedService, Guid>(s => s.CreateAsync(user, new NeedInput(
            " ", null, "MOON_LANDING", null, Fields: ["SECONDARY_BATTERY", "TIME_TRAVEL"], TrlMin: 7, TrlMax: 3, BudgetKrw: -1, TimelineMonths: 0,
            Countries: ["XX"]))));

        Assert.Equal(
            ["BudgetKrw", "CooperationTypeCode", "Countries", "Description", "Fields", "RndStageCode", "TimelineMonths", "Title", "TrlMax"],
            error.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("TIME_TRAVEL", Assert.Single(error.Errors["Fields"]), StringComparison.Ordinal);
        Assert.Equal(needs, await host.QueryAsync(db => db.TechnologyNeeds.CountAsync()));
        Assert.Equal(audit, await host.QueryAsync(db => db.AuditEntries.CountAsync()));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_AccountWithoutCompanyRoleOrCompany_ThrowsForbidden(string provider)
    {
        await using var host = await StartAsync(provider, new FakeTime());
        var (company, _) = await CompanyUserAsync(host, "권한기업");
        var researcher = await AccountAsync(host, "researcher-need@example.kr", Roles.Researcher, company);
        var companyUserWithoutCompany = await AccountAsync(host, "lonely-need@example.kr", Roles.Company, null);

        await Assert.ThrowsAsync<ForbiddenException>(() => host.RunAsync<NeedService, Guid>(s => s.CreateAsync(researcher, Valid)));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.RunAsync<NeedService, Guid>(s => s.CreateAsync(companyUserWithoutCompany, Valid)));
        Assert.Equal(0, await host.QueryAsync(db => db.TechnologyNeeds.CountAsync()));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Update_NeedOfAnotherCompany_ThrowsForbiddenAndKeepsIt(string provider)
    {
        await using var host = await StartAsync(provider, new FakeTime());
        var (ownerCompany, owner) = await CompanyUserAsync(host, "원래기업");
        var (_, other) = await CompanyUserAsync(host, "다른기업");
        var id = await host.RunAsync<NeedService, Guid>(s => s.CreateAsync(owner, Valid));

        await Assert.ThrowsAsync<ForbiddenException>(() => host.RunAsync<NeedService>(s => s.UpdateAsync(other, id, Valid with { Title = "가로채기" })));

        Assert.Equal(Valid.Title, (await host.RunAsync<NeedQueries, NeedDetail>(q => q.GetAsync(id))).Title);
        Assert.False(await host.RunAsync<NeedService, bool>(s => s.CanEditAsync(other, ownerCompany)));
        Assert.True(await host.RunAsync<NeedService, bool>(s => s.CanEditAsync(owner, ownerCompany)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Update_UnknownId_ThrowsNotFound(string provider)
    {
        await using var host = await StartAsync(provider, new FakeTime());
        var (_, user) = await CompanyUserAsync(host, "없는수요기업");

        await Assert.ThrowsAsync<NotFoundException>(() => host.RunAsync<NeedService>(s => s.UpdateAsync(user, Guid.CreateVersion7(), Valid)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Update_StaleExpectedVersion_ThrowsPreconditionFailedAndChangesNothing(string provider)
    {
        await using var host = await StartAsync(provider, new FakeTime());
        var (_, user) = await CompanyUserAsync(host, "버전기업");
        var id = await host.RunAsync<NeedService, Guid>(s => s.CreateAsync(user, Valid));
        await host.RunAsync<NeedService>(s => s.UpdateAsync(user, id, Valid with { Countries = ["US"] }, expectedVersion: 1));

        var stale = await Assert.ThrowsAsync<PreconditionFailedException>(() => host.RunAsync<NeedService>(s => s.UpdateAsync(user, id, Valid with { Title = "늦은 수정" }, expectedVersion: 1)));

        Assert.Equal((nameof(TechnologyNeed), 2L), (stale.Entity, stale.CurrentVersion));
        var need = await host.RunAsync<NeedQueries, NeedDetail>(q => q.GetAsync(id));
        Assert.Equal((Valid.Title, 2L), (need.Title, need.Version));
        Assert.Equal(["US"], need.Countries);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Update_ParallelWithTenCountriesEach_OneInputWinsWholeAndStaysWithinTheCountryLimit(string provider)
    {
        // Before versions, parallel updates each added their own countries to the same need: the rows mixed, past
        // MaxCountries, or collided on the child key. Now the need's row is taken first and only one input lands whole.
        await using var host = await StartAsync(provider, new FakeTime());
        var (_, user) = await CompanyUserAsync(host, "동시수정기업");
        var id = await host.RunAsync<NeedService, Guid>(s => s.CreateAsync(user, Valid with { Countries = [] }));
        string[] pool = ["US", "DE", "JP", "FR", "GB", "CN", "CA", "IT", "NL", "SE", "FI", "IL", "SG", "AU", "CH", "AT"];
        var inputs = Enumerable.Range(0, 16).Select(i => Valid with
        {
            Title = $"동시 수정 {i:00}",
            Countries = [.. Enumerable.Range(i, NeedService.MaxCountries).Select(k => pool[k % pool.Length])],
            Fields = [i % 2 == 0 ? "SECONDARY_BATTERY" : "FUTURE_MOBILITY"],
        }).ToList();

        var outcomes = await Task.WhenAll(inputs.Select(input => Task.Run(async () =>
        {
            try
            {
                await host.RunAsync<NeedService>(s => s.UpdateAsync(user, id, input));
                return true;
            }
            catch (ConcurrencyConflictException)
            {
                return false;
            }
        })));

        var saved = outcomes.Count(o => o);
        var need = await host.RunAsync<NeedQueries, NeedDetail>(q => q.GetAsync(id));
        var winner = Assert.Single(inputs, i => i.Title == need.Title);
        Assert.Equal(winner.Countries!.Order(StringComparer.Ordinal), need.Countries);
        Assert.Equal(winner.Fields, need.Fields);
        Assert.InRange(saved, 1, inputs.Count);
        Assert.Equal(1 + saved, need.Version);
        Assert.Equal(saved, (await EntriesAsync(host, id)).Count(e => e.EntityType == nameof(TechnologyNeed) && e.Action == AuditAction.Modified));
    }

    private static Task<CoreHost> StartAsync(string provider, FakeTime time) =>
        CoreHost.StartInitializedAsync(provider, configure: services =>
        {
            services.AddScoped<IAuditActor>(_ => Actor);
            services.AddSingleton<TimeProvider>(time);
        });

    /// <summary>A company and a company user account that belongs to it.</summary>
    private static async Task<(Guid Company, Guid User)> CompanyUserAsync(CoreHost host, string companyName)
    {
        var company = await host.RunAsync<OrganizationService, Guid>(s => s.CreateAsync(new OrganizationInput(OrganizationKind.Company, companyName, null, "KR")));
        var user = await AccountAsync(host, $"{Guid.NewGuid():N}@example.kr", Roles.Company, company);
        return (company, user);
    }

    private static async Task<Guid> AccountAsync(CoreHost host, string email, string role, Guid? organization) =>
        (await host.RunAsync<AccountService, UserAccount>(s => s.CreateAsync(new NewAccount(email, "수요 담당자", "need-Password-1", [role], OrganizationId: organization)))).Id;

    /// <summary>The audit entries of the need and of its field and country rows (whose keys start with the need's id).</summary>
    private static async Task<List<AuditEntry>> EntriesAsync(CoreHost host, Guid needId)
    {
        string[] types = [nameof(TechnologyNeed), nameof(TechnologyNeedField), nameof(TechnologyNeedCountry)];
        var entries = await host.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(e => types.Contains(e.EntityType)).OrderBy(e => e.At).ToListAsync());
        return [.. entries.Where(e => e.EntityId.StartsWith(needId.ToString(), StringComparison.Ordinal))];
    }

    private static Dictionary<string, JsonElement> Json(string? json)
    {
        Assert.NotNull(json);
        return JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;
    }
}
