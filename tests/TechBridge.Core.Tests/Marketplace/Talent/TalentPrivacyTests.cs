using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts.Privacy;
using TechBridge.Core.Marketplace.Talent;

namespace TechBridge.Core.Tests.Marketplace.Talent;

/// <summary>
/// The talent side is personal data: a researcher's export holds it with the Hi-TECH matches they are party to (and a
/// company member's, the matches they proposed and their advisory requests); deleting the account removes the talent side
/// while the matches stay as records of the programme.
/// </summary>
public sealed class TalentPrivacyTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ExportAndDelete_Researcher_TalentSideExportedThenRemoved(string provider)
    {
        await using var world = await TalentWorld.StartAsync(provider);
        var match = await world.ProposeAsync(world.YoungA);
        await world.Host.RunAsync<AdvisoryService, Guid>(s => s.RequestAsync(world.CompanyKo, new AdvisoryRequestInput("미국 진출", "인증 절차", "US", null)));

        var researcher = await world.Host.RunAsync<PersonalDataQueries, PersonalDataExport>(q => q.ExportAsync(world.YoungAAccount));
        var talent = Assert.Single(researcher.TalentProfiles);
        Assert.Equal((world.YoungA, "YoungResearcher", 2022), (talent.PersonId, talent.Stage, talent.PhdYear));
        Assert.Equal(match, Assert.Single(researcher.HiTechMatches).Id);
        var company = await world.Host.RunAsync<PersonalDataQueries, PersonalDataExport>(q => q.ExportAsync(world.CompanyKo));
        Assert.Equal((match, "미국 진출"), (Assert.Single(company.HiTechMatches).Id, Assert.Single(company.AdvisoryRequests).Title));
        Assert.Empty(company.TalentProfiles);

        await world.Host.RunAsync<AccountDeletionService>(s => s.DeleteAsync(world.YoungAAccount));

        Assert.False(await world.Host.QueryAsync(db => db.TalentProfiles.AnyAsync(t => t.PersonId == world.YoungA)));
        Assert.True(await world.Host.QueryAsync(db => db.HiTechMatches.AnyAsync(m => m.Id == match)));
        Assert.DoesNotContain(world.YoungA, (await world.CandidatesAsync(world.CompanyKo)).Candidates.Select(c => c.PersonId));
    }
}
