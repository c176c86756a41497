using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Directory;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Eligibility;
using TechBridge.Core.Programs.Proposals;
using TechBridge.Core.Programs.Review.Assignments;
using TechBridge.Core.Programs.Review.Pool;
using TechBridge.Core.Programs.Review.Reviews;
using TechBridge.Core.Programs.Selection;
using TechBridge.Web.Tests.Infrastructure;
using static TechBridge.Web.Tests.Facilities.ReservationWorld;

namespace TechBridge.Web.Tests.Programs;

/// <summary>
/// A call ready for selection, set up through the services as a program manager would: a budget of 1 billion won, three
/// proposals submitted by a new applicant (600, 500 and 300 million won of government funding), the third rejected at
/// screening with a note; two pool reviewers with accounts review the other two in the overseas peer review (5/5 and 4/5 on
/// every criterion) and the domestic panel (3/5 and 5/5), both stages closed. So the second proposal ranks first (92) and
/// is selected, the first ranks second (76) and does not fit the budget beside it.
/// </summary>
public static class SelectionWorld
{
    public const string ScreeningNote = "정부출연금 비율이 공고 조건을 벗어납니다.";
    public const string CommentToApplicant = "Clear objectives; strengthen the dispatch plan.";

    private static readonly long[] Costs = [600_000_000, 500_000_000, 300_000_000];

    public static async Task<ReviewedCall> ReviewedAsync(this AppFixture fixture)
    {
        var manager = await fixture.UserIdAsync(Email(Roles.ProgramManager));
        var (email, applicant, organization) = await fixture.NewApplicantAsync("선정 시험 기업");
        var input = PublishedCalls.Input("선정 확인 공고") with
        {
            TotalBudgetKrw = 1_000_000_000,
            Stages =
            [
                new CallStageInput(StageKind.Screening, 0, null, 0, null),
                new CallStageInput(StageKind.OverseasPeerReview, 40, null, 2, null),
                new CallStageInput(StageKind.DomesticPanel, 60, null, 2, null),
            ],
        };
        var call = await fixture.RunAsync<CallService, Guid>(s => s.CreateAsync(manager, input));
        await fixture.RunAsync<CallService, bool>(async s =>
        {
            await s.PublishAsync(manager, call);
            return true;
        });
        var proposals = new List<Guid>();
        for (var i = 0; i < Costs.Length; i++)
        {
            proposals.Add(await SubmitAsync(fixture, call, applicant, organization, i));
        }

        await fixture.RunAsync<CallService, bool>(async s =>
        {
            await s.CloseAsync(manager, call);
            return true;
        });
        await fixture.RunAsync<ProposalScreening, long>(s => s.DecideAsync(manager, proposals[0], ScreeningOutcome.Passed, null));
        await fixture.RunAsync<ProposalScreening, long>(s => s.DecideAsync(manager, proposals[1], ScreeningOutcome.Passed, null));
        await fixture.RunAsync<ProposalScreening, long>(s => s.DecideAsync(manager, proposals[2], ScreeningOutcome.Rejected, ScreeningNote));

        List<SelectionReviewer> reviewers = [await NewReviewerAsync(fixture, manager), await NewReviewerAsync(fixture, manager)];
        await ReviewStageAsync(fixture, manager, call, 1, reviewers, new() { [proposals[0]] = 5, [proposals[1]] = 4 });
        await ReviewStageAsync(fixture, manager, call, 2, reviewers, new() { [proposals[0]] = 3, [proposals[1]] = 5 });
        var receipts = await fixture.QueryAsync(db => db.Proposals.AsNoTracking().Where(p => p.CallId == call).ToDictionaryAsync(p => p.Id, p => p.ReceiptNumber!));
        return new ReviewedCall(call, manager, email, applicant, proposals, [.. proposals.Select(p => receipts[p])], reviewers);
    }

    /// <summary>The selection run by the demo program manager, without quotas.</summary>
    public static async Task<ReviewedCall> RanAsync(this AppFixture fixture)
    {
        var world = await fixture.ReviewedAsync();
        await fixture.RunAsync<SelectionService, CallSelection>(s => s.RunAsync(world.Manager, world.CallId, []));
        return world;
    }

    public static async Task<ReviewedCall> PublishedAsync(this AppFixture fixture)
    {
        var world = await fixture.RanAsync();
        await fixture.RunAsync<SelectionDecisions, int>(s => s.PublishAsync(world.Manager, world.CallId));
        return world;
    }

    private static async Task<Guid> SubmitAsync(AppFixture fixture, Guid call, Guid applicant, Guid organization, int index)
    {
        var id = await fixture.RunAsync<ProposalService, Guid>(s => s.CreateAsync(applicant, call));
        var lead = await fixture.QueryAsync(db => db.Set<ProposalPartner>().AsNoTracking()
            .Where(p => p.ProposalId == id && p.Role == PartnerRole.Lead).Select(p => p.Id).SingleAsync());
        var proposal = new ProposalInput
        {
            TitleKo = $"선정 시험 과제 {index + 1}", TitleEn = $"Selection test task {index + 1}", SummaryKo = "선정을 확인하는 과제입니다.", SummaryEn = "A task to check the selection.",
            FieldCode = "SECONDARY_BATTERY", Months = 24,
            Partners = [new ProposalPartnerInput(lead, PartnerRole.Lead, organization, null, null, null, null)],
            Researchers = [new ProposalResearcherInput(0, "김연구", "pi@example.com", ResearcherRole.PrincipalInvestigator, 50)],
            Budget = [new ProposalBudgetInput(0, 1, Costs[index], Costs[index] / 2)],
        };
        await fixture.RunAsync<ProposalService, long>(s => s.SaveAsync(applicant, id, proposal));
        await fixture.RunAsync<ProposalService, string>(s => s.SubmitAsync(applicant, id));
        return id;
    }

    /// <summary>Both reviewers on every scored proposal of the stage, released, submitted with the given score on every criterion, closed.</summary>
    private static async Task ReviewStageAsync(AppFixture fixture, Guid manager, Guid call, int stage, List<SelectionReviewer> reviewers, Dictionary<Guid, int> scores)
    {
        foreach (var proposal in scores.Keys)
        {
            foreach (var reviewer in reviewers)
            {
                await fixture.RunAsync<StageAssignmentService, bool>(async s =>
                {
                    await s.SetPairAsync(manager, call, stage, proposal, reviewer.ReviewerId, PairAction.Lock);
                    return true;
                });
            }
        }

        await fixture.RunAsync<StageLifecycle, int>(s => s.ReleaseAsync(manager, call, stage, DateTimeOffset.UtcNow.AddDays(14)));
        var assignments = await fixture.QueryAsync(db => db.ReviewAssignments.AsNoTracking()
            .Where(a => a.CallId == call && a.StagePosition == stage).Select(a => new { a.Id, a.ProposalId, a.ReviewerId }).ToListAsync());
        foreach (var a in assignments)
        {
            var user = reviewers.Single(r => r.ReviewerId == a.ReviewerId).UserId;
            var input = new ReviewInput([.. Enumerable.Range(1, 4).Select(i => new CriterionInput(scores[a.ProposalId], $"Criterion {i}: reasoned comment."))], CommentToApplicant, "For the managers only.");
            await fixture.RunAsync<ReviewService, long>(s => s.SubmitAsync(user, a.Id, input));
        }

        await fixture.RunAsync<StageLifecycle, IReadOnlyList<StageResult>>(s => s.CloseAsync(manager, call, stage));
    }

    private static async Task<SelectionReviewer> NewReviewerAsync(AppFixture fixture, Guid manager)
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var email = $"selection-reviewer-{tag}@example.org";
        var name = $"Selection Reviewer {tag}";
        var account = await fixture.RunAsync<AccountService, UserAccount>(s => s.CreateAsync(new NewAccount(email, name, ProposalWorld.Password, [Roles.Researcher], "en")));
        var person = await fixture.QueryAsync(async db =>
        {
            var p = new Person { NameKo = $"평가자{tag}", NameEn = name, Email = email, CountryCode = "DE", CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow };
            db.People.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });
        await fixture.RunAsync<ReviewerPoolService, ReviewerAddResult>(s => s.AddFromDirectoryAsync(manager, [person]));
        var reviewer = await fixture.QueryAsync(db => db.Reviewers.AsNoTracking().Where(r => r.PersonId == person).Select(r => r.Id).SingleAsync());
        return new SelectionReviewer(email, name, $"평가자{tag}", account.Id, reviewer);
    }
}

/// <summary>A call whose review stages are closed; the proposals and their receipt numbers in submission order.</summary>
public sealed record ReviewedCall(
    Guid CallId, Guid Manager, string ApplicantEmail, Guid Applicant, IReadOnlyList<Guid> Proposals, IReadOnlyList<string> Receipts, IReadOnlyList<SelectionReviewer> Reviewers);

/// <summary>A pool reviewer with an account; nothing of it may reach an applicant.</summary>
public sealed record SelectionReviewer(string Email, string NameEn, string NameKo, Guid UserId, Guid ReviewerId);
