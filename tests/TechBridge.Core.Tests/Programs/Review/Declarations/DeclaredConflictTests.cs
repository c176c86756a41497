using TechBridge.Core.Accounts;
using TechBridge.Core.Directory;
using TechBridge.Core.Programs.Proposals;
using TechBridge.Core.Programs.Review.Conflicts;
using TechBridge.Core.Programs.Review.Declarations;
using TechBridge.Core.Programs.Review.Pool;
using TechBridge.Core.Tests.Programs.Proposals;

namespace TechBridge.Core.Tests.Programs.Review.Declarations;

/// <summary>
/// What reviewers declared in advance becomes conflicts of a call's submitted proposal: an organisation among its partners
/// (by directory id, or by a name contained in the partner's name), a person among its researchers in another spelling;
/// a declaration past its last day and one that names nobody in the proposal do not.
/// </summary>
public sealed class DeclaredConflictTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ForCall_DeclarationsInAdvance_AreDeclaredByReviewerConflictsWithTheirReason(string provider)
    {
        await using var world = await ProposalWorld.StartAsync(provider);
        var id = await world.CreateAsync();
        var input = world.CompleteInput(await world.LeadPartnerAsync(id));
        await world.SaveAsync(id, input with { Researchers = [.. input.Researchers!, new ProposalResearcherInput(1, "홍길동", null, ResearcherRole.Researcher, 30)] });
        await world.ConfirmPartnersAndAttachAsync(id);
        await world.SubmitAsync(id);
        var byName = await ReviewerAsync(world, "Byname Reviewer");
        var byPerson = await ReviewerAsync(world, "Byperson Reviewer");
        var byDirectory = await ReviewerAsync(world, "Bydirectory Reviewer");
        var lapsing = await ReviewerAsync(world, "Lapsing Reviewer");
        var unrelated = await ReviewerAsync(world, "Unrelated Reviewer");
        await DeclareAsync(world, byName, new(null, "한빛대학교", null, "한빛대학교 겸임교수입니다.", null));
        await DeclareAsync(world, byPerson, new(null, null, "Hong Gil-dong", "Hong Gil-dong is my former student.", null));
        await DeclareAsync(world, byDirectory, new(world.Company, null, null, "누리배터리 자문위원", null));
        await DeclareAsync(world, lapsing, new(null, "fraunhofer ikts", null, "Visiting scientist until today.", new DateOnly(2026, 3, 2)));
        await DeclareAsync(world, unrelated, new(null, "Max Planck Institute", "Erika Mustermann", "Former group.", null));

        var today = await DeclaredAsync(world);

        Assert.Equal(
            [("Bydirectory Reviewer", "누리배터리 자문위원"), ("Byname Reviewer", "한빛대학교 겸임교수입니다."), ("Byperson Reviewer", "Hong Gil-dong is my former student."),
             ("Lapsing Reviewer", "Visiting scientist until today.")],
            today);

        world.Time.Advance(TimeSpan.FromDays(1));
        var tomorrow = await DeclaredAsync(world);

        Assert.DoesNotContain(tomorrow, c => c.Reviewer == "Lapsing Reviewer");
        Assert.Equal(3, tomorrow.Count);
    }

    private static async Task<List<(string Reviewer, string Evidence)>> DeclaredAsync(ProposalWorld world)
    {
        var report = await world.Host.RunAsync<CallConflictQueries, CallConflictReport>(q => q.ForCallAsync(world.Manager, world.Call));
        Assert.All(report.Conflicts, c => Assert.Equal("2026-0001", c.ReceiptNumber));
        return [.. report.Conflicts.Where(c => c.Source == ConflictSource.DeclaredByReviewer)
            .Select(c => (c.ReviewerNameEn, c.Evidence)).OrderBy(c => c.ReviewerNameEn, StringComparer.Ordinal)];
    }

    /// <summary>A pool reviewer (no affiliation, no publications) with an account of their own.</summary>
    private static async Task<Guid> ReviewerAsync(ProposalWorld world, string name)
    {
        var email = $"{Guid.NewGuid():N}@review.example.org";
        var account = await world.Host.RunAsync<AccountService, UserAccount>(s => s.CreateAsync(new NewAccount(email, name, "Declared-2026!", [Roles.Reviewer])));
        await world.Host.QueryAsync(db =>
        {
            var now = world.Time.GetUtcNow();
            var person = new Person { NameKo = "", NameEn = name, Email = email, CountryCode = "DE", CreatedAt = now, UpdatedAt = now };
            db.People.Add(person);
            db.Reviewers.Add(new PoolReviewer
            {
                PersonId = person.Id, UserId = account.Id, Group = ReviewerGroup.Overseas, Source = ReviewerSource.Directory, AddedAt = now, UpdatedAt = now,
            });
            return db.SaveChangesAsync();
        });
        return account.Id;
    }

    private static Task<ReviewerDeclarationView> DeclareAsync(ProposalWorld world, Guid user, ReviewerDeclarationInput input) =>
        world.Host.RunAsync<ReviewerDeclarationService, ReviewerDeclarationView>(s => s.AddAsync(user, input));
}
