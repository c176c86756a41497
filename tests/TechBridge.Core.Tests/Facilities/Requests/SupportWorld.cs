using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Requests;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Shared.Notifications;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Facilities.Requests;

/// <summary>
/// A small support-request world on one provider: MATERIALS has a representative institution with one coordinator; a
/// program manager and an administrator oversee; two equipment centers with one operator and one item each (weekdays
/// 09–18 KST); two companies with one user each. The clock stands at Wednesday 23 September 2026, 15:30 KST, the day
/// before 추석 (24–26 September); 3 October (Saturday) gives a substitute holiday on Monday 5 October.
/// </summary>
public sealed class SupportWorld : FacilitiesWorld
{
    public const string Industry = "MATERIALS";

    /// <summary>An industry without a representative institution.</summary>
    public const string OrphanIndustry = "ELECTRICAL_ELECTRONICS";

    public static readonly DateTimeOffset Start = new(2026, 9, 23, 15, 30, 0, TimeSpan.FromHours(9));

    public static readonly TestAuditActor Actor = new("user-req", "지원 요청 시험자 (requests@example.kr)", "req-req");

    private SupportWorld(CoreHost host, FakeTime time, SaveHook hook)
        : base(host, time, "request-Password-1")
    {
        Hook = hook;
    }

    /// <summary>Runs once, before a read of a unit of work that satisfies its condition (to interleave a concurrent change).</summary>
    public SaveHook Hook { get; }

    public Guid Institution { get; private set; }

    public Guid Coordinator { get; private set; }

    public Guid ProgramManager { get; private set; }

    public Guid Administrator { get; private set; }

    public Guid OtherCenter { get; private set; }

    public Guid OtherOperator { get; private set; }

    public Guid OtherEquipment { get; private set; }

    public Guid OtherCompany { get; private set; }

    public Guid OtherCompanyUser { get; private set; }

    /// <summary>A researcher with no organization: sees nothing of the requests.</summary>
    public Guid Outsider { get; private set; }

    public static Task<SupportWorld> StartAsync(string provider, Action<SupportRequestOptions>? options = null)
    {
        var time = new FakeTime(Start.ToUniversalTime());
        var hook = new SaveHook();
        return StartWorldAsync(provider, Actor, time, host => new SupportWorld(host, time, hook), async world =>
        {
            world.Institution = await world.OrganizationAsync(OrganizationKind.ResearchInstitute, "소재 대표기관");
            await world.Host.RunAsync<IndustryService>(s => s.SetRepresentativeAsync(Industry, world.Institution));
            world.Coordinator = await world.AccountAsync(Roles.Coordinator, world.Institution, "김코디");
            world.ProgramManager = await world.AccountAsync(Roles.ProgramManager, null, "박사업");
            world.Administrator = await world.AccountAsync(Roles.Administrator, null, "최관리");
            world.Center = await world.OrganizationAsync(OrganizationKind.EquipmentCenter, "시험 소재분석센터", Industry);
            world.Operator = await world.AccountAsync(Roles.CenterOperator, world.Center, "이운영");
            world.Equipment = await world.EquipmentAsync(world.Center, "X선 회절 분석기(XRD)");
            world.OtherCenter = await world.OrganizationAsync(OrganizationKind.EquipmentCenter, "다른 분석센터", Industry);
            world.OtherOperator = await world.AccountAsync(Roles.CenterOperator, world.OtherCenter, "정다른");
            world.OtherEquipment = await world.EquipmentAsync(world.OtherCenter, "주사전자현미경(SEM)");
            (world.Company, world.CompanyUser) = await world.CompanyUserAsync("요청기업 주식회사", "한기업");
            (world.OtherCompany, world.OtherCompanyUser) = await world.CompanyUserAsync("경쟁기업 주식회사", "오경쟁");
            world.Outsider = await world.AccountAsync(Roles.Researcher, null, "구경꾼");
        },
        services =>
        {
            services.ConfigureDbContext<TechBridgeDbContext>((_, o) => o.AddInterceptors(hook));
            if (options is not null)
            {
                services.Configure(options);
            }
        });
    }

    /// <summary>An instant in KST in 2026.</summary>
    public static DateTimeOffset Kst(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(9));

    public static SupportRequestInput Input(
        string? title = "전고체 전지 전해질 분석", string? industry = Industry, string? product = "황화물계 고체 전해질",
        string? problem = "이온 전도도가 목표에 못 미칩니다. 결정 구조 분석이 필요합니다.", IReadOnlyList<string>? stages = null, int? trl = 4,
        DateOnly? from = null, DateOnly? to = null) =>
        new(title, industry, product, problem, stages ?? ["DEVELOPMENT", "APPLIED_RESEARCH"], trl, from ?? new DateOnly(2026, 10, 1), to ?? new DateOnly(2026, 12, 31));

    /// <summary>A quote of the world's XRD for Wednesday 7 October 2026, 10:00–12:00 KST.</summary>
    public static QuoteInput Quote(long price = 200_000, Guid? equipment = null, DateTimeOffset? start = null, DateTimeOffset? end = null) =>
        new(price, equipment, start ?? Kst(10, 7, 10), end ?? Kst(10, 7, 12), "시료 5개 기준");

    public async Task<Guid> EquipmentAsync(Guid center, string name) =>
        await Host.RunAsync<EquipmentService, Guid>(s => s.CreateAsync(new EquipmentInput(
            center, name, "Test item", Industry, 2, 6, "시험용 장비입니다.", Stages: ["DEVELOPMENT"],
            Services: [EquipmentServiceKind.EquipmentUse, EquipmentServiceKind.TestAnalysis], Fields: ["CORE_MATERIALS"], FeeKrw: 10_000,
            FeeUnit: FeeUnit.PerHour)));

    public Task<Guid> SubmitAsync(SupportRequestInput? input = null, Guid? user = null) =>
        Host.RunAsync<SupportRequestService, Guid>(s => s.SubmitAsync(user ?? CompanyUser, input ?? Input()));

    public Task ActAsync(Guid user, Guid request, SupportRequestAction action, string? text = "확인 부탁드립니다.", long? version = null) =>
        Host.RunAsync<SupportRequestService>(s => s.ActAsync(user, request, action, new SupportMessage(text), version));

    public Task<Guid> AssignAsync(Guid request, Guid? center = null, Guid? equipment = null, EquipmentServiceKind service = EquipmentServiceKind.EquipmentUse,
        Guid? user = null, string? stage = "DEVELOPMENT") =>
        Host.RunAsync<SupportAssignmentService, Guid>(s => s.AssignAsync(user ?? Coordinator, request,
            new AssignmentInput(center ?? Center, service, stage, equipment ?? (center is null || center == Center ? Equipment : null), "XRD로 분석 부탁드립니다.")));

    public Task PartAsync(Guid user, Guid part, SupportAssignmentAction action, QuoteInput? quote = null, string? text = null, long? version = null) =>
        Host.RunAsync<SupportAssignmentService>(s => s.ActAsync(user, part, action, quote, new SupportMessage(text), version));

    public Task QuoteAsync(Guid part, QuoteInput? quote = null, Guid? user = null) => PartAsync(user ?? Operator, part, SupportAssignmentAction.Quote, quote ?? Quote());

    /// <summary>
    /// A submitted request whose part, assigned to the world's center, is quoted (<see cref="Quote"/>); the notices so far
    /// are cleared and the clock stands at Monday 28 September 2026, 11:00 KST: ready for the company's answer.
    /// </summary>
    public async Task<(Guid Request, Guid Part)> QuotedForAnswerAsync()
    {
        var request = await SubmitAsync();
        var part = await AssignAsync(request);
        await QuoteAsync(part);
        await ClearNoticesAsync();
        SetNow(Kst(9, 28, 11, 0));
        return (request, part);
    }

    public Task<SupportRequest> RequestAsync(Guid id) => Host.QueryAsync(db => db.SupportRequests.AsNoTracking().Include(r => r.Stages).SingleAsync(r => r.Id == id));

    public Task<SupportAssignment> PartOfAsync(Guid id) => Host.QueryAsync(db => db.SupportAssignments.AsNoTracking().SingleAsync(a => a.Id == id));

    public Task<List<SupportRequestEvent>> EventsAsync(Guid request) =>
        Host.QueryAsync(db => db.SupportRequestEvents.AsNoTracking().Where(e => e.RequestId == request).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync());

    public Task<List<InboxMessage>> InboxAsync(Guid user) =>
        Host.QueryAsync(db => db.InboxMessages.AsNoTracking().Where(m => m.UserId == user && m.Template == NoticeTemplates.SupportRequestUpdated).ToListAsync());

    /// <summary>Who got a support-request notice in the inbox (user ids, one per message).</summary>
    public Task<List<Guid>> NoticedAsync() =>
        Host.QueryAsync(db => db.InboxMessages.AsNoTracking().Where(m => m.Template == NoticeTemplates.SupportRequestUpdated).Select(m => m.UserId).ToListAsync());

    public async Task<SupportRequestDetail> DetailAsync(Guid user, Guid request)
    {
        var actor = await ActorAsync(user);
        return await Host.RunAsync<SupportRequestQueries, SupportRequestDetail>(q => q.GetAsync(actor, request));
    }

    public Task<int> EscalateAsync() => Host.RunAsync<SupportRequestEscalation, int>(e => e.EscalateDueAsync());

    /// <summary>Moves the clock to <paramref name="instant"/>.</summary>
    public void SetNow(DateTimeOffset instant) => Time.Advance(instant - Time.GetUtcNow());
}

/// <summary>
/// Runs one action, once, before the next database read of a context that satisfies a condition (reads run outside the
/// unit of work's transaction, so the action may write in its own scope: a concurrent step between load and save).
/// </summary>
public sealed class SaveHook : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
{
    private Func<DbContext, bool>? when;
    private Func<Task>? action;

    public void Once(Func<DbContext, bool> condition, Func<Task> run)
    {
        when = condition;
        action = run;
    }

    public override async ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(
        System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData eventData,
        Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && when is { } condition && action is { } run && context.Database.CurrentTransaction is null && condition(context))
        {
            (when, action) = (null, null);
            await run();
        }

        return await base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
