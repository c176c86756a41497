using TechBridge.Core.Shared.Optimisation;

namespace TechBridge.Core.Tests.Shared.Optimisation;

public sealed class BudgetSelectorTests
{
    private static readonly string[] Fields = ["반도체", "바이오", "에너지"];
    private static readonly string[] Countries = ["DE", "US", "FI"];

    [Fact]
    public void Select_ManyRandomSmallInstances_MatchesBruteForceIncludingTheTieRule()
    {
        var random = new Random(20261206);
        var solved = 0;
        for (var n = 0; n < 200; n++)
        {
            var problem = RandomProblem(random, random.Next(1, 10));
            var expected = BruteForce(problem);
            SelectionResult result;
            try
            {
                result = BudgetSelector.Select(problem);
            }
            catch (InfeasibleProblemException)
            {
                Assert.Null(expected);
                continue;
            }

            Assert.NotNull(expected);
            Assert.Equal(expected, result.Selected.Select(c => c.Id).Order(StringComparer.Ordinal).ToList());
            Assert.True(result.TotalCost <= problem.Budget);
            solved++;
        }

        Assert.True(solved > 100, $"only {solved} instances had a selection");
    }

    [Fact]
    public void Select_SameProblemInAnotherOrder_GivesTheSameSelection()
    {
        var problem = RandomProblem(new Random(5), 14) with { Quotas = [] };
        var shuffled = problem with { Candidates = [.. problem.Candidates.Reverse()] };

        Assert.Equal(BudgetSelector.Select(problem).Selected.Select(c => c.Id), BudgetSelector.Select(shuffled).Selected.Select(c => c.Id));
    }

    [Fact]
    public void Select_EqualScores_KeepsTheBudgetAndPrefersTheBetterRanked()
    {
        // a+b and c score 10 each; c is cheaper, so it wins; d (rank after c) does not fit beside it.
        var problem = new SelectionProblem(
        [
            Candidate("a", 5, 60), Candidate("b", 5, 60), Candidate("c", 10, 100), Candidate("d", 1, 30),
        ], 120);

        var result = BudgetSelector.Select(problem);

        Assert.Equal(["c"], result.Selected.Select(c => c.Id));
        Assert.Equal(100, result.TotalCost);
    }

    [Fact]
    public void Select_ForcedDecisions_AreKept()
    {
        var problem = new SelectionProblem([Candidate("a", 9, 50), Candidate("b", 1, 50), Candidate("c", 8, 50)], 100)
        {
            ForcedIn = ["b"],
            ForcedOut = ["a"],
        };

        Assert.Equal(["c", "b"], BudgetSelector.Select(problem).Selected.Select(c => c.Id));
    }

    [Fact]
    public void Select_QuotaThatCannotBeMet_IsInfeasible()
    {
        var problem = new SelectionProblem([Candidate("a", 9, 80), Candidate("b", 5, 80)], 100)
        {
            Quotas = [new SelectionQuota("field", "반도체", Min: 2)],
        };

        Assert.Throws<InfeasibleProblemException>(() => BudgetSelector.Select(problem));
    }

    [Fact]
    public void Select_UnknownForcedCandidate_IsRefusedNamingIt()
    {
        var problem = new SelectionProblem([Candidate("a", 9, 80)], 100) { ForcedIn = ["z"] };

        Assert.Contains("'z'", Assert.Throws<ArgumentException>(() => BudgetSelector.Select(problem)).Message, StringComparison.Ordinal);
    }

    private static SelectionCandidate Candidate(string id, double score, long cost, string field = "반도체", string country = "DE") =>
        new(id, score, cost, new Dictionary<string, string> { ["field"] = field, ["country"] = country });

    private static SelectionProblem RandomProblem(Random random, int count)
    {
        var candidates = Enumerable.Range(0, count)
            .Select(i => Candidate($"c{i:D2}", random.Next(0, 20), random.Next(1, 6) * 100, Fields[random.Next(3)], Countries[random.Next(3)])).ToList();
        var quotas = new List<SelectionQuota>();
        if (random.Next(2) == 0)
        {
            quotas.Add(new SelectionQuota("field", Fields[random.Next(3)], Min: random.Next(0, 3)));
        }

        if (random.Next(2) == 0)
        {
            quotas.Add(new SelectionQuota("country", Countries[random.Next(3)], Max: random.Next(0, 3)));
        }

        var forcedIn = random.Next(4) == 0 && count > 0 ? new[] { candidates[random.Next(count)].Id } : [];
        var forcedOut = candidates.Where(c => !forcedIn.Contains(c.Id) && random.Next(8) == 0).Select(c => c.Id).ToList();
        return new SelectionProblem(candidates, random.Next(0, 15) * 100) { Quotas = quotas, ForcedIn = forcedIn, ForcedOut = forcedOut };
    }

    /// <summary>
    /// Every subset: the feasible ones with the largest score, then the smallest cost, then the first by rank (going down
    /// the ranking, a selection that includes the candidate beats one that does not). Null when none is feasible.
    /// </summary>
    private static List<string>? BruteForce(SelectionProblem problem)
    {
        var ranked = problem.Candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        bool[]? best = null;
        for (var mask = 0; mask < 1 << ranked.Count; mask++)
        {
            var chosen = Enumerable.Range(0, ranked.Count).Select(i => (mask & (1 << i)) != 0).ToArray();
            var set = ranked.Where((_, i) => chosen[i]).ToList();
            if (set.Sum(c => c.Cost) > problem.Budget
                || set.Any(c => problem.ForcedOut.Contains(c.Id)) || problem.ForcedIn.Any(id => set.All(c => c.Id != id))
                || problem.Quotas.Any(q => Count(set, q) < (q.Min ?? 0) || Count(set, q) > (q.Max ?? int.MaxValue)))
            {
                continue;
            }

            if (best is null || Better(chosen, best, ranked))
            {
                best = chosen;
            }
        }

        return best is null ? null : [.. ranked.Where((_, i) => best[i]).Select(c => c.Id).Order(StringComparer.Ordinal)];
    }

    private static int Count(List<SelectionCandidate> set, SelectionQuota quota) => set.Count(c => c.Attributes[quota.Dimension] == quota.Value);

    private static bool Better(bool[] a, bool[] b, List<SelectionCandidate> ranked)
    {
        double Score(bool[] s) => ranked.Where((_, i) => s[i]).Sum(c => c.Score);
        long Cost(bool[] s) => ranked.Where((_, i) => s[i]).Sum(c => c.Cost);
        if (Score(a) != Score(b))
        {
            return Score(a) > Score(b);
        }

        if (Cost(a) != Cost(b))
        {
            return Cost(a) < Cost(b);
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                return a[i];
            }
        }

        return false;
    }
}
