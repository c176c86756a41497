using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Marketplace.Talent;
using TechBridge.Core.Programs.Eligibility;
using TechBridge.Core.Programs.Proposals;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Notifications;

namespace TechBridge.Core.Tests.Marketplace.Talent;

/// <summary>
/// Hi-TECH matching: the engine's candidates for a need filtered to young researchers with the reasons that keep a company
/// from proposing; propose → accept or decline (or withdraw) with notices to the other side in their language; one live
/// proposal per researcher and need, one accepted task per researcher; parties see a match, everyone else gets 404; an
/// accepted match starts a call proposal with its consortium.
/// </summary>
public sealed class HiTechServiceTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Candidates_ForANeed_YoungResearchersRankedWithWhyAndIneligibilityReasons(string provider)
    {
        await using var world = await TalentWorld.StartAsync(provider);

        var result = await world.CandidatesAsync(world.CompanyKo);

        var ids = result.Candidates.Select(c => c.PersonId).ToList();
        Assert.Equal(world.Need, result.NeedId);
        Assert.DoesNotContain(world.SeniorE, ids);
        Assert.DoesNotContain(world.KtagUs, ids);
        Assert.Equal(new[] { world.YoungA, world.YoungB, world.NoAccountD, world.OldC }.Order(), ids.Order());
        Assert.All(result.Candidates.Where(c => c.PersonId != world.OldC), c => Assert.Empty(c.Ineligible));
        Assert.Equal(world.OldC, result.Candidates[^1].PersonId);
        var old = Assert.Single(result.Candidates, c => c.PersonId == world.OldC);
        Assert.Contains("7년", Assert.Single(old.Ineligible));
        Assert.Empty(Assert.Single(result.Candidates, c => c.PersonId == world.NoAccountD).Ineligible);
        var a = result.Candidates.Single(c => c.PersonId == world.YoungA);
        Assert.Contains("마모", a.MatchedWords);
        Assert.All(a.MatchedWords, w => Assert.Contains(w, "공구 마모 측정, 정밀 가공 센서", StringComparison.Ordinal));

        Assert.NotEmpty((await world.CandidatesAsync(world.Manager)).Candidates);
        await Assert.ThrowsAsync<ForbiddenException>(() => world.CandidatesAsync(world.Stranger));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.CandidatesAsync(world.YoungAAccount));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ProposeAndAccept_ByCompanyAndResearcher_NotifiesEachInTheirLanguageAndStartsAProposal(string provider)
    {
        await using var world = await TalentWorld.StartAsync(provider);

        var match = await world.ProposeAsync(world.YoungB, world.CompanyEn, "Would you join our task?");
        var proposed = Assert.Single(await world.NoticesAsync(world.YoungBAccount));
        Assert.Equal((NoticeTemplates.HiTechProposed, "[TechBridge] Hi-TECH task proposal: Nuri Precision"), proposed);
        var again = await Assert.ThrowsAsync<BusinessRuleException>(() => world.ProposeAsync(world.YoungB));
        Assert.Equal("HiTech.AlreadyProposed", again.Code);
        var ineligible = await Assert.ThrowsAsync<BusinessRuleException>(() => world.ProposeAsync(world.OldC));
        Assert.Equal("HiTech.Ineligible", ineligible.Code);
        await Assert.ThrowsAsync<ForbiddenException>(() => world.ProposeAsync(world.YoungA, world.Stranger));
        await Assert.ThrowsAsync<NotFoundException>(() => world.ProposeAsync(Guid.NewGuid()));

        // Without an account the researcher is e-mailed at the directory address (in Korean: they work in Korea).
        await world.ProposeAsync(world.NoAccountD);
        var mail = await world.Host.QueryAsync(db => db.OutgoingEmails.Where(m => m.Template == NoticeTemplates.HiTechProposed && m.Culture == "ko")
            .Select(m => new { m.Subject, m.TextBody }).SingleAsync());
        Assert.Equal("[TechBridge] Hi-TECH 과제 제안: 누리정밀", mail.Subject);
        Assert.Contains("/marketplace/hitech/", mail.TextBody, StringComparison.Ordinal);

        await Assert.ThrowsAsync<ForbiddenException>(() => world.AnswerAsync(world.CompanyKo, match, true));
        await Assert.ThrowsAsync<NotFoundException>(() => world.AnswerAsync(world.YoungAAccount, match, true));
        await world.AnswerAsync(world.YoungBAccount, match, true);
        var accepted = Assert.Single(await world.NoticesAsync(world.CompanyEn));
        Assert.Equal((NoticeTemplates.HiTechAccepted, $"[TechBridge] Hi-TECH proposal accepted: 정밀 가공 공구 마모 측정 기술"), accepted);
        var answered = await Assert.ThrowsAsync<BusinessRuleException>(() => world.AnswerAsync(world.YoungBAccount, match, false));
        Assert.Equal("HiTech.Answered", answered.Code);

        var detail = await world.MatchAsync(world.CompanyKo, match);
        Assert.Equal((HiTechMatchStatus.Accepted, true, false, false), (detail.Row.Status, detail.CanStartProposal, detail.CanAnswer, detail.CanWithdraw));
        Assert.NotNull(detail.ResearcherEmail);
        Assert.Equal(HiTechMatchStatus.Accepted, (await world.MatchAsync(world.Manager, match)).Row.Status);
        await Assert.ThrowsAsync<NotFoundException>(() => world.MatchAsync(world.Stranger, match));
        await Assert.ThrowsAsync<NotFoundException>(() => world.MatchAsync(world.YoungAAccount, match));
        Assert.True(Assert.Single(await world.Host.RunAsync<TalentQueries, IReadOnlyList<HiTechMatchRow>>(q => q.MatchesAsync(world.YoungBAccount))).IsResearcherSide);
        Assert.All(await world.Host.RunAsync<TalentQueries, IReadOnlyList<HiTechMatchRow>>(q => q.MatchesAsync(world.CompanyKo)), r => Assert.True(r.IsCompanySide));
        Assert.Empty(await world.Host.RunAsync<TalentQueries, IReadOnlyList<HiTechMatchRow>>(q => q.MatchesAsync(world.Stranger)));

        var proposal = await world.Host.RunAsync<ProposalService, Guid>(s => s.CreateAsync(world.CompanyKo, world.Call, match));
        await world.Host.QueryAsync(async db =>
        {
            var p = await db.Proposals.Include(x => x.Partners).Include(x => x.Researchers).SingleAsync(x => x.Id == proposal);
            Assert.Equal((match, "정밀 가공 공구 마모 측정 기술"), (p.HiTechMatchId, p.TitleKo));
            Assert.Equal([PartnerRole.Lead, PartnerRole.DomesticPartner], p.Partners.OrderBy(x => x.Position).Select(x => x.Role));
            var partner = p.Partners.Single(x => x.Role == PartnerRole.DomesticPartner);
            Assert.Equal(("한빛대학교", PartnerResponse.Pending), (partner.Name, partner.Response));
            var researcher = Assert.Single(p.Researchers);
            Assert.Equal(("Robin Lee", ResearcherRole.CoInvestigator, partner.Id), (researcher.Name, researcher.Role, researcher.PartnerId));
            return 0;
        });
        Assert.Single((await world.MatchAsync(world.CompanyKo, match)).Proposals);
        await Assert.ThrowsAsync<NotFoundException>(() => world.Host.RunAsync<ProposalService, Guid>(s => s.CreateAsync(world.Stranger, world.Call, match)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task DeclineWithdrawAndEngagement_OneAcceptedTaskPerResearcher_RenewedAfterDecline(string provider)
    {
        await using var world = await TalentWorld.StartAsync(provider);
        var declined = await world.ProposeAsync(world.YoungA);
        await world.AnswerAsync(world.YoungAAccount, declined, false, "일정이 맞지 않습니다.");
        var notice = Assert.Single(await world.NoticesAsync(world.CompanyKo));
        Assert.Equal(NoticeTemplates.HiTechDeclined, notice.Template);
        Assert.Equal("일정이 맞지 않습니다.", (await world.MatchAsync(world.CompanyKo, declined)).DeclineReason);
        Assert.Null((await world.CandidatesAsync(world.CompanyKo)).Candidates.Single(c => c.PersonId == world.YoungA).ExistingStatus);

        var withdrawn = await world.ProposeAsync(world.YoungA);
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Host.RunAsync<HiTechService>(s => s.WithdrawAsync(world.YoungAAccount, withdrawn)));
        await Assert.ThrowsAsync<PreconditionFailedException>(() => world.Host.RunAsync<HiTechService>(s => s.WithdrawAsync(world.CompanyEn, withdrawn, 99)));
        await world.Host.RunAsync<HiTechService>(s => s.WithdrawAsync(world.CompanyEn, withdrawn));
        Assert.Equal((NoticeTemplates.HiTechWithdrawn, "[TechBridge] Hi-TECH 제안 철회: 정밀 가공 공구 마모 측정 기술"), (await world.NoticesAsync(world.YoungAAccount)).Last());
        var late = await Assert.ThrowsAsync<BusinessRuleException>(() => world.AnswerAsync(world.YoungAAccount, withdrawn, true));
        Assert.Equal("HiTech.Answered", late.Code);

        // Accepted elsewhere: a second need of the company sees the researcher as engaged.
        var live = await world.ProposeAsync(world.YoungA);
        await world.AnswerAsync(world.YoungAAccount, live, true);
        var other = await world.Host.QueryAsync(async db =>
        {
            var need = await db.TechnologyNeeds.AsNoTracking().SingleAsync(n => n.Id == world.Need);
            var copy = new Core.Marketplace.TechnologyNeed
            {
                CompanyId = need.CompanyId, Title = need.Title + " 2단계", Description = need.Description, RndStageCode = need.RndStageCode,
                CooperationTypeCode = need.CooperationTypeCode, CreatedAt = need.CreatedAt, UpdatedAt = need.UpdatedAt,
            };
            db.TechnologyNeeds.Add(copy);
            await db.SaveChangesAsync();
            return copy.Id;
        });
        var second = await world.Host.RunAsync<HiTechService, HiTechCandidates>(s => s.CandidatesAsync(world.CompanyKo, other));
        Assert.Contains("다른 Hi-TECH", Assert.Single(second.Candidates.Single(c => c.PersonId == world.YoungA).Ineligible));

        var audit = await world.Host.QueryAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == nameof(HiTechMatch)));
        Assert.True(audit >= 6, $"{audit} audit entries");
    }
}
