using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Directory;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Marketplace.Deals;
using TechBridge.Core.Marketplace.Events;
using TechBridge.Core.Marketplace.Funnel;
using TechBridge.Core.Marketplace.Inquiries;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Eligibility;
using TechBridge.Core.Programs.Proposals;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Marketplace.Funnel;

/// <summary>
/// A small known marketplace in 2026 (KST months), seen on 2026-06-01:
/// January: need N1 (fields F1, F2). February: demo need N2 (F1); an inquiry about technology T (F1) sent 2026-01-31 16:00 UTC
/// (already 1 February in Korea); an inquiry about N1; one about an organisation; an event meeting request between P1 (F2)
/// and P2 (no field); deal D on T opened. March: D's technical meeting; the event's meeting (slot 0 on 10 March) held.
/// April: D's exclusive-licence contract; a proposal submitted to an ALCHEMIST call (F3) by the company with the institute it
/// had sent the February inquiry to; one submitted by the company alone (no marketplace trail: not counted); one withdrawn,
/// one a draft.
/// May: a meeting request for a second event, whose placed meeting (July) is not held yet on 1 June.
/// </summary>
internal sealed class FunnelWorld : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private FunnelWorld(CoreHost host) => Host = host;

    public CoreHost Host { get; }
    public string F1 { get; private set; } = "";
    public string F2 { get; private set; } = "";
    public string F3 { get; private set; } = "";

    public static async Task<FunnelWorld> StartAsync(string provider)
    {
        var host = await CoreHost.StartInitializedAsync(provider, configure: services =>
        {
            services.AddScoped<IAuditActor>(_ => new TestAuditActor("funnel-1", "퍼널 테스트", "req-funnel"));
            services.AddSingleton<TimeProvider>(new FakeTime(Now));
        });
        var world = new FunnelWorld(host);
        try
        {
            await world.SeedAsync();
            return world;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    public Task<FunnelReport> ReportAsync(FunnelFilter filter) =>
        Host.RunAsync<MarketplaceFunnelQueries, FunnelReport>(q => q.ReportAsync(filter));

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();

    private static DateTimeOffset Kst(int month, int day, int hour = 10) => new DateTimeOffset(2026, month, day, hour, 0, 0, TimeSpan.FromHours(9)).ToUniversalTime();

    private async Task SeedAsync()
    {
        var user = await AccountAsync(Roles.Company, "퍼널사용자");
        var other = await AccountAsync(Roles.Company, "다른사용자");
        var manager = await AccountAsync(Roles.ProgramManager, "사업담당");
        await Host.QueryAsync(async db =>
        {
            var fields = await db.Fields.OrderBy(f => f.Code).Select(f => f.Code).Take(3).ToListAsync();
            (F1, F2, F3) = (fields[0], fields[1], fields[2]);
            var stage = await db.RndStages.Select(s => s.Code).FirstAsync();
            var cooperation = await db.CooperationTypes.Select(c => c.Code).FirstAsync();
            var at = Kst(1, 1);
            var institute = new Organization { NameKo = "연구원", NameEn = "Institute", CountryCode = "KR", Kind = OrganizationKind.ResearchInstitute, CreatedAt = at, UpdatedAt = at };
            var company = new Organization { NameKo = "회사", NameEn = "Company", CountryCode = "KR", Kind = OrganizationKind.Company, CreatedAt = at, UpdatedAt = at };
            var technology = new PublicTechnology { OwnerId = institute.Id, TitleKo = "감속기", TitleEn = "Reducer", Summary = "감속기", Trl = 6, CreatedAt = at, UpdatedAt = at };
            technology.Fields.Add(new PublicTechnologyField { TechnologyId = technology.Id, FieldCode = F1 });
            var n1 = Need(company.Id, stage, cooperation, Kst(1, 15), demo: false, F1, F2);
            var n2 = Need(company.Id, stage, cooperation, Kst(2, 10), demo: true, F1);
            db.AddRange(institute, company, technology, n1, n2);

            db.Inquiries.AddRange(
                Inquiry(InquirySubjectKind.Technology, technology.Id, user, new DateTimeOffset(2026, 1, 31, 16, 0, 0, TimeSpan.Zero), institute.Id, company.Id),
                Inquiry(InquirySubjectKind.Need, n1.Id, user, Kst(2, 5), company.Id),
                Inquiry(InquirySubjectKind.Organization, institute.Id, user, Kst(2, 6), institute.Id));

            var deal = new Deal
            {
                TechnologyId = technology.Id, SellerOrganizationId = institute.Id, BuyerUserId = user, State = DealState.Contract,
                LastStepOn = new DateOnly(2026, 4, 1), OpenedById = user, OpenedAt = Kst(2, 10), UpdatedAt = Kst(4, 1),
            };
            db.Deals.Add(deal);
            db.DealSteps.AddRange(
                Step(deal.Id, DealState.Inquiry, new DateOnly(2026, 2, 10), user, null),
                Step(deal.Id, DealState.TechnicalMeeting, new DateOnly(2026, 3, 3), user, null),
                Step(deal.Id, DealState.Contract, new DateOnly(2026, 4, 1), user, LicenceKind.Exclusive));

            var held = Event(manager, new DateOnly(2026, 3, 10));
            var later = Event(manager, new DateOnly(2026, 7, 1));
            db.PartneringEvents.AddRange(held, later);
            foreach (var e in new[] { held, later })
            {
                var p1 = new EventParticipant { EventId = e.Id, UserId = user, Organization = "회사", FieldCodes = F2, RegisteredAt = Kst(2, 1), UpdatedAt = Kst(2, 1) };
                var p2 = new EventParticipant { EventId = e.Id, UserId = other, Organization = "다른 회사", RegisteredAt = Kst(2, 1), UpdatedAt = Kst(2, 1) };
                var request = new EventMeetingRequest
                {
                    EventId = e.Id, RequesterId = p1.Id, RecipientId = p2.Id, Status = MeetingRequestStatus.Accepted,
                    CreatedAt = e == held ? Kst(2, 20) : Kst(5, 20), AnsweredAt = Kst(2, 21),
                };
                db.AddRange(p1, p2, request, new EventPlacement { EventId = e.Id, MeetingRequestId = request.Id, SlotIndex = 0, TableNumber = 1 });
            }

            var call = new ProgramCall
            {
                ProgramCode = "ALCHEMIST", TitleKo = "알키미스트 공모", TitleEn = "Alchemist call", Status = CallStatus.Closed,
                OpensAt = Kst(3, 1), ClosesAt = Kst(4, 30), TotalBudgetKrw = 1_000_000_000, MaxGovernmentKrwPerTask = 100_000_000,
                MaxGovernmentSharePercent = 75, MaxMonths = 24, CreatedById = manager, CreatedAt = Kst(3, 1), UpdatedAt = Kst(3, 1),
            };
            call.Fields.Add(new CallField { CallId = call.Id, FieldCode = F3 });
            db.ProgramCalls.Add(call);
            var fromTheMarketplace = Proposal(call.Id, user, ProposalStatus.Submitted, Kst(4, 20));
            fromTheMarketplace.Partners.AddRange(
                Partner(fromTheMarketplace.Id, 0, PartnerRole.Lead, company), Partner(fromTheMarketplace.Id, 1, PartnerRole.DomesticPartner, institute));
            var withoutATrail = Proposal(call.Id, user, ProposalStatus.Submitted, Kst(4, 22));
            withoutATrail.Partners.Add(Partner(withoutATrail.Id, 0, PartnerRole.Lead, company));
            db.Proposals.AddRange(
                fromTheMarketplace,
                withoutATrail,
                Proposal(call.Id, user, ProposalStatus.Withdrawn, Kst(4, 21)),
                Proposal(call.Id, user, ProposalStatus.Draft, null));
            return await db.SaveChangesAsync();
        });
    }

    private static TechnologyNeed Need(Guid company, string stage, string cooperation, DateTimeOffset at, bool demo, params string[] fields)
    {
        var need = new TechnologyNeed
        {
            CompanyId = company, Title = "수요", Description = "수요", RndStageCode = stage, CooperationTypeCode = cooperation, IsDemo = demo, CreatedAt = at, UpdatedAt = at,
        };
        need.Fields.AddRange(fields.Select(f => new TechnologyNeedField { NeedId = need.Id, FieldCode = f }));
        return need;
    }

    private static Inquiry Inquiry(InquirySubjectKind kind, Guid subject, Guid sender, DateTimeOffset at, Guid recipient, Guid? senderOrganization = null) => new()
    {
        SubjectKind = kind, SubjectId = subject, SubjectTitle = "대상", RecipientOrganizationId = recipient, SenderId = sender, SenderOrganizationId = senderOrganization, Subject = "문의",
        Status = InquiryStatus.Open, CreatedAt = at, LastMessageAt = at,
    };

    private static DealStep Step(Guid deal, DealState stage, DateOnly on, Guid actor, LicenceKind? licence) => new()
    {
        DealId = deal, Stage = stage, OccurredOn = on, ActorId = actor, ActorSide = DealSide.Buyer, LicenceKind = licence,
        RecordedAt = new DateTimeOffset(on.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero),
    };

    private static PartneringEvent Event(Guid organizer, DateOnly day) => new()
    {
        NameKo = "코리아 유레카 데이", NameEn = "Korea EUREKA Day", FirstDay = day, LastDay = day, DailyStartMinute = 9 * 60, DailyEndMinute = 10 * 60,
        MeetingMinutes = 30, TableCount = 2, RegistrationDeadline = Kst(2, 28), Status = PartneringEventStatus.Scheduled, OrganizerId = organizer,
        CreatedAt = Kst(1, 20), PublishedAt = Kst(3, 1),
    };

    private static Proposal Proposal(Guid call, Guid applicant, ProposalStatus status, DateTimeOffset? submitted) => new()
    {
        CallId = call, ApplicantId = applicant, Status = status, TitleKo = "과제", TitleEn = "Task", CreatedAt = Kst(4, 1), UpdatedAt = Kst(4, 1),
        SubmittedAt = submitted, SnapshotJson = submitted is null ? null : "{}",
        ReceiptNumber = status == ProposalStatus.Submitted ? $"2026-{Guid.NewGuid():N}"[..9] : null, WithdrawnAt = status == ProposalStatus.Withdrawn ? Kst(4, 25) : null,
    };

    private static ProposalPartner Partner(Guid proposal, int position, PartnerRole role, Organization organization) => new()
    {
        ProposalId = proposal, Position = position, Role = role, OrganizationId = organization.Id, Name = organization.NameKo, CountryCode = "KR",
    };

    private async Task<Guid> AccountAsync(string role, string name) =>
        (await Host.RunAsync<AccountService, UserAccount>(s => s.CreateAsync(new NewAccount($"{Guid.NewGuid():N}@funnel.example.kr", name, "Funnel-World-2026!", [role], "ko", null)))).Id;
}
