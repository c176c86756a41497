using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Programs.Review.Declarations;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Tests.Programs.Review.Pool;

namespace TechBridge.Core.Tests.Programs.Review.Declarations;

/// <summary>
/// A pool reviewer declares conflicts of interest in advance (an organisation and/or a person, with a reason), lists and
/// removes their own, each change audited; program managers read any reviewer's; nobody else may do any of it.
/// </summary>
public sealed class ReviewerDeclarationServiceTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task AddListRemove_TheReviewer_KeepsTheirOwnDeclarationsAndAuditsEachChange(string provider)
    {
        await using var world = await PoolWorld.StartAsync(provider);
        var reviewerId = await LinkedReviewerAsync(world);
        var organization = await world.OrganizationAsync("한국소재연구원", "Korea Materials Institute");

        var byName = await AddAsync(world, world.Reviewer, new(null, "  경쟁 주식회사 ", null, " 전 직장입니다. ", null));
        world.Time.Advance(TimeSpan.FromMinutes(1));
        var byPerson = await AddAsync(world, world.Reviewer, new(null, null, "홍길동", "박사과정 지도교수", new DateOnly(2027, 2, 28)));
        world.Time.Advance(TimeSpan.FromMinutes(1));
        var byDirectory = await AddAsync(world, world.Reviewer, new(organization, null, null, "겸직 중인 기관", null));

        Assert.Equal(("경쟁 주식회사", null, "전 직장입니다.", (DateOnly?)null, false), (byName.OrganizationName, byName.PersonName, byName.Reason, byName.Until, byName.IsExpired));
        Assert.Equal(("홍길동", (string?)null, new DateOnly(2027, 2, 28)), (byPerson.PersonName, byPerson.OrganizationName, byPerson.Until));
        Assert.Equal((organization, "한국소재연구원", "Korea Materials Institute"), (byDirectory.OrganizationId, byDirectory.OrganizationName, byDirectory.OrganizationNameEn));
        var mine = await world.Host.RunAsync<ReviewerDeclarationService, IReadOnlyList<ReviewerDeclarationView>>(s => s.ListMineAsync(world.Reviewer));
        Assert.Equal([byName.Id, byPerson.Id, byDirectory.Id], mine.Select(d => d.Id));
        var seenByManager = await world.Host.RunAsync<ReviewerDeclarationService, IReadOnlyList<ReviewerDeclarationView>>(s => s.ForReviewerAsync(world.Manager, reviewerId));
        Assert.Equal(mine, seenByManager);

        await world.Host.RunAsync<ReviewerDeclarationService>(s => s.RemoveAsync(world.Reviewer, byPerson.Id));

        var left = await world.Host.RunAsync<ReviewerDeclarationService, IReadOnlyList<ReviewerDeclarationView>>(s => s.ListMineAsync(world.Reviewer));
        Assert.Equal([byName.Id, byDirectory.Id], left.Select(d => d.Id));
        var audit = await world.Host.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.EntityType == nameof(ReviewerDeclaration)).ToListAsync());
        Assert.Equal(3, audit.Count(e => e.Action == AuditAction.Added));
        var removed = Assert.Single(audit, e => e.Action == AuditAction.Deleted);
        Assert.Equal(byPerson.Id.ToString(), removed.EntityId);
        Assert.Contains("박사과정 지도교수", removed.Before, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Add_BadInput_ReportsEachFieldAndStoresNothing(string provider)
    {
        await using var world = await PoolWorld.StartAsync(provider);
        await LinkedReviewerAsync(world);
        var organization = await world.OrganizationAsync("한국소재연구원", "Korea Materials Institute");

        var nothing = await RefusedAsync(world, new(null, " ", "", " ", null));
        var tooLong = await RefusedAsync(world, new(null, new string('기', DeclarationLimits.OrganizationNameLength + 1), "홍길동", new string('가', DeclarationLimits.ReasonLength + 1), null));
        var past = await RefusedAsync(world, new(null, "경쟁사", null, "이유", new DateOnly(2026, 3, 1)));
        var unknown = await RefusedAsync(world, new(Guid.NewGuid(), null, null, "이유", null));
        var twice = await RefusedAsync(world, new(organization, "한국소재연구원", null, "이유", null));
        var control = await RefusedAsync(world, new(null, null, "홍\u0007길동", "이유", null));

        Assert.Equal(["organizationName", "personName", "reason"], nothing.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["organizationName", "reason"], tooLong.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["until"], past.Keys);
        Assert.Equal(["organizationId"], unknown.Keys);
        Assert.Equal(["organizationName"], twice.Keys);
        Assert.Equal(["personName"], control.Keys);
        Assert.Equal(0, await world.Host.QueryAsync(db => db.ReviewerDeclarations.CountAsync()));

        var today = await AddAsync(world, world.Reviewer, new(null, "경쟁사", null, "오늘까지", new DateOnly(2026, 3, 2)));
        Assert.False(today.IsExpired);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Commands_SomeoneElse_AreForbiddenAndUnknownIdIsNotFound(string provider)
    {
        await using var world = await PoolWorld.StartAsync(provider);
        var reviewerId = await LinkedReviewerAsync(world);
        var mine = await AddAsync(world, world.Reviewer, new(null, "경쟁사", null, "전 직장", null));
        var otherEmail = $"{Guid.NewGuid():N}@review.example.org";
        var other = (await world.Host.RunAsync<Core.Accounts.AccountService, Core.Accounts.UserAccount>(s =>
            s.CreateAsync(new Core.Accounts.NewAccount(otherEmail, "Other Reviewer", "Pool-World-2026!", [Core.Accounts.Roles.Reviewer])))).Id;
        await world.AddAsync(null, await world.PersonAsync("", "Other Reviewer", "DE", otherEmail));

        foreach (var outsider in new[] { world.CompanyUser, world.Manager })
        {
            await Assert.ThrowsAsync<ForbiddenException>(() => world.Host.RunAsync<ReviewerDeclarationService, IReadOnlyList<ReviewerDeclarationView>>(s => s.ListMineAsync(outsider)));
            await Assert.ThrowsAsync<ForbiddenException>(() => AddAsync(world, outsider, new(null, "경쟁사", null, "이유", null)));
            await Assert.ThrowsAsync<ForbiddenException>(() => world.Host.RunAsync<ReviewerDeclarationService>(s => s.RemoveAsync(outsider, mine.Id)));
        }

        await Assert.ThrowsAsync<ForbiddenException>(() => world.Host.RunAsync<ReviewerDeclarationService>(s => s.RemoveAsync(other, mine.Id)));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Host.RunAsync<ReviewerDeclarationService>(s => s.RemoveAsync(world.Reviewer, Guid.NewGuid())));
        Assert.Empty(await world.Host.RunAsync<ReviewerDeclarationService, IReadOnlyList<ReviewerDeclarationView>>(s => s.ListMineAsync(other)));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Host.RunAsync<ReviewerDeclarationService, IReadOnlyList<ReviewerDeclarationView>>(s => s.ForReviewerAsync(world.CompanyUser, reviewerId)));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Host.RunAsync<ReviewerDeclarationService, IReadOnlyList<ReviewerDeclarationView>>(s => s.ForReviewerAsync(other, reviewerId)));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Host.RunAsync<ReviewerDeclarationService, IReadOnlyList<ReviewerDeclarationView>>(s => s.ForReviewerAsync(world.Manager, Guid.NewGuid())));
        Assert.Single(await world.Host.RunAsync<ReviewerDeclarationService, IReadOnlyList<ReviewerDeclarationView>>(s => s.ListMineAsync(world.Reviewer)));
    }

    /// <summary>Puts the world's reviewer account in the pool (a directory person of its e-mail address, which links the account).</summary>
    private static async Task<Guid> LinkedReviewerAsync(PoolWorld world)
    {
        var person = await world.PersonAsync("", "Jane Reviewer", "DE", world.ReviewerEmail);
        await world.AddAsync(null, person);
        var reviewer = await world.ReviewerOfAsync(person);
        Assert.Equal(world.Reviewer, reviewer.UserId);
        return reviewer.Id;
    }

    private static Task<ReviewerDeclarationView> AddAsync(PoolWorld world, Guid user, ReviewerDeclarationInput input) =>
        world.Host.RunAsync<ReviewerDeclarationService, ReviewerDeclarationView>(s => s.AddAsync(user, input));

    private static async Task<IReadOnlyDictionary<string, string[]>> RefusedAsync(PoolWorld world, ReviewerDeclarationInput input) =>
        (await Assert.ThrowsAsync<ValidationFailedException>(() => AddAsync(world, world.Reviewer, input))).Errors;
}
