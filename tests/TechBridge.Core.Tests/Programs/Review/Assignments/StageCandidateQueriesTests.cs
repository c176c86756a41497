using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Directory;
using TechBridge.Core.Programs.Review.Assignments;
using TechBridge.Core.Programs.Review.Conflicts;
using TechBridge.Core.Programs.Review.Pool;
using TechBridge.Core.Shared.Errors;

namespace TechBridge.Core.Tests.Programs.Review.Assignments;

/// <summary>The pool reviewers offered for one proposal of a stage, and locking one of them by hand within their load.</summary>
public sealed class StageCandidateQueriesTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ForProposal_StageGroup_BestFitFirstWithLoadAndConflicts(string provider)
    {
        await using var world = await ReviewWorld.StartAsync(provider);
        var batteryExperts = world.Reviewers.Where(r => r.Value.Topic == 0 && r.Value.Group == ReviewerGroup.Overseas).Select(r => r.Key).ToList();
        await world.Host.QueryAsync(async db =>
        {
            var person = await db.Reviewers.Where(r => r.Id == batteryExperts[0]).Select(r => r.PersonId).SingleAsync();
            db.Affiliations.Add(new Affiliation { PersonId = person, OrganizationId = world.PartnerOrganization, StartDate = new DateOnly(2020, 1, 1) });
            return await db.SaveChangesAsync();
        });
        await world.RunAsync();

        var view = await CandidatesAsync(world, world.Proposals[0], new StageCandidateFilter());

        Assert.Equal(StageState.Assigning, view.State);
        Assert.Equal(world.Reviewers.Count(r => r.Value.Group == ReviewerGroup.Overseas), view.Matching);
        Assert.All(view.Candidates, c => Assert.Equal(ReviewerGroup.Overseas, c.Group));
        Assert.Equal(batteryExperts.Order(), view.Candidates.Take(2).Select(c => c.ReviewerId).Order());
        Assert.True(view.Candidates[1].Affinity > view.Candidates[2].Affinity);
        var employee = view.Candidates.Single(c => c.ReviewerId == batteryExperts[0]);
        var conflict = Assert.Single(employee.Conflicts);
        Assert.Equal((ConflictSource.SameOrganization, "프라운호퍼 연구소"), (conflict.Source, conflict.Evidence));
        Assert.Null(employee.Status);
        var assigned = view.Candidates.Where(c => c.Status == AssignmentStatus.Proposed).ToList();
        Assert.Equal(2, assigned.Count);
        Assert.All(assigned, c => Assert.InRange(c.Load, 1, c.MaxLoad));

        var all = await CandidatesAsync(world, world.Proposals[0], new StageCandidateFilter(AllGroups: true));
        Assert.Equal(world.Reviewers.Count, all.Matching);
        var someone = world.Reviewers.First(r => r.Value.Group == ReviewerGroup.Domestic);
        var byName = await CandidatesAsync(world, world.Proposals[0], new StageCandidateFilter(true, someone.Value.NameEn.ToUpperInvariant()));
        Assert.Equal(someone.Key, Assert.Single(byName.Candidates).ReviewerId);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ForProposal_NotInTheStageOrNotAManager_IsRefused(string provider)
    {
        await using var world = await ReviewWorld.StartAsync(provider);

        await Assert.ThrowsAsync<NotFoundException>(() => CandidatesAsync(world, Guid.NewGuid(), new StageCandidateFilter()));
        await Assert.ThrowsAsync<NotFoundException>(() => CandidatesAsync(world, world.Proposals[0], new StageCandidateFilter(), position: 2)); // waiting for the first stage
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Host.RunAsync<StageCandidateQueries, StageCandidates>(
            q => q.ForProposalAsync(world.Applicant, world.Call, 1, world.Proposals[0], new StageCandidateFilter())));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task SetPair_LockBeyondTheReviewersLoad_IsRefusedAndNothingChanges(string provider)
    {
        await using var world = await ReviewWorld.StartAsync(provider, maxLoad: 1);
        var expert = world.Reviewers.First(r => r.Value.Topic == 0 && r.Value.Group == ReviewerGroup.Overseas).Key;
        await SetPairAsync(world, world.Proposals[0], expert, PairAction.Lock);

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => SetPairAsync(world, world.Proposals[1], expert, PairAction.Lock));

        Assert.Equal("Review.LoadFull", refused.Code);
        var pairs = await world.AssignmentsAsync();
        Assert.Equal(world.Proposals[0], Assert.Single(pairs, a => a.ReviewerId == expert).ProposalId);
        await SetPairAsync(world, world.Proposals[0], expert, PairAction.Lock); // locking a pair it already has is no new load
    }

    private static Task<StageCandidates> CandidatesAsync(ReviewWorld world, Guid proposal, StageCandidateFilter filter, int position = 1) =>
        world.Host.RunAsync<StageCandidateQueries, StageCandidates>(q => q.ForProposalAsync(world.Manager, world.Call, position, proposal, filter));

    private static Task SetPairAsync(ReviewWorld world, Guid proposal, Guid reviewer, PairAction action) =>
        world.Host.RunAsync<StageAssignmentService>(s => s.SetPairAsync(world.Manager, world.Call, 1, proposal, reviewer, action));
}
