using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Programs.Calls;

/// <summary>An initialised host (reference data: programs, fields) with a fake clock, a program manager, a company user and a reviewer.</summary>
internal sealed class CallWorld : IAsyncDisposable
{
    private CallWorld(CoreHost host, FakeTime time)
    {
        Host = host;
        Time = time;
    }

    public CoreHost Host { get; }

    public FakeTime Time { get; }

    public Guid Manager { get; private set; }

    public Guid CompanyUser { get; private set; }

    public Guid Reviewer { get; private set; }

    public static async Task<CallWorld> StartAsync(string provider)
    {
        var time = new FakeTime();
        var host = await CoreHost.StartInitializedAsync(provider, configure: services =>
        {
            services.AddScoped<IAuditActor>(_ => new TestAuditActor("pm-1", "사업 담당자", "req-call"));
            services.AddSingleton<TimeProvider>(time);
        });
        var world = new CallWorld(host, time);
        try
        {
            world.Manager = await world.AccountAsync(Roles.ProgramManager, "김사업");
            world.CompanyUser = await world.AccountAsync(Roles.Company, "이기업");
            world.Reviewer = await world.AccountAsync(Roles.Reviewer, "박평가");
            return world;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>A center joint research call open from a day from now for 30 days: screening, overseas review (40%), domestic panel (60%).</summary>
    public CallInput Input() => new()
    {
        ProgramCode = "GLOBAL_COOP_CENTERS",
        TitleKo = "2027년 글로벌 산업기술 협력센터 공동연구 과제 공모",
        TitleEn = "2027 Global Industrial Technology Cooperation Center joint research call",
        SummaryKo = "해외 협력센터와 함께 수행할 공동연구 과제를 공모합니다.",
        Kind = CallKind.Open,
        OpensAt = Time.GetUtcNow().AddDays(1),
        ClosesAt = Time.GetUtcNow().AddDays(31),
        TotalBudgetKrw = 18_000_000_000,
        MaxGovernmentKrwPerTask = 1_500_000_000,
        MaxGovernmentSharePercent = 75,
        MaxMonths = 36,
        RequiresDispatch = true,
        RequiresOverseasPartner = true,
        FieldCodes = ["SECONDARY_BATTERY", "SEMICONDUCTOR"],
        ApplicantTypes = [ApplicantType.SmallBusiness, ApplicantType.MidSizedCompany],
        Documents = [DocumentKind.ResearchPlan, DocumentKind.PartnerCommitment, DocumentKind.DispatchPlan],
        Stages =
        [
            new CallStageInput(StageKind.Screening, 0, null, 0, null),
            new CallStageInput(StageKind.OverseasPeerReview, 40, 60, 3, Time.GetUtcNow().AddDays(45)),
            new CallStageInput(StageKind.DomesticPanel, 60, 70, 5, Time.GetUtcNow().AddDays(60)),
        ],
    };

    public Task<Guid> CreateAsync(CallInput? input = null, Guid? user = null) =>
        Host.RunAsync<CallService, Guid>(s => s.CreateAsync(user ?? Manager, input ?? Input()));

    public Task<CallView> ViewAsync(Guid id, Guid? user) =>
        Host.RunAsync<TechBridge.Core.Programs.ProgramActors, CallView>(async actors =>
            await Host.RunAsync<CallQueries, CallView>(async q => await q.GetAsync(await actors.FindAsync(user), id)));

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();

    private async Task<Guid> AccountAsync(string role, string name) =>
        (await Host.RunAsync<AccountService, UserAccount>(s => s.CreateAsync(
            new NewAccount($"{Guid.NewGuid():N}@example.kr", name, "Call-World-2026!", [role])))).Id;
}
