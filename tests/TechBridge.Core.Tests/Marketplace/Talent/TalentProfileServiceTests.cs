using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Directory;
using TechBridge.Core.Marketplace.Talent;
using TechBridge.Core.Shared.Errors;

namespace TechBridge.Core.Tests.Marketplace.Talent;

/// <summary>
/// A researcher's talent side: saved on the directory entry carrying the account's e-mail (created from the account when
/// there is none), with the young-researcher rule, the overseas rules and field errors for every bad value; only researchers
/// have one; a stale version is refused.
/// </summary>
public sealed class TalentProfileServiceTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task SaveMine_ResearcherWithoutDirectoryEntry_CreatesTheEntryAndTheProfile(string provider)
    {
        await using var world = await TalentWorld.StartAsync(provider, withIndex: false);
        var account = await world.Host.RunAsync<Core.Accounts.AccountService, Core.Accounts.UserAccount>(s => s.CreateAsync(
            new Core.Accounts.NewAccount($"{Guid.NewGuid():N}@example.kr", "신규연구", "Talent-World-2026!", [Core.Accounts.Roles.Researcher], "ko", world.University)));
        Assert.Null(await world.Host.RunAsync<TalentProfileService, TalentProfileView?>(s => s.MineAsync(account.Id)));

        var input = new TalentProfileInput(CareerStage.YoungResearcher, 2024, null, null, false, TalentAvailability.PartTime, new DateOnly(2026, 4, 1), true,
            "표면 처리, 코팅 내구성", ["CORE_MATERIALS"]);
        var version = await world.Host.RunAsync<TalentProfileService, long>(s => s.SaveMineAsync(account.Id, input));

        var mine = await world.Host.RunAsync<TalentProfileService, TalentProfileView?>(s => s.MineAsync(account.Id));
        Assert.NotNull(mine);
        Assert.Equal((CareerStage.YoungResearcher, 2024, true, "표면 처리, 코팅 내구성", "KR", "한빛대학교", version),
            (mine.Stage, mine.PhdYear, mine.IsYoung, mine.Skills, mine.CountryCode, mine.Organization, mine.Version));
        Assert.Equal(["CORE_MATERIALS"], mine.Fields);

        var abroad = input with { Stage = CareerStage.OverseasKoreanEngineer, CountryCode = "de", Employer = "Fraunhofer IWS", IsKtagMember = true };
        await world.Host.RunAsync<TalentProfileService, long>(s => s.SaveMineAsync(account.Id, abroad, version));
        var person = await world.Host.QueryAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == mine.PersonId));
        Assert.Equal((PersonKind.OverseasKoreanEngineer, "DE"), (person.Kind, person.CountryCode));
        await Assert.ThrowsAsync<PreconditionFailedException>(() => world.Host.RunAsync<TalentProfileService, long>(s => s.SaveMineAsync(account.Id, abroad, version)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task SaveMine_BadValuesOrNotAResearcher_FieldErrorsOrForbidden(string provider)
    {
        await using var world = await TalentWorld.StartAsync(provider, withIndex: false);
        var notYoung = await Assert.ThrowsAsync<ValidationFailedException>(() => Save(world, new TalentProfileInput(
            CareerStage.YoungResearcher, 2015, "ZZ", null, true, null, null, false, null, ["NOPE"])));
        Assert.Equal(["availability", "countryCode", "fields", "isKtagMember", "phdYear"], notYoung.Errors.Keys.Order());
        Assert.Contains("7년", notYoung.Errors["phdYear"][0], StringComparison.Ordinal);

        var abroad = await Assert.ThrowsAsync<ValidationFailedException>(() => Save(world, new TalentProfileInput(
            CareerStage.OverseasKoreanEngineer, 2030, "KR", " ", true, TalentAvailability.FullTime, null, true, null, null)));
        Assert.Equal(["countryCode", "employer", "phdYear"], abroad.Errors.Keys.Order());

        var noStage = await Assert.ThrowsAsync<ValidationFailedException>(() => Save(world, new TalentProfileInput(
            null, null, null, null, false, TalentAvailability.FullTime, null, false, null, null)));
        Assert.Equal(["stage"], noStage.Errors.Keys);
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Host.RunAsync<TalentProfileService, long>(s => s.SaveMineAsync(world.CompanyKo,
            new TalentProfileInput(CareerStage.SeniorResearcher, null, null, null, false, TalentAvailability.FullTime, null, false, null, null))));
        Assert.Equal(CareerStage.YoungResearcher, (await world.Host.RunAsync<TalentProfileService, TalentProfileView?>(s => s.MineAsync(world.YoungAAccount)))!.Stage);
    }

    private static Task<long> Save(TalentWorld world, TalentProfileInput input) =>
        world.Host.RunAsync<TalentProfileService, long>(s => s.SaveMineAsync(world.YoungAAccount, input));
}
