using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Directory;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Proposals;
using TechBridge.Core.Programs.Review.Assignments;
using TechBridge.Core.Programs.Review.Pool;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Programs;

/// <summary>
/// Reviews released to reviewers, set up through the services as a program manager would: a call closed after one proposal
/// of the demo company was submitted and passed at screening, two new pool reviewers with accounts of their own (linked by
/// their e-mail addresses), both locked onto the proposal in the overseas peer review and asked (released) with a due date.
/// </summary>
public static class ReviewFormWorld
{
    /// <summary>The overseas peer review of <see cref="PublishedCalls"/>' calls (screening is stage 0).</summary>
    public const int OverseasStage = 1;

    public static async Task<ReleasedReviews> ReleasedAsync(this AppFixture fixture)
    {
        var manager = await fixture.UserIdAsync(Email(Roles.ProgramManager));
        var call = await fixture.NewCallAsync(title: "평가 양식 확인 공고");
        var proposal = await fixture.SubmittedAsync(call);
        await fixture.RunAsync<CallService, bool>(async s =>
        {
            await s.CloseAsync(manager, call);
            return true;
        });
        await fixture.RunAsync<ProposalScreening, long>(s => s.DecideAsync(manager, proposal, ScreeningOutcome.Passed, null));
        var first = await NewReviewerAsync(fixture, manager);
        var second = await NewReviewerAsync(fixture, manager);
        foreach (var reviewer in new[] { first, second })
        {
            await fixture.RunAsync<StageAssignmentService, bool>(async s =>
            {
                await s.SetPairAsync(manager, call, OverseasStage, proposal, reviewer.ReviewerId, PairAction.Lock);
                return true;
            });
        }

        await fixture.RunAsync<StageLifecycle, int>(s => s.ReleaseAsync(manager, call, OverseasStage, DateTimeOffset.UtcNow.AddDays(14)));
        var assignments = await fixture.QueryAsync(db => db.ReviewAssignments.AsNoTracking()
            .Where(a => a.CallId == call && a.Status == AssignmentStatus.Released).ToDictionaryAsync(a => a.ReviewerId, a => a.Id));
        return new ReleasedReviews(call, proposal, first with { AssignmentId = assignments[first.ReviewerId] }, second with { AssignmentId = assignments[second.ReviewerId] });
    }

    /// <summary>A directory person with an account of the same e-mail address, put in the pool (which links the account).</summary>
    private static async Task<ReleasedReviewer> NewReviewerAsync(AppFixture fixture, Guid manager)
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var email = $"reviewer-{tag}@example.org";
        var name = $"Reviewer {tag}";
        var account = await fixture.RunAsync<AccountService, UserAccount>(s => s.CreateAsync(new NewAccount(email, name, ProposalWorld.Password, [Roles.Researcher], "en")));
        var person = await fixture.QueryAsync(async db =>
        {
            var p = new Person { NameKo = "", NameEn = name, Email = email, CountryCode = "DE", CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow };
            db.People.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });
        await fixture.RunAsync<ReviewerPoolService, ReviewerAddResult>(s => s.AddFromDirectoryAsync(manager, [person]));
        var reviewer = await fixture.QueryAsync(db => db.Reviewers.AsNoTracking().Where(r => r.PersonId == person).Select(r => new { r.Id, r.UserId }).SingleAsync());
        Assert.Equal(account.Id, reviewer.UserId);
        return new ReleasedReviewer(email, account.Id, reviewer.Id, name, Guid.Empty);
    }
}

/// <summary>A call's overseas peer review released to two reviewers of one proposal.</summary>
public sealed record ReleasedReviews(Guid CallId, Guid ProposalId, ReleasedReviewer First, ReleasedReviewer Second);

/// <summary>A pool reviewer with an account (signs in with <see cref="ProposalWorld.Password"/>) and the review released to them.</summary>
public sealed record ReleasedReviewer(string Email, Guid UserId, Guid ReviewerId, string Name, Guid AssignmentId);
