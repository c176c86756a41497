using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Directory;
using TechBridge.Core.Programs.Proposals;
using TechBridge.Core.Programs.Review.Assignments;
using TechBridge.Core.Programs.Review.Conflicts;
using TechBridge.Core.Programs.Review.Pool;
using TechBridge.Core.Shared.Errors;

namespace TechBridge.Core.Tests.Programs.Review.Assignments;

/// <summary>Optimising a stage's reviewers: affinity, loads, the stage's group, conflicts of every source, locks and exclusions.</summary>
public sealed class StageAssignmentServiceTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Run_OverseasStage_GivesEachProposalItsBestOverseasReviewersWithinLoads(string provider)
    {
        await using var world = await ReviewWorld.StartAsync(provider);

        var run = await world.RunAsync();

        var pairs = await world.AssignmentsAsync();
        Assert.Equal((3, 6, "MinCostFlow", true), (run.Proposals, run.Pairs, run.Method, run.ProvedOptimal));
        Assert.Equal(6, run.Reviewers);
        Assert.All(pairs, p => Assert.Equal((AssignmentStatus.Proposed, ReviewerGroup.Overseas), (p.Status, world.Reviewers[p.ReviewerId].Group)));
        Assert.All(pairs.GroupBy(p => p.ReviewerId), g => Assert.True(g.Count() <= 2));
        // Each proposal gets the two overseas reviewers who published on its topic.
        Assert.All(pairs, p => Assert.Equal(world.Proposals.IndexOf(p.ProposalId), world.Reviewers[p.ReviewerId].Topic));
        Assert.All(pairs, p => Assert.True(p.Affinity > 0));
        Assert.Equal(Math.Round(pairs.Sum(p => p.Affinity), 6), run.TotalAffinity, 5);
        Assert.Equal("[]", run.ShortJson);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Run_WhileTheCallIsOpen_IsRefused(string provider)
    {
        await using var world = await ReviewWorld.StartAsync(provider);
        world.Time.Advance(TimeSpan.FromDays(-11));

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => world.RunAsync());
        Assert.Equal("Review.StageWaiting", refused.Code);
        var panel = await Assert.ThrowsAsync<BusinessRuleException>(async () => { world.Time.Advance(TimeSpan.FromDays(11)); await world.RunAsync(2); });
        Assert.Equal("Review.StageWaiting", panel.Code);
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            world.Host.RunAsync<StageAssignmentService, AssignmentRun>(s => s.RunAsync(world.Applicant, world.Call, 1, new AssignmentOptions())));
        await Assert.ThrowsAsync<NotFoundException>(() => world.RunAsync(0));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Run_LockedAndExcludedPairs_AreKeptAndAvoidedOnTheNextRun(string provider)
    {
        await using var world = await ReviewWorld.StartAsync(provider);
        await world.RunAsync();
        var battery = world.Proposals[0];
        var hydrogenExpert = world.Reviewers.First(r => r.Value.Topic == 2 && r.Value.Group == ReviewerGroup.Overseas).Key;
        var batteryExpert = world.Reviewers.First(r => r.Value.Topic == 0 && r.Value.Group == ReviewerGroup.Overseas).Key;

        await SetPairAsync(world, battery, hydrogenExpert, PairAction.Lock);
        await SetPairAsync(world, battery, batteryExpert, PairAction.Exclude);
        var run = await world.RunAsync();

        var mine = (await world.AssignmentsAsync()).Where(a => a.ProposalId == battery).ToList();
        Assert.Contains(mine, a => a.ReviewerId == hydrogenExpert && a.IsLocked && a.Status == AssignmentStatus.Proposed);
        Assert.Contains(mine, a => a.ReviewerId == batteryExpert && a.Status == AssignmentStatus.Excluded);
        Assert.Equal(2, mine.Count(a => a.Counts));
        Assert.Equal(6, run.Pairs);

        await SetPairAsync(world, battery, batteryExpert, PairAction.Include);
        await SetPairAsync(world, battery, hydrogenExpert, PairAction.Unlock);
        await world.RunAsync();
        var again = (await world.AssignmentsAsync()).Where(a => a.ProposalId == battery).ToList();
        Assert.All(again, a => Assert.Equal(0, world.Reviewers[a.ReviewerId].Topic));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Run_ConflictsFromTheDirectoryAndTheApplicant_AreNeverAssigned(string provider)
    {
        await using var world = await ReviewWorld.StartAsync(provider);
        var batteryExperts = world.Reviewers.Where(r => r.Value.Topic == 0 && r.Value.Group == ReviewerGroup.Overseas).Select(r => r.Key).ToList();
        var now = world.Time.GetUtcNow();
        await world.Host.QueryAsync(async db =>
        {
            // The first battery expert works at the proposals' overseas partner.
            var person = await db.Reviewers.Where(r => r.Id == batteryExperts[0]).Select(r => r.PersonId).SingleAsync();
            db.Affiliations.Add(new Affiliation { PersonId = person, OrganizationId = world.PartnerOrganization, StartDate = new DateOnly(2020, 1, 1) });
            // The applicant of the battery proposal asked to exclude the second one, by a different spelling of the name.
            var name = world.Reviewers[batteryExperts[1]].NameEn;
            db.ExclusionRequests.Add(new ProposalExclusionRequest
            {
                ProposalId = world.Proposals[0], PersonName = $"{name.Split(' ')[1]}, {name.Split(' ')[0]}", Reason = "경쟁사 자문위원", CreatedAt = now,
            });
            return await db.SaveChangesAsync();
        });

        var run = await world.RunAsync();

        var pairs = await world.AssignmentsAsync();
        Assert.DoesNotContain(pairs, a => batteryExperts.Contains(a.ReviewerId));
        Assert.Equal(6, run.Pairs);
        Assert.True(run.Conflicts >= 4); // the partner's employee on all three proposals, and the request
        var report = await world.Host.RunAsync<CallConflictQueries, CallConflictReport>(q => q.ForCallAsync(world.Manager, world.Call));
        Assert.Contains(report.Conflicts, c => c.ReviewerId == batteryExperts[1] && c.Source == ConflictSource.RequestedByApplicant && c.Evidence == "경쟁사 자문위원");
        Assert.Contains(report.Conflicts, c => c.ReviewerId == batteryExperts[0] && c.Source == ConflictSource.SameOrganization);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Run_TooFewReviewersAndAMinimumOverseas_ReportsTheUnfilledProposals(string provider)
    {
        await using var world = await ReviewWorld.StartAsync(provider, overseasPerTopic: 1, domesticPerTopic: 1, maxLoad: 1);

        var overseasOnly = await world.RunAsync(options: new AssignmentOptions(ReviewersPerProposal: 2));
        Assert.Equal(3, overseasOnly.Pairs);
        Assert.Contains("LoadsTaken", overseasOnly.ShortJson, StringComparison.Ordinal);

        var mixed = await world.RunAsync(options: new AssignmentOptions(ReviewersPerProposal: 2, MinimumOverseas: 1));
        Assert.Equal(("CpSat", 6, "[]"), (mixed.Method, mixed.Pairs, mixed.ShortJson));
        var pairs = await world.AssignmentsAsync();
        Assert.All(pairs.GroupBy(p => p.ProposalId), g => Assert.Contains(g, a => world.Reviewers[a.ReviewerId].Group == ReviewerGroup.Overseas));

        var invalid = await Assert.ThrowsAsync<ValidationFailedException>(() => world.RunAsync(2, new AssignmentOptions(MinimumOverseas: 1)));
        Assert.Equal(["minimumOverseas"], invalid.Errors.Keys);
        var k = await Assert.ThrowsAsync<ValidationFailedException>(() => world.RunAsync(options: new AssignmentOptions(ReviewersPerProposal: 0)));
        Assert.Equal(["reviewersPerProposal"], k.Errors.Keys);
    }

    private static Task SetPairAsync(ReviewWorld world, Guid proposal, Guid reviewer, PairAction action) =>
        world.Host.RunAsync<StageAssignmentService>(s => s.SetPairAsync(world.Manager, world.Call, 1, proposal, reviewer, action));
}
