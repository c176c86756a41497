using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Directory;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Eligibility;
using TechBridge.Core.Programs.Proposals;
using TechBridge.Core.Shared.Attachments;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Programs.Proposals;

/// <summary>
/// A host with an open center joint research call (closing in 30 days), a program manager, a small company with its
/// applicant account, a second company user, and attachment storage in a temporary folder.
/// </summary>
internal sealed partial class ProposalWorld : IAsyncDisposable
{
    private ProposalWorld(CoreHost host, FakeTime time, string root)
    {
        Host = host;
        Time = time;
        Root = root;
    }

    public CoreHost Host { get; }

    public FakeTime Time { get; }

    public string Root { get; }

    public Guid Manager { get; private set; }

    public Guid Applicant { get; private set; }

    public Guid OtherCompanyUser { get; private set; }

    public Guid Company { get; private set; }

    public Guid Call { get; private set; }

    public static async Task<ProposalWorld> StartAsync(string provider)
    {
        var time = new FakeTime();
        var root = System.IO.Directory.CreateTempSubdirectory("techbridge-proposals-").FullName;
        var host = await CoreHost.StartInitializedAsync(provider, configure: services =>
        {
            services.AddScoped<IAuditActor>(_ => new TestAuditActor("applicant-1", "신청자", "req-proposal"));
            services.AddSingleton<TimeProvider>(time);
            services.Configure<AttachmentOptions>(o => o.Directory = root);
        });
        var world = new ProposalWorld(host, time, root);
        try
        {
            await world.SetUpAsync();
            return world;
        }
        catch
        {
            await world.DisposeAsync();
            throw;
        }
    }

    public Task<Guid> CreateAsync(Guid? user = null) =>
        Host.RunAsync<ProposalService, Guid>(s => s.CreateAsync(user ?? Applicant, Call));

    public Task<long> SaveAsync(Guid id, ProposalInput input, long? version = null) =>
        Host.RunAsync<ProposalService, long>(s => s.SaveAsync(Applicant, id, input, version));

    public Task<ProposalDetail> GetAsync(Guid id, Guid? user = null) =>
        Host.RunAsync<ProposalQueries, ProposalDetail>(q => q.GetAsync(user ?? Applicant, id));

    public Task<string> SubmitAsync(Guid id) => Host.RunAsync<ProposalService, string>(s => s.SubmitAsync(Applicant, id));

    /// <summary>A complete consortium: the lead, a domestic university, an overseas institute; three researchers; two years of budget; 12 of 24 months abroad.</summary>
    public ProposalInput CompleteInput(Guid leadPartnerId) => new()
    {
        TitleKo = "전고체 배터리 황화물 전해질 계면 안정화 공동연구",
        TitleEn = "Interface stabilisation of sulfide electrolytes for all-solid-state batteries",
        SummaryKo = "해외 협력센터와 함께 황화물계 고체전해질의 계면 저항을 낮춘다.",
        SummaryEn = "With the overseas center, we lower the interfacial resistance of sulfide solid electrolytes.",
        FieldCode = "SECONDARY_BATTERY",
        Months = 24,
        Partners =
        [
            new ProposalPartnerInput(leadPartnerId, PartnerRole.Lead, Company, null, null, null, null),
            new ProposalPartnerInput(null, PartnerRole.DomesticPartner, null, "한빛대학교 산학협력단", "KR", "정교수", "partner@hanbit.example.kr"),
            new ProposalPartnerInput(null, PartnerRole.Overseas, null, "Fraunhofer IKTS", "DE", "Dr. Anna Weber", "weber@ikts.example.de"),
        ],
        Researchers =
        [
            new ProposalResearcherInput(0, "김연구", "kim@company.example.kr", ResearcherRole.PrincipalInvestigator, 50),
            new ProposalResearcherInput(0, "이수석", null, ResearcherRole.Researcher, 100),
            new ProposalResearcherInput(2, "Anna Weber", "weber@ikts.example.de", ResearcherRole.CoInvestigator, 20),
        ],
        Budget =
        [
            new ProposalBudgetInput(0, 1, 300_000_000, 100_000_000),
            new ProposalBudgetInput(0, 2, 300_000_000, 100_000_000),
            new ProposalBudgetInput(1, 1, 100_000_000, 40_000_000),
        ],
        Dispatch =
        [
            new ProposalDispatchInput(1, "Fraunhofer IKTS", "DE", 1, 6),
            new ProposalDispatchInput(0, "Fraunhofer IKTS", "DE", 7, 6),
        ],
        Answers = new ProposalAnswersInput(true, true, "핵심 소재 특허를 독일 기관이 보유", 0, 0, null, false, null),
    };

    public async Task<Guid> LeadPartnerAsync(Guid proposal) =>
        (await GetAsync(proposal)).Content.Partners.Single(p => p.Role == PartnerRole.Lead).Id;

    /// <summary>The invitation tokens sent so far, by recipient address (read from the e-mails' links).</summary>
    public async Task<Dictionary<string, string>> InvitationTokensAsync()
    {
        var mails = await Host.QueryAsync(db => db.OutgoingEmails.AsNoTracking()
            .Where(m => m.Template == "ProposalPartnerInvited").OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).ToListAsync());
        var tokens = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var mail in mails)
        {
            tokens[mail.To] = TokenPattern().Match(mail.TextBody).Groups[1].Value;
        }

        return tokens;
    }

    /// <summary>Invites every partner, confirms each, and attaches the call's required documents.</summary>
    public async Task ConfirmPartnersAndAttachAsync(Guid proposal)
    {
        await Host.RunAsync<PartnerInvitations, int>(s => s.InviteAsync(Applicant, proposal));
        foreach (var token in (await InvitationTokensAsync()).Values)
        {
            await Host.RunAsync<PartnerInvitations>(s => s.RespondAsync(token, confirm: true));
        }

        foreach (var kind in new[] { DocumentKind.ResearchPlan, DocumentKind.PartnerCommitment, DocumentKind.DispatchPlan })
        {
            await AttachAsync(proposal, kind.ToString());
        }
    }

    public async Task<AttachmentView> AttachAsync(Guid proposal, string? kind, Guid? user = null)
    {
        using var stream = new MemoryStream([.. "%PDF-1.7\n"u8, .. new byte[512]]);
        return await Host.RunAsync<AttachmentService, AttachmentView>(s =>
            s.AddAsync(AttachmentOwner.Proposal(proposal), stream, $"{kind ?? "other"}.pdf", "application/pdf", user ?? Applicant, kind));
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        System.IO.Directory.Delete(Root, recursive: true);
    }

    private async Task SetUpAsync()
    {
        Manager = await AccountAsync(Roles.ProgramManager, "김사업", null);
        Company = await Host.QueryAsync(async db =>
        {
            var organization = new Organization
            {
                Kind = OrganizationKind.Company, SizeClass = CompanySize.Small, NameKo = "(주)누리배터리", NameEn = "Nuri Battery Co.", CountryCode = "KR",
                CreatedAt = Time.GetUtcNow(), UpdatedAt = Time.GetUtcNow(),
            };
            db.Organizations.Add(organization);
            await db.SaveChangesAsync();
            return organization.Id;
        });
        Applicant = await AccountAsync(Roles.Company, "이기업", Company);
        OtherCompanyUser = await AccountAsync(Roles.Company, "최다른", Company);
        var input = new CallInput
        {
            ProgramCode = "GLOBAL_COOP_CENTERS",
            TitleKo = "2026년 글로벌 산업기술 협력센터 공동연구 과제 공모",
            TitleEn = "2026 Global Industrial Technology Cooperation Center joint research call",
            Kind = CallKind.Open,
            OpensAt = Time.GetUtcNow().AddMinutes(-1),
            ClosesAt = Time.GetUtcNow().AddDays(30),
            TotalBudgetKrw = 18_000_000_000,
            MaxGovernmentKrwPerTask = 1_500_000_000,
            MaxGovernmentSharePercent = 75,
            MaxMonths = 36,
            RequiresDispatch = true,
            RequiresOverseasPartner = true,
            FieldCodes = ["SECONDARY_BATTERY", "SEMICONDUCTOR"],
            ApplicantTypes = [ApplicantType.SmallBusiness, ApplicantType.MidSizedCompany],
            Documents = [DocumentKind.ResearchPlan, DocumentKind.PartnerCommitment, DocumentKind.DispatchPlan],
            Stages = [new CallStageInput(StageKind.Screening, 0, null, 0, null), new CallStageInput(StageKind.DomesticPanel, 100, 70, 3, Time.GetUtcNow().AddDays(60))],
        };
        Call = await Host.RunAsync<CallService, Guid>(s => s.CreateAsync(Manager, input));
        await Host.RunAsync<CallService>(s => s.PublishAsync(Manager, Call));
    }

    private async Task<Guid> AccountAsync(string role, string name, Guid? organization)
    {
        var id = (await Host.RunAsync<AccountService, UserAccount>(s => s.CreateAsync(
            new NewAccount($"{Guid.NewGuid():N}@example.kr", name, "Proposal-World-2026!", [role])))).Id;
        if (organization is not null)
        {
            await Host.QueryAsync(db => db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(u => u.SetProperty(x => x.OrganizationId, organization)));
        }

        return id;
    }

    [GeneratedRegex(@"/programs/invitations/([A-Za-z0-9_-]+)")]
    private static partial Regex TokenPattern();
}
