using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Directory;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Proposals;
using TechBridge.Core.Programs.Review.Assignments;
using TechBridge.Core.Programs.Review.Pool;
using TechBridge.Core.Programs.Review.Reviews;
using TechBridge.Core.Programs.Review.Rubrics;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Programs;

/// <summary>
/// Review stages set up in the shared app through its services: a call (from <see cref="PublishedCalls"/>: screening, the
/// overseas peer review at position 1, the domestic panel at 2) with proposals of the demo company user submitted, the call
/// closed and every proposal passed at screening, so its first review stage is being assigned; and overseas reviewers of
/// the pool with accounts of their own and a publication each, who can be locked onto proposals, asked and review.
/// </summary>
public static class ReviewStageWorld
{
    public const int Overseas = 1;

    public sealed record LinkedReviewer(Guid ReviewerId, Guid UserId, string Email);

    /// <summary>A closed call whose <paramref name="proposals"/> submitted proposals all passed screening.</summary>
    public static async Task<(Guid Call, List<Guid> Proposals)> ScreenedCallAsync(this AppFixture fixture, int proposals = 3)
    {
        var call = await fixture.NewCallAsync(title: "평가 단계 확인 공고");
        var ids = new List<Guid>();
        for (var i = 0; i < proposals; i++)
        {
            ids.Add(await fixture.SubmittedAsync(call));
        }

        var manager = await fixture.UserIdAsync(Email(Roles.ProgramManager));
        await fixture.RunAsync<CallService, bool>(async s =>
        {
            await s.CloseAsync(manager, call);
            return true;
        });
        foreach (var id in ids)
        {
            await fixture.RunAsync<ProposalScreening, long>(s => s.DecideAsync(manager, id, ScreeningOutcome.Passed, null));
        }

        return (call, ids);
    }

    /// <summary>New overseas reviewers in the pool, each linked to a reviewer account of the same address and with one publication.</summary>
    public static async Task<List<LinkedReviewer>> LinkedReviewersAsync(this AppFixture fixture, int count)
    {
        var manager = await fixture.UserIdAsync(Email(Roles.ProgramManager));
        var reviewers = new List<LinkedReviewer>();
        for (var i = 0; i < count; i++)
        {
            var email = $"stage-reviewer-{Guid.NewGuid():N}@example.de";
            var account = await fixture.RunAsync<AccountService, UserAccount>(s => s.CreateAsync(new NewAccount(email, "Stage Reviewer", ProposalWorld.Password, [Roles.Reviewer])));
            var person = await fixture.QueryAsync(async db =>
            {
                var now = DateTimeOffset.UtcNow;
                var p = new Person { NameEn = $"Stage Reviewer {i}", Email = email, CountryCode = "DE", CreatedAt = now, UpdatedAt = now };
                db.People.Add(p);
                db.Publications.Add(new Publication
                {
                    Title = "Authorization check task for battery recycling", Abstract = "A task to check access to battery recycling research.", Year = 2024, Language = "en",
                    Authors = [new PublicationAuthor { PersonId = p.Id, AuthorOrder = 1 }],
                });
                await db.SaveChangesAsync();
                return p.Id;
            });
            await fixture.RunAsync<ReviewerPoolService, ReviewerAddResult>(s => s.AddFromDirectoryAsync(manager, [person]));
            var reviewer = await fixture.QueryAsync(db => db.Reviewers.AsNoTracking().Where(r => r.PersonId == person).Select(r => new { r.Id, r.UserId }).SingleAsync());
            Assert.Equal(account.Id, reviewer.UserId);
            reviewers.Add(new LinkedReviewer(reviewer.Id, account.Id, email));
        }

        return reviewers;
    }

    /// <summary>Locks <paramref name="reviewer"/> onto each proposal as the demo program manager.</summary>
    public static async Task LockAsync(this AppFixture fixture, Guid call, IEnumerable<Guid> proposals, Guid reviewer)
    {
        var manager = await fixture.UserIdAsync(Email(Roles.ProgramManager));
        foreach (var proposal in proposals)
        {
            await fixture.RunAsync<StageAssignmentService, bool>(async s =>
            {
                await s.SetPairAsync(manager, call, Overseas, proposal, reviewer, PairAction.Lock);
                return true;
            });
        }
    }

    /// <summary>Asks the proposed reviewers of the overseas stage, due in ten days.</summary>
    public static async Task ReleaseAsync(this AppFixture fixture, Guid call)
    {
        var manager = await fixture.UserIdAsync(Email(Roles.ProgramManager));
        await fixture.RunAsync<StageLifecycle, int>(s => s.ReleaseAsync(manager, call, Overseas, DateTimeOffset.UtcNow.AddDays(10)));
    }

    /// <summary>The reviewer submits every review released to them in the call's overseas stage, every criterion scored <paramref name="score"/>.</summary>
    public static async Task SubmitAllAsync(this AppFixture fixture, Guid call, LinkedReviewer reviewer, int score = 4)
    {
        var assignments = await fixture.QueryAsync(db => db.ReviewAssignments.AsNoTracking()
            .Where(a => a.CallId == call && a.ReviewerId == reviewer.ReviewerId && a.Status == AssignmentStatus.Released).Select(a => a.Id).ToListAsync());
        var rubric = StageRubrics.Default(StageKind.OverseasPeerReview);
        var input = new ReviewInput([.. rubric.Select(c => new CriterionInput(score, "Solid work on this point."))], "A clear plan with a strong partner.", "Worth funding.");
        foreach (var id in assignments)
        {
            await fixture.RunAsync<ReviewService, long>(s => s.SubmitAsync(reviewer.UserId, id, input));
        }
    }

    /// <summary>A call whose overseas stage was asked of one linked reviewer on every proposal, with every review submitted.</summary>
    public static async Task<(Guid Call, List<Guid> Proposals, LinkedReviewer Reviewer)> ReviewedCallAsync(this AppFixture fixture, int proposals = 1)
    {
        var (call, ids) = await fixture.ScreenedCallAsync(proposals);
        var reviewer = (await fixture.LinkedReviewersAsync(1))[0];
        await fixture.LockAsync(call, ids, reviewer.ReviewerId);
        await fixture.ReleaseAsync(call);
        await fixture.SubmitAllAsync(call, reviewer);
        return (call, ids, reviewer);
    }
}
