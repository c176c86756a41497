using TechBridge.Core.Shared.Attachments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Directory;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Marketplace.Inquiries;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Marketplace.Inquiries;

/// <summary>
/// An initialised host with a fake clock and a small marketplace: an institute (two members, one reading English) owning a
/// technology, a company (one member) with a need, the sender's company (the sender and a colleague), a researcher with an
/// account (matched by e-mail in another case), a person without one, a program manager, an administrator and a stranger.
/// </summary>
internal sealed class InquiryWorld : IAsyncDisposable
{
    private InquiryWorld(CoreHost host, FakeTime time)
    {
        Host = host;
        Time = time;
    }

    public CoreHost Host { get; }
    public FakeTime Time { get; }
    public Guid Institute { get; private set; }
    public Guid InstituteKo { get; private set; }
    public Guid InstituteEn { get; private set; }
    public Guid Technology { get; private set; }
    public Guid NeedCompany { get; private set; }
    public Guid NeedOwner { get; private set; }
    public Guid Need { get; private set; }
    public Guid SenderCompany { get; private set; }
    public Guid Sender { get; private set; }
    public Guid SenderColleague { get; private set; }
    public Guid Researcher { get; private set; }
    public Guid ResearcherAccount { get; private set; }
    public Guid Guest { get; private set; }
    public string GuestEmail { get; } = $"guest-{Guid.NewGuid():N}@example.de";
    public Guid Manager { get; private set; }
    public Guid Administrator { get; private set; }
    public Guid Stranger { get; private set; }

    public static async Task<InquiryWorld> StartAsync(string provider)
    {
        var time = new FakeTime();
        var host = await CoreHost.StartInitializedAsync(provider, configure: services =>
        {
            services.AddScoped<IAuditActor>(_ => new TestAuditActor("inq-1", "문의 테스트", "req-inquiry"));
            services.AddSingleton<TimeProvider>(time);
        });
        var world = new InquiryWorld(host, time);
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

    public Task<Guid> StartAsync(Guid user, InquirySubjectKind kind, Guid subject, string body = "기술이전 조건을 알고 싶습니다.", IReadOnlyList<UploadedFile>? files = null) =>
        Host.RunAsync<InquiryService, Guid>(s => s.StartAsync(user, kind, subject, "기술 문의", body, files));

    public Task<Guid> ReplyAsync(Guid user, Guid inquiry, string body = "답변드립니다.", IReadOnlyList<UploadedFile>? files = null) =>
        Host.RunAsync<InquiryService, Guid>(s => s.ReplyAsync(user, inquiry, body, files));

    public Task<InquiryThread> ThreadAsync(Guid user, Guid inquiry) => Host.RunAsync<InquiryQueries, InquiryThread>(q => q.ThreadAsync(user, inquiry));

    public Task<PagedResult<InquiryRow>> MineAsync(Guid user) => Host.RunAsync<InquiryQueries, PagedResult<InquiryRow>>(q => q.MineAsync(user, new PageRequest(1, 50)));

    public Task MarkReadAsync(Guid user, Guid inquiry) => Host.RunAsync<InquiryService>(s => s.MarkReadAsync(user, inquiry));

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();

    private async Task SeedAsync()
    {
        Institute = await OrganizationAsync("한국기계연구원", "Korea Institute of Machinery", OrganizationKind.ResearchInstitute);
        NeedCompany = await OrganizationAsync("누리정밀", "Nuri Precision", OrganizationKind.Company);
        SenderCompany = await OrganizationAsync("한빛소재", "Hanbit Materials", OrganizationKind.Company);
        InstituteKo = await AccountAsync(Roles.Researcher, "김연구", $"{Guid.NewGuid():N}@kimm.example.kr", Institute);
        InstituteEn = await AccountAsync(Roles.Researcher, "Alex Kim", $"{Guid.NewGuid():N}@kimm.example.kr", Institute, "en");
        NeedOwner = await AccountAsync(Roles.Company, "박수요", $"{Guid.NewGuid():N}@nuri.example.kr", NeedCompany);
        Sender = await AccountAsync(Roles.Company, "이문의", $"{Guid.NewGuid():N}@hanbit.example.kr", SenderCompany);
        SenderColleague = await AccountAsync(Roles.Company, "최동료", $"{Guid.NewGuid():N}@hanbit.example.kr", SenderCompany);
        var researcherEmail = $"{Guid.NewGuid():N}@univ.example.kr";
        ResearcherAccount = await AccountAsync(Roles.Researcher, "정교수", researcherEmail);
        Manager = await AccountAsync(Roles.ProgramManager, "사업담당", $"{Guid.NewGuid():N}@example.kr");
        Administrator = await AccountAsync(Roles.Administrator, "관리자", $"{Guid.NewGuid():N}@example.kr");
        Stranger = await AccountAsync(Roles.Company, "남남", $"{Guid.NewGuid():N}@example.kr");
        var now = Time.GetUtcNow();
        // The directory spells the researcher's address in capitals: the account still matches.
        var researcher = new Person { NameKo = "정교수", NameEn = "Jung Prof", Email = researcherEmail.ToUpperInvariant(), CountryCode = "KR", CreatedAt = now, UpdatedAt = now };
        var guest = new Person { NameKo = "", NameEn = "Greta Gast", Email = GuestEmail, CountryCode = "DE", CreatedAt = now, UpdatedAt = now };
        Researcher = researcher.Id;
        Guest = guest.Id;
        await Host.QueryAsync(async db =>
        {
            var stage = await db.RndStages.Select(s => s.Code).FirstAsync();
            var cooperation = await db.CooperationTypes.Select(c => c.Code).FirstAsync();
            var technology = new PublicTechnology
            {
                OwnerId = Institute, TitleKo = "고정밀 감속기", TitleEn = "Precision reducer", Summary = "감속기", Trl = 6, CreatedAt = now, UpdatedAt = now,
            };
            var need = new TechnologyNeed
            {
                CompanyId = NeedCompany, Title = "정밀 가공 기술 수요", Description = "가공", RndStageCode = stage, CooperationTypeCode = cooperation, CreatedAt = now, UpdatedAt = now,
            };
            Technology = technology.Id;
            Need = need.Id;
            db.AddRange(researcher, guest, technology, need);
            return await db.SaveChangesAsync();
        });
    }

    private async Task<Guid> OrganizationAsync(string ko, string en, OrganizationKind kind)
    {
        var now = Time.GetUtcNow();
        var organization = new Organization { NameKo = ko, NameEn = en, CountryCode = "KR", Kind = kind, CreatedAt = now, UpdatedAt = now };
        await Host.QueryAsync(db =>
        {
            db.Organizations.Add(organization);
            return db.SaveChangesAsync();
        });
        return organization.Id;
    }

    private async Task<Guid> AccountAsync(string role, string name, string email, Guid? organization = null, string culture = "ko") =>
        (await Host.RunAsync<AccountService, UserAccount>(s => s.CreateAsync(new NewAccount(email, name, "Inquiry-World-2026!", [role], culture, organization)))).Id;
}
