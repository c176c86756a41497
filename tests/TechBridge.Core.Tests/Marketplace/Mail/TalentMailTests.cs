using Microsoft.EntityFrameworkCore;
using MimeKit;
using TechBridge.Core.Accounts;
using TechBridge.Core.Directory;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Marketplace.Talent;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Marketplace.Mail;

/// <summary>
/// What a real SMTP listener receives from talent matching: a K-TAG advisory request (to coordinators), its assignment (to
/// the member and the company) and the logged session (to the company, with the outcome in the company's language); a
/// Hi-TECH acceptance (to the company member who proposed, not the researcher who answered nor a colleague).
/// </summary>
public sealed class TalentMailTests(MarketplaceMailHosts hosts) : IClassFixture<MarketplaceMailHosts>
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task AdvisoryRequestAssignLog_MailEachStepToTheOtherSide_InTheirLanguage(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var company = await MarketplaceMailHosts.OrganizationAsync(host, "누리정밀", "Nuri Precision", OrganizationKind.Company);
        var asker = await MarketplaceMailHosts.AccountAsync(host, Roles.Company, "박수요", "ko", company);
        var colleague = await MarketplaceMailHosts.AccountAsync(host, Roles.Company, "최동료", "ko", company);
        var coordinator = await MarketplaceMailHosts.AccountAsync(host, Roles.Coordinator, "Chris Coordinator", "en");
        var memberAccount = await MarketplaceMailHosts.AccountAsync(host, Roles.Researcher, "조다니엘", "ko");
        var member = await KtagMemberAsync(host, memberAccount);
        var everyone = new[] { asker, colleague, coordinator, memberAccount }.Select(a => a.Email).ToList();

        var id = await host.RunAsync<AdvisoryService, Guid>(s => s.RequestAsync(asker.Id, new AdvisoryRequestInput("미국 반도체 패키징 시장 진출", "현지 파트너를 찾고 싶습니다.", "US", null)));
        var requested = await hosts.DeliverAsync(host, everyone);
        var toCoordinator = Assert.Single(requested);
        Assert.True(TestSmtpServer.IsTo(toCoordinator, coordinator.Email));
        Assert.Equal("[TechBridge] K-TAG advice requested: Nuri Precision", toCoordinator.Subject);
        Assert.Contains("Country: United States", toCoordinator.TextBody, StringComparison.Ordinal);
        Assert.Contains($"{MarketplaceMailHosts.BaseUrl}/marketplace/advisory/{id}", toCoordinator.TextBody, StringComparison.Ordinal);

        await host.RunAsync<AdvisoryService>(s => s.AssignAsync(coordinator.Id, id, member, "패키징 경력 15년"));
        var assigned = await hosts.DeliverAsync(host, everyone);
        Assert.Equal(new[] { asker.Email, memberAccount.Email }.Order(StringComparer.Ordinal), assigned.SelectMany(m => m.To.Mailboxes).Select(b => b.Address).Order(StringComparer.Ordinal));
        var toMember = assigned.Single(m => TestSmtpServer.IsTo(m, memberAccount.Email));
        Assert.Equal("[TechBridge] K-TAG 자문 배정: 누리정밀", toMember.Subject);
        Assert.Contains("조다니엘님, 누리정밀의 자문 요청에 자문위원으로 배정되었습니다.", toMember.TextBody, StringComparison.Ordinal);
        Assert.Contains("코디네이터 메모: 패키징 경력 15년", toMember.TextBody, StringComparison.Ordinal);
        Assert.Contains("자문위원 조다니엘님이 배정되었습니다.", assigned.Single(m => TestSmtpServer.IsTo(m, asker.Email)).TextBody, StringComparison.Ordinal);

        await host.RunAsync<AdvisoryService>(s => s.LogSessionAsync(memberAccount.Id, id, new AdvisorySessionInput(new DateOnly(2026, 3, 2), 45, AdvisoryOutcome.FollowUpPlanned, null)));
        var logged = Assert.Single(await hosts.DeliverAsync(host, everyone));
        Assert.True(TestSmtpServer.IsTo(logged, asker.Email));
        Assert.Equal("[TechBridge] K-TAG 자문 완료: 미국 반도체 패키징 시장 진출", logged.Subject);
        Assert.Contains("결과: 후속 협력 예정", logged.TextBody, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\{[A-Za-z]+\}|Advisory\.|FollowUpPlanned|을\(를\)", logged.TextBody);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task HiTechAccepted_MailsTheProposerOnly_InEnglish(string provider)
    {
        var host = await hosts.GetAsync(provider);
        var company = await MarketplaceMailHosts.OrganizationAsync(host, "한빛소재", "Hanbit Materials", OrganizationKind.Company);
        var proposer = await MarketplaceMailHosts.AccountAsync(host, Roles.Company, "Jamie Park", "en", company);
        var colleague = await MarketplaceMailHosts.AccountAsync(host, Roles.Company, "최동료", "ko", company);
        var researcher = await MarketplaceMailHosts.AccountAsync(host, Roles.Researcher, "이신진", "ko");
        var (need, person) = await host.QueryAsync(async db =>
        {
            var stage = await db.RndStages.Select(s => s.Code).FirstAsync();
            var cooperation = await db.CooperationTypes.Select(c => c.Code).FirstAsync();
            var n = new TechnologyNeed
            {
                CompanyId = company, Title = "양극재 코팅 공정", Description = "양극재 코팅", RndStageCode = stage, CooperationTypeCode = cooperation,
                CreatedAt = FakeTime.DefaultStart, UpdatedAt = FakeTime.DefaultStart,
            };
            var p = new Person { NameKo = "이신진", NameEn = "Shinjin Lee", Email = researcher.Email, CountryCode = "KR", CreatedAt = FakeTime.DefaultStart, UpdatedAt = FakeTime.DefaultStart };
            db.AddRange(n, p);
            db.TalentProfiles.Add(new TalentProfile { PersonId = p.Id, Stage = CareerStage.YoungResearcher, PhdYear = 2023, UpdatedAt = FakeTime.DefaultStart });
            await db.SaveChangesAsync();
            return (n.Id, p.Id);
        });
        var match = await host.QueryAsync(async db =>
        {
            var m = new HiTechMatch
            {
                NeedId = need, CompanyId = company, ResearcherPersonId = person, ProposedById = proposer.Id, Status = HiTechMatchStatus.Proposed,
                Score = 12.5, ProposedAt = FakeTime.DefaultStart,
            };
            db.HiTechMatches.Add(m);
            await db.SaveChangesAsync();
            return m.Id;
        });

        await host.RunAsync<HiTechService>(s => s.AnswerAsync(researcher.Id, match, true, null));
        var received = await hosts.DeliverAsync(host, new[] { proposer, colleague, researcher }.Select(a => a.Email));

        var mail = Assert.Single(received);
        Assert.True(TestSmtpServer.IsTo(mail, proposer.Email));
        Assert.Equal("[TechBridge] Hi-TECH proposal accepted: 양극재 코팅 공정", mail.Subject);
        Assert.Contains("Dear Jamie Park, Shinjin Lee accepted your Hi-TECH task proposal.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"{MarketplaceMailHosts.BaseUrl}/marketplace/hitech/{match}", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("님", mail.TextBody, StringComparison.Ordinal);
    }

    private static async Task<Guid> KtagMemberAsync(CoreHost host, Account account) => await host.QueryAsync(async db =>
    {
        var person = new Person
        {
            Kind = PersonKind.OverseasKoreanEngineer, NameKo = account.Name, NameEn = "Daniel Cho", Email = account.Email, CountryCode = "US",
            CreatedAt = FakeTime.DefaultStart, UpdatedAt = FakeTime.DefaultStart,
        };
        db.People.Add(person);
        db.TalentProfiles.Add(new TalentProfile
        {
            PersonId = person.Id, Stage = CareerStage.OverseasKoreanEngineer, Employer = "Pacific Semiconductor Inc.", IsKtagMember = true, UpdatedAt = FakeTime.DefaultStart,
        });
        await db.SaveChangesAsync();
        return person.Id;
    });
}
