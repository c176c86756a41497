using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Marketplace.Talent;
using TechBridge.Web.Tests.Facilities;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Marketplace;

/// <summary>
/// Talent data for the web tests: the demo researcher as a young researcher, Hi-TECH matches between one of the demo
/// company's needs and the researcher (written straight to the database: the candidates' ranking is the Core tests' matter),
/// and K-TAG advisory requests of the demo company through the service.
/// </summary>
internal static class TalentWorld
{
    public static readonly TalentProfileInput YoungProfile = new(CareerStage.YoungResearcher, DateTime.UtcNow.Year - 1, "KR", null, false,
        TalentAvailability.FullTime, null, true, "공정 모니터링, 진동 진단", null);

    /// <summary>The demo researcher's directory entry, with a young researcher's talent side.</summary>
    public static async Task<Guid> ResearcherPersonAsync(this AppFixture fixture)
    {
        var user = await fixture.UserIdAsync(Email(Roles.Researcher));
        await fixture.RunAsync<TalentProfileService, long>(s => s.SaveMineAsync(user, YoungProfile));
        return (await fixture.RunAsync<TalentProfileService, TalentProfileView?>(s => s.MineAsync(user)))!.PersonId;
    }

    /// <summary>An open need of the demo company.</summary>
    public static async Task<Guid> CompanyNeedAsync(this AppFixture fixture)
    {
        var company = await fixture.DemoCompanyAsync();
        return await fixture.QueryAsync(db => db.TechnologyNeeds.AsNoTracking().Where(n => n.CompanyId == company && n.Status == Core.Marketplace.NeedStatus.Open)
            .OrderBy(n => n.Id).Select(n => n.Id).FirstAsync());
    }

    /// <summary>A fresh proposal of the demo company's need to the demo researcher (any earlier live one withdrawn).</summary>
    public static async Task<Guid> MatchAsync(this AppFixture fixture)
    {
        var person = await fixture.ResearcherPersonAsync();
        var need = await fixture.CompanyNeedAsync();
        var company = await fixture.DemoCompanyAsync();
        var proposer = await fixture.UserIdAsync(Email(Roles.Company));
        return await fixture.QueryAsync(async db =>
        {
            await db.HiTechMatches.Where(m => m.NeedId == need && m.ResearcherPersonId == person && m.Status != HiTechMatchStatus.Withdrawn)
                .ExecuteUpdateAsync(m => m.SetProperty(x => x.Status, HiTechMatchStatus.Withdrawn));
            var match = new HiTechMatch
            {
                NeedId = need, CompanyId = company, ResearcherPersonId = person, ProposedById = proposer, Status = HiTechMatchStatus.Proposed,
                Score = 10, ProposedAt = DateTimeOffset.UtcNow.AddMinutes(-5), Message = "권한 확인",
            };
            db.HiTechMatches.Add(match);
            await db.SaveChangesAsync();
            return match.Id;
        });
    }

    /// <summary>A fresh advisory request of the demo company.</summary>
    public static async Task<Guid> AdvisoryAsync(this AppFixture fixture)
    {
        var user = await fixture.UserIdAsync(Email(Roles.Company));
        return await fixture.RunAsync<AdvisoryService, Guid>(s => s.RequestAsync(user, new AdvisoryRequestInput("일본 소재 시장", "일본 협력 방법", "JP", null)));
    }

    /// <summary>A K-TAG member of the demo directory.</summary>
    public static Task<Guid> KtagMemberAsync(this AppFixture fixture) =>
        fixture.QueryAsync(db => db.TalentProfiles.AsNoTracking().Where(t => t.IsKtagMember).OrderBy(t => t.PersonId).Select(t => t.PersonId).FirstAsync());
}
