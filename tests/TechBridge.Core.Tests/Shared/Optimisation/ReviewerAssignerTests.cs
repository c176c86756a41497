using TechBridge.Core.Shared.Optimisation;

namespace TechBridge.Core.Tests.Shared.Optimisation;

public sealed class ReviewerAssignerTests
{
    [Fact]
    public void Solve_ManyRandomSmallInstances_MatchesBruteForce()
    {
        var random = new Random(20261206);
        for (var n = 0; n < 300; n++)
        {
            var problem = RandomAssignmentProblems.Make(random, random.Next(1, 4), random.Next(1, 6), random.Next(1, 4), 3);

            var result = ReviewerAssigner.Solve(problem);

            var best = BruteForceAssignment.Best(problem);
            Assert.Equal(AssignmentMethod.MinCostFlow, result.Method);
            Assert.Equal(best.Pairs, result.Pairs.Count);
            Assert.Equal(best.Total, result.TotalAffinity, 6);
            AssertFeasible(problem, result);
        }
    }

    [Fact]
    public void Solve_RandomSmallInstancesWithAGroupMinimum_MatchesBruteForce()
    {
        var random = new Random(7);
        var compared = 0;
        for (var n = 0; n < 300; n++)
        {
            var problem = RandomAssignmentProblems.Make(random, random.Next(1, 4), random.Next(2, 6), random.Next(1, 3), 3) with { };
            problem = problem with { GroupMinimums = [new GroupMinimum("overseas", 1)] };
            AssignmentResult result;
            try
            {
                result = ReviewerAssigner.Solve(problem);
            }
            catch (InfeasibleProblemException e)
            {
                Assert.True(BruteForceAssignment.Best(problem).Pairs == -1, e.Message);
                continue;
            }

            if (result.Unfilled.Any(u => u.Reason == ShortReason.GroupTooSmall))
            {
                continue; // that submission's minimum was dropped, which the brute force does not model
            }

            var best = BruteForceAssignment.Best(problem);
            Assert.Equal(AssignmentMethod.CpSat, result.Method);
            Assert.True(result.ProvedOptimal);
            Assert.Equal(best.Pairs, result.Pairs.Count);
            Assert.Equal(best.Total, result.TotalAffinity, 6);
            AssertFeasible(problem, result);
            Assert.All(problem.Submissions, s => Assert.Contains(result.Pairs, p => p.Submission == s && Group(problem, p.Reviewer) == "overseas"));
            compared++;
        }

        Assert.True(compared > 100, $"only {compared} instances were compared");
    }

    [Fact]
    public void Solve_MediumInstances_FlowAndCpSatAgreeOnTheObjective()
    {
        var random = new Random(11);
        for (var n = 0; n < 5; n++)
        {
            var problem = RandomAssignmentProblems.Make(random, 30, 40, 3, 4);

            var flow = ReviewerAssigner.Solve(problem);
            var cpSat = ReviewerAssigner.Solve(problem with { GroupMinimums = [new GroupMinimum("overseas", 0)] }, TimeSpan.FromSeconds(30));
            var forced = ReviewerAssigner.Solve(problem with { GroupMinimums = [new GroupMinimum("none-of-them", 0)] });

            Assert.Equal(AssignmentMethod.MinCostFlow, flow.Method);
            Assert.Equal(AssignmentMethod.MinCostFlow, forced.Method); // a zero minimum is no side constraint
            Assert.Equal(flow.Pairs.Count, cpSat.Pairs.Count);
            Assert.Equal(flow.TotalAffinity, cpSat.TotalAffinity, 6);
        }
    }

    [Fact]
    public void Solve_LargeInstance_KeepsEveryConstraint()
    {
        var problem = RandomAssignmentProblems.Make(new Random(3), 200, 600, 3, 2, scoredShare: 0.5, conflictShare: 0.05);

        var result = ReviewerAssigner.Solve(problem);

        AssertFeasible(problem, result);
        Assert.True(result.IsComplete);
        Assert.Equal(600, result.Pairs.Count);
    }

    [Fact]
    public void Solve_TooFewCandidates_ReportsTheSubmissionWithTheReason()
    {
        var problem = new AssignmentProblem(["p1", "p2"], [new("r1", 5), new("r2", 5)],
            [new("p1", "r1", 0.9), new("p1", "r2", 0.8), new("p2", "r1", 0.7), new("p2", "r2", 0.6)], 2)
        {
            Conflicts = [("p2", "r2")],
        };

        var result = ReviewerAssigner.Solve(problem);

        var unfilled = Assert.Single(result.Unfilled);
        Assert.Equal(new ShortSubmission("p2", 1, 1, ShortReason.TooFewCandidates), unfilled);
        Assert.DoesNotContain(result.Pairs, p => p is { Submission: "p2", Reviewer: "r2" });
    }

    [Fact]
    public void Solve_LoadsTakenByOthers_ReportsLoadsTaken()
    {
        var problem = new AssignmentProblem(["p1", "p2"], [new("r1", 1), new("r2", 1)],
            [new("p1", "r1", 0.9), new("p1", "r2", 0.8), new("p2", "r1", 0.7), new("p2", "r2", 0.6)], 1);

        var result = ReviewerAssigner.Solve(problem with { ReviewersPerSubmission = 2 });

        Assert.Equal(2, result.Pairs.Count);
        Assert.Contains(result.Unfilled, u => u.Reason == ShortReason.LoadsTaken && u.Candidates == 2);
    }

    [Fact]
    public void Solve_CoverageFirst_PrefersTwoPairsOverOneBetterPair()
    {
        // r1 is the best reviewer for both, but giving p1 to r2 lets p2 have r1: two pairs beat one higher-scoring pair.
        var problem = new AssignmentProblem(["p1", "p2"], [new("r1", 1), new("r2", 1)],
            [new("p1", "r1", 1.0), new("p1", "r2", 0.1), new("p2", "r1", 0.2)], 1);

        var result = ReviewerAssigner.Solve(problem);

        Assert.True(result.IsComplete);
        Assert.Equal(0.3, result.TotalAffinity, 9);
    }

    [Fact]
    public void Solve_LockedPair_IsKeptEvenWhenWorse()
    {
        var problem = new AssignmentProblem(["p1"], [new("r1", 1), new("r2", 1)], [new("p1", "r1", 0.9), new("p1", "r2", 0.1)], 1)
        {
            Locks = [("p1", "r2")],
        };

        var result = ReviewerAssigner.Solve(problem);

        Assert.Equal(new AssignmentPair("p1", "r2", 0.1), Assert.Single(result.Pairs));
    }

    [Fact]
    public void Solve_LockedPairThatConflicts_IsRefusedWithTheReason()
    {
        var problem = new AssignmentProblem(["p1"], [new("r1", 1)], [new("p1", "r1", 0.9)], 1) { Locks = [("p1", "r1")], Conflicts = [("p1", "r1")] };

        var error = Assert.Throws<ArgumentException>(() => ReviewerAssigner.Solve(problem));

        Assert.Contains("also a conflict", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("p9", "r1", "Unknown submission 'p9'")]
    [InlineData("p1", "r9", "Unknown reviewer 'r9'")]
    public void Solve_ScoreOfAnUnknownId_IsRefusedNamingIt(string submission, string reviewer, string message)
    {
        var problem = new AssignmentProblem(["p1"], [new("r1", 1)], [new(submission, reviewer, 0.5)], 1);

        var error = Assert.Throws<ArgumentException>(() => ReviewerAssigner.Solve(problem));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Solve_GroupMinimumsThatLoadsCannotMeet_IsInfeasible()
    {
        // Both submissions need the only overseas reviewer, who takes one.
        var problem = new AssignmentProblem(["p1", "p2"], [new("o1", 1, "overseas"), new("d1", 2, "domestic"), new("d2", 2, "domestic")],
            [new("p1", "o1", 0.5), new("p2", "o1", 0.5), new("p1", "d1", 0.5), new("p2", "d1", 0.5), new("p1", "d2", 0.5), new("p2", "d2", 0.5)], 2)
        {
            GroupMinimums = [new GroupMinimum("overseas", 1)],
        };

        var error = Assert.Throws<InfeasibleProblemException>(() => ReviewerAssigner.Solve(problem));

        Assert.Contains("group minimums", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Solve_SubmissionWithoutAnyCandidateOfTheGroup_IsReportedAndTheOthersStillGetTheirMinimum()
    {
        var problem = new AssignmentProblem(["p1", "p2"], [new("o1", 2, "overseas"), new("d1", 2, "domestic"), new("d2", 2, "domestic")],
            [new("p1", "o1", 0.1), new("p1", "d1", 0.9), new("p1", "d2", 0.9), new("p2", "d1", 0.9), new("p2", "d2", 0.8)], 2)
        {
            GroupMinimums = [new GroupMinimum("overseas", 1)],
        };

        var result = ReviewerAssigner.Solve(problem);

        Assert.Equal(new ShortSubmission("p2", 2, 2, ShortReason.GroupTooSmall), Assert.Single(result.Unfilled));
        Assert.Contains(new AssignmentPair("p1", "o1", 0.1), result.Pairs);
        Assert.Equal(4, result.Pairs.Count);
    }

    private static string? Group(AssignmentProblem problem, string reviewer) => problem.Reviewers.Single(r => r.Id == reviewer).Group;

    private static void AssertFeasible(AssignmentProblem problem, AssignmentResult result)
    {
        var conflicts = problem.Conflicts.ToHashSet();
        var scored = problem.Scores.Select(p => (p.Submission, p.Reviewer)).ToHashSet();
        Assert.Equal(result.Pairs.Count, result.Pairs.Select(p => (p.Submission, p.Reviewer)).Distinct().Count());
        Assert.All(result.Pairs, p => Assert.DoesNotContain((p.Submission, p.Reviewer), conflicts));
        Assert.All(result.Pairs, p => Assert.Contains((p.Submission, p.Reviewer), scored));
        Assert.All(result.Pairs.GroupBy(p => p.Submission), g => Assert.True(g.Count() <= problem.ReviewersPerSubmission));
        Assert.All(result.Pairs.GroupBy(p => p.Reviewer), g => Assert.True(g.Count() <= problem.Reviewers.Single(r => r.Id == g.Key).MaxLoad));
        Assert.Equal(result.Pairs.Sum(p => p.Score), result.TotalAffinity, 9);
    }
}
