using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Directory;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Marketplace.Talent;
using TechBridge.Core.Matching;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Marketplace.Talent;

/// <summary>
/// An initialised host with a fake clock (2026-03-02) and the partner index running over a small talent pool: a company
/// (a Korean and an English-reading member) with an open need on precision machining; a university; young researchers
/// A (PhD 2022, Korean) and B (PhD 2019, English) with accounts, C who calls herself young with a 2015 PhD, D young without
/// an account, E a senior researcher; K-TAG members in the US (willing to consult) and Germany; a coordinator, a program
/// manager, a stranger company member and a published call open now.
/// </summary>
internal sealed class TalentWorld : IAsyncDisposable
{
    private TalentWorld(CoreHost host, FakeTime time)
    {
        Host = host;
        Time = time;
    }

    public CoreHost Host { get; }
    public FakeTime Time { get; }
    public Guid Company { get; private set; }
    public Guid CompanyKo { get; private set; }
    public Guid CompanyEn { get; private set; }
    public Guid Need { get; private set; }
    public Guid University { get; private set; }
    public Guid YoungA { get; private set; }
    public Guid YoungAAccount { get; private set; }
    public Guid YoungB { get; private set; }
    public Guid YoungBAccount { get; private set; }
    public Guid OldC { get; private set; }
    public Guid NoAccountD { get; private set; }
    public Guid SeniorE { get; private set; }
    public Guid KtagUs { get; private set; }
    public Guid KtagUsAccount { get; private set; }
    public Guid KtagDe { get; private set; }
    public Guid Coordinator { get; private set; }
    public Guid Manager { get; private set; }
    public Guid Stranger { get; private set; }
    public Guid Call { get; private set; }

    public static async Task<TalentWorld> StartAsync(string provider, bool withIndex = true)
    {
        var time = new FakeTime();
        var host = await CoreHost.StartInitializedAsync(provider, configure: services =>
        {
            services.AddScoped<IAuditActor>(_ => new TestAuditActor("talent-1", "인재 테스트", "req-talent"));
            services.AddSingleton<TimeProvider>(time);
        });
        var world = new TalentWorld(host, time);
        try
        {
            await world.SeedAsync();
            if (withIndex)
            {
                var index = host.Services.GetRequiredService<PartnerIndex>();
                await index.StartAsync(CancellationToken.None);
                await index.Ready.WaitAsync(TimeSpan.FromMinutes(2));
            }

            return world;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    public Task<HiTechCandidates> CandidatesAsync(Guid user) => Host.RunAsync<HiTechService, HiTechCandidates>(s => s.CandidatesAsync(user, Need));

    public Task<Guid> ProposeAsync(Guid person, Guid? user = null, string? message = "함께 과제를 수행하고 싶습니다.") =>
        Host.RunAsync<HiTechService, Guid>(s => s.ProposeAsync(user ?? CompanyKo, Need, person, message));

    public Task AnswerAsync(Guid user, Guid match, bool accept, string? reason = null) =>
        Host.RunAsync<HiTechService>(s => s.AnswerAsync(user, match, accept, reason));

    public Task<HiTechMatchDetail> MatchAsync(Guid user, Guid match) => Host.RunAsync<TalentQueries, HiTechMatchDetail>(q => q.MatchAsync(user, match));

    /// <summary>The notices queued for an account, newest last, as (template, subject) in the account's language.</summary>
    public Task<List<(string Template, string Subject)>> NoticesAsync(Guid user) => Host.QueryAsync(async db =>
        (await db.InboxMessages.Where(m => m.UserId == user).OrderBy(m => m.CreatedAt).Select(m => new { m.Template, m.Subject }).ToListAsync())
            .Select(m => (m.Template, m.Subject)).ToList());

    public async ValueTask DisposeAsync()
    {
        var index = Host.Services.GetRequiredService<PartnerIndex>();
        await index.StopAsync(CancellationToken.None);
        await Host.DisposeAsync();
    }

    private async Task SeedAsync()
    {
        Company = await OrganizationAsync("누리정밀", "Nuri Precision", OrganizationKind.Company);
        University = await OrganizationAsync("한빛대학교", "Hanbit University", OrganizationKind.University);
        var stranger = await OrganizationAsync("남남상사", "Namnam Trading", OrganizationKind.Company);
        CompanyKo = await AccountAsync(Roles.Company, "박수요", Email(), Company);
        CompanyEn = await AccountAsync(Roles.Company, "Jamie Park", Email(), Company, "en");
        Coordinator = await AccountAsync(Roles.Coordinator, "최코디", Email());
        Manager = await AccountAsync(Roles.ProgramManager, "김사업", Email());
        Stranger = await AccountAsync(Roles.Company, "남남", Email(), stranger);
        var aEmail = Email();
        var bEmail = Email();
        var usEmail = Email();
        YoungAAccount = await AccountAsync(Roles.Researcher, "이신진", aEmail, University);
        YoungBAccount = await AccountAsync(Roles.Researcher, "Robin Lee", bEmail, University, "en");
        KtagUsAccount = await AccountAsync(Roles.Researcher, "Daniel Cho", usEmail, culture: "en");
        var cEmail = Email();
        await AccountAsync(Roles.Researcher, "정노련", cEmail, University);
        var now = Time.GetUtcNow();
        await Host.QueryAsync(async db =>
        {
            var stage = await db.RndStages.Select(s => s.Code).FirstAsync();
            var cooperation = await db.CooperationTypes.Select(c => c.Code).FirstAsync();
            var need = new TechnologyNeed
            {
                CompanyId = Company, Title = "정밀 가공 공구 마모 측정 기술", Description = "CNC 정밀 가공에서 공구 마모를 실시간으로 측정하는 기술이 필요합니다.",
                RndStageCode = stage, CooperationTypeCode = cooperation, CreatedAt = now, UpdatedAt = now,
            };
            Need = need.Id;
            db.TechnologyNeeds.Add(need);
            YoungA = Add(db, "이신진", "Shinjin Lee", aEmail, "KR", "공구 마모 측정, 정밀 가공 센서", CareerStage.YoungResearcher, 2022);
            YoungB = Add(db, "", "Robin Lee", bEmail, "KR", "tool wear monitoring, 정밀 가공", CareerStage.YoungResearcher, 2019);
            OldC = Add(db, "정노련", "Noryeon Jung", cEmail, "KR", "공구 마모, 가공 공정", CareerStage.YoungResearcher, 2015);
            NoAccountD = Add(db, "한계정", "Gyejeong Han", Email(), "KR", "정밀 가공 공구 측정", CareerStage.YoungResearcher, 2023);
            SeniorE = Add(db, "오선임", "Seonim Oh", Email(), "KR", "정밀 가공 공구 마모", CareerStage.SeniorResearcher, 2005);
            KtagUs = Add(db, "조다니엘", "Daniel Cho", usEmail, "US", "semiconductor packaging, US market entry", CareerStage.OverseasKoreanEngineer, 2010,
                employer: "Pacific Semiconductor Inc.", ktag: true);
            KtagDe = Add(db, "", "Mina Berg", Email(), "DE", "automotive suppliers", CareerStage.OverseasKoreanEngineer, 2008, employer: "Autoteile GmbH", ktag: true);
            return await db.SaveChangesAsync();
        });
        var call = new CallInput
        {
            ProgramCode = "NEXTGEN_RESEARCHER_HITECH",
            TitleKo = "2026년 Hi-TECH 신진연구자 도전혁신 과제 공모",
            TitleEn = "2026 Hi-TECH young researcher challenge call",
            Kind = CallKind.Open,
            OpensAt = now.AddMinutes(-1),
            ClosesAt = now.AddDays(30),
            TotalBudgetKrw = 3_600_000_000,
            MaxGovernmentKrwPerTask = 100_000_000,
            MaxGovernmentSharePercent = 75,
            MaxMonths = 9,
            FieldCodes = ["ADVANCED_MANUFACTURING"],
            ApplicantTypes = [ApplicantType.SmallBusiness, ApplicantType.MidSizedCompany],
            Documents = [DocumentKind.ResearchPlan],
            Stages = [new CallStageInput(StageKind.Screening, 0, null, 0, null), new CallStageInput(StageKind.DomesticPanel, 100, 70, 3, now.AddDays(60))],
        };
        Call = await Host.RunAsync<CallService, Guid>(s => s.CreateAsync(Manager, call));
        await Host.RunAsync<CallService>(s => s.PublishAsync(Manager, Call));

        Guid Add(Core.Data.TechBridgeDbContext db, string ko, string en, string email, string country, string skills, CareerStage stage, int phd,
            string? employer = null, bool ktag = false)
        {
            var person = new Person
            {
                Kind = stage == CareerStage.OverseasKoreanEngineer ? PersonKind.OverseasKoreanEngineer : PersonKind.Researcher, NameKo = ko, NameEn = en,
                Email = email, CountryCode = country, Keywords = skills, CreatedAt = now, UpdatedAt = now,
            };
            db.People.Add(person);
            if (country == "KR")
            {
                db.Affiliations.Add(new Affiliation { PersonId = person.Id, OrganizationId = University, StartDate = new DateOnly(2020, 3, 1) });
            }

            db.TalentProfiles.Add(new TalentProfile
            {
                PersonId = person.Id, Stage = stage, PhdYear = phd, Employer = employer, IsKtagMember = ktag, Availability = TalentAvailability.FullTime,
                WillingToConsult = ktag && country == "US", UpdatedAt = now,
            });
            return person.Id;
        }
    }

    private static string Email() => $"{Guid.NewGuid():N}@example.kr";

    private async Task<Guid> OrganizationAsync(string ko, string en, OrganizationKind kind)
    {
        var now = Time.GetUtcNow();
        var organization = new Organization
        {
            NameKo = ko, NameEn = en, CountryCode = "KR", Kind = kind, SizeClass = kind == OrganizationKind.Company ? CompanySize.Small : null,
            CreatedAt = now, UpdatedAt = now,
        };
        await Host.QueryAsync(db =>
        {
            db.Organizations.Add(organization);
            return db.SaveChangesAsync();
        });
        return organization.Id;
    }

    private async Task<Guid> AccountAsync(string role, string name, string email, Guid? organization = null, string culture = "ko") =>
        (await Host.RunAsync<AccountService, UserAccount>(s => s.CreateAsync(new NewAccount(email, name, "Talent-World-2026!", [role], culture, organization)))).Id;
}
