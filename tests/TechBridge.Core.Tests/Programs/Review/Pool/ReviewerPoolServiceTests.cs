using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Programs.Review.Pool;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Programs.Review.Pool;

/// <summary>
/// Program managers put directory people in the pool (the group from the country, each person once, linked to the
/// account of their e-mail address), change a reviewer's terms under optimistic concurrency, and alone may do either.
/// </summary>
public sealed class ReviewerPoolServiceTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task AddFromDirectory_Manager_AddsEachPersonInTheGroupOfTheirCountryAndAuditsIt(string provider)
    {
        await using var world = await PoolWorld.StartAsync(provider);
        var korean = await world.PersonAsync("박서연", "Park Seo-yeon", "KR");
        var german = await world.PersonAsync("", "Anna Schmidt", "DE");

        var result = await world.AddAsync(null, korean, german);

        Assert.Equal(new ReviewerAddResult(2, 0), result);
        var domestic = await world.ReviewerOfAsync(korean);
        var overseas = await world.ReviewerOfAsync(german);
        Assert.Equal((ReviewerGroup.Domestic, 6, true, ReviewerSource.Directory, 1L), (domestic.Group, domestic.MaxLoad, domestic.IsActive, domestic.Source, domestic.Version));
        Assert.Equal((ReviewerGroup.Overseas, world.Manager), (overseas.Group, overseas.AddedById));
        var audit = await world.Host.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.EntityType == nameof(PoolReviewer)).ToListAsync());
        Assert.Equal(2, audit.Count);
        Assert.All(audit, e => Assert.Equal((AuditAction.Added, "pm-1"), (e.Action, e.ActorId)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task AddFromDirectory_PersonAlreadyInThePool_IsSkippedAndReported(string provider)
    {
        await using var world = await PoolWorld.StartAsync(provider);
        var first = await world.PersonAsync("박서연", "Park Seo-yeon", "KR");
        var second = await world.PersonAsync("최지훈", "Choi Ji-hoon", "KR");
        await world.AddAsync(null, first);

        var result = await world.AddAsync(null, first, second, second);

        Assert.Equal(new ReviewerAddResult(1, 1), result);
        Assert.Equal(2, (await world.CountsAsync()).Reviewers);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task AddFromDirectory_PersonWithAnAccountsEmail_LinksTheAccount(string provider)
    {
        await using var world = await PoolWorld.StartAsync(provider);
        var person = await world.PersonAsync("", "Jane Reviewer", "US", world.ReviewerEmail.ToUpperInvariant());
        var other = await world.PersonAsync("", "John Other", "US", "nobody@example.org");

        await world.AddAsync(null, person, other);

        Assert.Equal(world.Reviewer, (await world.ReviewerOfAsync(person)).UserId);
        Assert.Null((await world.ReviewerOfAsync(other)).UserId);
        Assert.Contains((await world.ListAsync()).Items, r => r.PersonId == person && r.HasAccount);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task AddFromDirectory_UnknownOrNoPeople_IsRefusedWithAFieldMessage(string provider)
    {
        await using var world = await PoolWorld.StartAsync(provider);
        using var culture = UiCulture.Use("ko-KR");

        var unknown = await Assert.ThrowsAsync<ValidationFailedException>(() => world.AddAsync(null, Guid.NewGuid()));
        var none = await Assert.ThrowsAsync<ValidationFailedException>(() => world.AddAsync(null));

        Assert.StartsWith("인물 목록에 없는 사람입니다: ", unknown.Errors["personIds"].Single(), StringComparison.Ordinal);
        Assert.Equal("평가위원으로 추가할 사람을 한 명 이상 고르세요.", none.Errors["personIds"].Single());
        Assert.Equal(0, (await world.CountsAsync()).Reviewers);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task PoolChanges_NotAManager_AreForbidden(string provider)
    {
        await using var world = await PoolWorld.StartAsync(provider);
        var person = await world.PersonAsync("박서연", "Park Seo-yeon", "KR");
        await world.AddAsync(null, person);
        var id = (await world.ReviewerOfAsync(person)).Id;

        foreach (var user in new[] { world.CompanyUser, world.Reviewer })
        {
            await Assert.ThrowsAsync<ForbiddenException>(() => world.AddAsync(user, person));
            await Assert.ThrowsAsync<ForbiddenException>(() => world.ImportCsvAsync(ReviewerImportTests.Header + "\n,Jane Doe,,,US,,,,\n", user));
            await Assert.ThrowsAsync<ForbiddenException>(() => world.UpdateAsync(id, ReviewerGroup.Overseas, 3, true, user: user));
            await Assert.ThrowsAsync<ForbiddenException>(() => world.ListAsync(user: user));
            await Assert.ThrowsAsync<ForbiddenException>(() => world.ProfileAsync(id, user));
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Update_CurrentVersion_ChangesTheTermsAndRaisesTheVersion(string provider)
    {
        await using var world = await PoolWorld.StartAsync(provider);
        var person = await world.PersonAsync("박서연", "Park Seo-yeon", "KR");
        await world.AddAsync(null, person);
        var id = (await world.ReviewerOfAsync(person)).Id;

        await world.UpdateAsync(id, ReviewerGroup.Overseas, 12, false, version: 1);

        var reviewer = await world.ReviewerOfAsync(person);
        Assert.Equal((ReviewerGroup.Overseas, 12, false, 2L), (reviewer.Group, reviewer.MaxLoad, reviewer.IsActive, reviewer.Version));
        var audit = await world.Host.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.EntityType == nameof(PoolReviewer) && e.Action == AuditAction.Modified).ToListAsync());
        Assert.Contains("\"MaxLoad\":12", Assert.Single(audit).After, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Update_StaleVersion_IsRefusedAndChangesNothing(string provider)
    {
        await using var world = await PoolWorld.StartAsync(provider);
        var person = await world.PersonAsync("박서연", "Park Seo-yeon", "KR");
        await world.AddAsync(null, person);
        var id = (await world.ReviewerOfAsync(person)).Id;
        await world.UpdateAsync(id, ReviewerGroup.Domestic, 8, true, version: 1);

        var stale = await Assert.ThrowsAsync<PreconditionFailedException>(() => world.UpdateAsync(id, ReviewerGroup.Overseas, 3, false, version: 1));

        Assert.Equal(2, stale.CurrentVersion);
        Assert.Equal((ReviewerGroup.Domestic, 8), ((await world.ReviewerOfAsync(person)).Group, (await world.ReviewerOfAsync(person)).MaxLoad));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Update_InvalidOrUnknown_IsRefused(string provider)
    {
        await using var world = await PoolWorld.StartAsync(provider);
        using var culture = UiCulture.Use("en-US");
        var person = await world.PersonAsync("박서연", "Park Seo-yeon", "KR");
        await world.AddAsync(null, person);
        var id = (await world.ReviewerOfAsync(person)).Id;

        var invalid = await Assert.ThrowsAsync<ValidationFailedException>(() => world.UpdateAsync(id, null, 51, null));
        await Assert.ThrowsAsync<NotFoundException>(() => world.UpdateAsync(Guid.NewGuid(), ReviewerGroup.Domestic, 6, true));

        Assert.Equal(["group", "isActive", "maxLoad"], invalid.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Maximum load must be between 1 and 50.", invalid.Errors["maxLoad"].Single());
        Assert.Equal(1, (await world.ReviewerOfAsync(person)).Version);
    }
}
