using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Disposals;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Shared.Notifications;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Facilities.Disposals;

/// <summary>
/// A small disposal world on one provider: a MATERIALS center with one operator and an old item (acquired 2012, Aged),
/// a BIO center with one operator (a receiving center of another industry), a MATERIALS coordinator, a program manager,
/// an administrator, a company user and a researcher. The clock stands at Wednesday 23 September 2026, 15:30 KST, so the
/// evidence covers September 2025 to August 2026.
/// </summary>
public sealed class DisposalWorld : FacilitiesWorld
{
    public const string Industry = "MATERIALS";
    public const string OtherIndustry = "BIO";

    public static readonly DateTimeOffset Start = new(2026, 9, 23, 15, 30, 0, TimeSpan.FromHours(9));

    public static readonly TestAuditActor Actor = new("user-disposal", "처분 시험자 (disposal@example.kr)", "req-disposal");

    private DisposalWorld(CoreHost host, FakeTime time)
        : base(host, time, "disposal-Password-1")
    {
    }

    public Guid OtherCenter { get; private set; }

    public Guid OtherOperator { get; private set; }

    public Guid Coordinator { get; private set; }

    public Guid ProgramManager { get; private set; }

    public Guid Administrator { get; private set; }

    public Guid Researcher { get; private set; }

    public static Task<DisposalWorld> StartAsync(string provider)
    {
        var time = new FakeTime(Start.ToUniversalTime());
        return StartWorldAsync(provider, Actor, time, host => new DisposalWorld(host, time), async world =>
        {
            var institution = await world.OrganizationAsync(OrganizationKind.ResearchInstitute, "소재 대표기관");
            await world.Host.RunAsync<IndustryService>(s => s.SetRepresentativeAsync(Industry, institution));
            world.Coordinator = await world.AccountAsync(Roles.Coordinator, institution, "김코디");
            world.ProgramManager = await world.AccountAsync(Roles.ProgramManager, null, "박사업");
            world.Administrator = await world.AccountAsync(Roles.Administrator, null, "최관리");
            world.Center = await world.OrganizationAsync(OrganizationKind.EquipmentCenter, "시험 소재분석센터", Industry);
            world.Operator = await world.AccountAsync(Roles.CenterOperator, world.Center, "이운영");
            world.Equipment = await world.EquipmentAsync(world.Center, "구형 X선 회절 분석기");
            world.OtherCenter = await world.OrganizationAsync(OrganizationKind.EquipmentCenter, "바이오 분석센터", OtherIndustry);
            world.OtherOperator = await world.AccountAsync(Roles.CenterOperator, world.OtherCenter, "정바이오");
            world.Company = await world.OrganizationAsync(OrganizationKind.Company, "이용기업 주식회사");
            world.CompanyUser = await world.AccountAsync(Roles.Company, world.Company, "한기업");
            world.Researcher = await world.AccountAsync(Roles.Researcher, null, "구경꾼");
        });
    }

    public static DateTimeOffset Kst(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, TimeSpan.FromHours(9));

    public async Task<Guid> EquipmentAsync(Guid center, string name, EquipmentStatus status = EquipmentStatus.Aged) =>
        await Host.RunAsync<EquipmentService, Guid>(s => s.CreateAsync(new EquipmentInput(
            center, name, "Old item", Industry, 2, 6, "오래된 시험용 장비입니다.", Stages: ["DEVELOPMENT"],
            Services: [EquipmentServiceKind.EquipmentUse], Fields: ["CORE_MATERIALS"], YearAcquired: 2012, Status: status, FeeKrw: 10_000,
            FeeUnit: FeeUnit.PerHour)));

    public static DisposalProposalInput Proposal(DisposalReasonKind? kind = DisposalReasonKind.Idle, string? text = "최근 1년 이용 실적이 거의 없습니다.") => new(kind, text);

    public Task<Guid> ProposeAsync(Guid? user = null, Guid? equipment = null, DisposalProposalInput? input = null) =>
        Host.RunAsync<DisposalService, Guid>(s => s.ProposeAsync(user ?? Operator, equipment ?? Equipment, input ?? Proposal()));

    public Task ActAsync(Guid user, Guid id, DisposalAction action, DisposalStepInput? input = null, long? version = null) =>
        Host.RunAsync<DisposalService>(s => s.ActAsync(user, id, action, input ?? StepFor(action), version));

    /// <summary>A valid input for the step (a reason, the other center for a transfer, today and scrap for a disposal).</summary>
    public DisposalStepInput StepFor(DisposalAction action) => action switch
    {
        DisposalAction.ApproveTransfer => new DisposalStepInput("수요가 있는 센터로 이전합니다.", OtherCenter),
        DisposalAction.RecordDisposal => new DisposalStepInput("업체에 인계했습니다.", DisposedOn: new DateOnly(2026, 9, 23), Method: DisposalMethod.Scrap),
        _ => new DisposalStepInput("검토했습니다."),
    };

    /// <summary>Who takes the step in the usual flow.</summary>
    public Guid ActorFor(DisposalAction action) => action switch
    {
        DisposalAction.ApproveTransfer or DisposalAction.ApproveDisposal or DisposalAction.Reject => ProgramManager,
        DisposalAction.AcceptTransfer or DisposalAction.DeclineTransfer => OtherOperator,
        _ => Operator,
    };

    /// <summary>Takes each step with its usual actor and input.</summary>
    public async Task StepsAsync(Guid id, params DisposalAction[] actions)
    {
        foreach (var action in actions)
        {
            await ActAsync(ActorFor(action), id, action);
        }
    }

    public Task<DisposalCase> CaseAsync(Guid id) => Host.QueryAsync(db => db.DisposalCases.AsNoTracking().SingleAsync(c => c.Id == id));

    public Task<Equipment> ItemAsync(Guid? id = null) => Host.QueryAsync(db => db.Equipment.AsNoTracking().SingleAsync(e => e.Id == (id ?? Equipment)));

    public Task<List<DisposalEvent>> EventsAsync(Guid id) =>
        Host.QueryAsync(db => db.DisposalEvents.AsNoTracking().Where(e => e.CaseId == id).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync());

    /// <summary>Who got a disposal notice in the inbox (user ids, one per message).</summary>
    public Task<List<Guid>> NoticedAsync() =>
        Host.QueryAsync(db => db.InboxMessages.AsNoTracking().Where(m => m.Template == NoticeTemplates.DisposalUpdated).Select(m => m.UserId).ToListAsync());

    /// <summary>A reservation of the world's item by the company, stored as is (the booking rules are not the subject here).</summary>
    public Task<Guid> ReservationAsync(DateTimeOffset start, DateTimeOffset end, ReservationStatus status) => Host.RunAsync<TechBridgeDbContext, Guid>(async db =>
    {
        var reservation = new Reservation
        {
            EquipmentId = Equipment, CompanyId = Company, RequestedById = CompanyUser, Start = start.ToUniversalTime(), End = end.ToUniversalTime(),
            Purpose = "시료 분석", Status = status, CreatedAt = Start.ToUniversalTime(), UpdatedAt = Start.ToUniversalTime(),
        };
        db.Reservations.Add(reservation);
        await db.SaveChangesAsync();
        return reservation.Id;
    });

}
