using Google.OrTools.Sat;

namespace TechBridge.Core.Shared.Optimisation;

/// <summary>
/// Selects exactly, with CP-SAT, in three steps so that the answer is the same on every run and can be explained:
/// (1) the largest total score within the budget, the quotas and the manager's decisions; (2) among the selections with
/// that score, the smallest total cost (what is left of the budget stays unspent); (3) among those, the one that
/// includes the better-ranked candidates: going down the ranking (score, then id), each candidate is selected if some
/// optimal selection with the choices made so far includes it. Scores are compared at a millionth of the largest.
/// </summary>
public static class BudgetSelector
{
    private const double Resolution = 1_000_000;

    public static SelectionResult Select(SelectionProblem problem, TimeSpan? timeLimitPerStep = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        Validate(problem);
        var ranked = problem.Candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        var largest = ranked.Count == 0 ? 1 : Math.Max(ranked.Max(c => Math.Abs(c.Score)), double.Epsilon);
        var scores = ranked.Select(c => (long)Math.Round(c.Score * Resolution / largest, MidpointRounding.AwayFromZero)).ToArray();
        var costs = ranked.Select(c => c.Cost).ToArray();
        var limit = timeLimitPerStep ?? TimeSpan.FromSeconds(30);
        var decided = new Dictionary<int, bool>();
        for (var i = 0; i < ranked.Count; i++)
        {
            if (problem.ForcedIn.Contains(ranked[i].Id))
            {
                decided[i] = true;
            }
            else if (problem.ForcedOut.Contains(ranked[i].Id))
            {
                decided[i] = false;
            }
        }

        var best = Solve(problem, ranked, decided, scores, costs, null, null, maximizeScore: true, limit)
                   ?? throw new InfeasibleProblemException("No selection fits the budget, the quotas and the decisions made.");
        var bestScore = Sum(best, scores);
        var cheapest = Solve(problem, ranked, decided, scores, costs, bestScore, null, maximizeScore: false, limit)!;
        var cost = Sum(cheapest, costs);
        var current = cheapest;
        for (var i = 0; i < ranked.Count; i++)
        {
            if (decided.ContainsKey(i))
            {
                continue;
            }

            if (current[i])
            {
                decided[i] = true; // an optimal selection with everything decided so far already includes it
                continue;
            }

            decided[i] = true;
            if (Solve(problem, ranked, decided, scores, costs, bestScore, cost, maximizeScore: true, limit) is { } with)
            {
                current = with;
            }
            else
            {
                decided[i] = false;
            }
        }

        var selected = Enumerable.Range(0, ranked.Count).Where(i => current[i]).Select(i => ranked[i]).ToList();
        return new SelectionResult(selected, selected.Sum(c => c.Score), selected.Sum(c => c.Cost));
    }

    private static bool[]? Solve(SelectionProblem problem, List<SelectionCandidate> ranked, Dictionary<int, bool> decided, long[] scores, long[] costs,
        long? scoreEquals, long? costEquals, bool maximizeScore, TimeSpan limit)
    {
        var model = new CpModel();
        var x = ranked.Select((c, i) => model.NewBoolVar($"x{i}")).ToArray();
        model.Add(LinearExpr.WeightedSum(x, costs) <= problem.Budget);
        foreach (var quota in problem.Quotas)
        {
            var members = Enumerable.Range(0, ranked.Count)
                .Where(i => ranked[i].Attributes.TryGetValue(quota.Dimension, out var v) && v == quota.Value).Select(i => x[i]).ToList();
            if (quota.Min is { } min)
            {
                model.Add(LinearExpr.Sum(members) >= min);
            }

            if (quota.Max is { } max)
            {
                model.Add(LinearExpr.Sum(members) <= max);
            }
        }

        foreach (var (i, value) in decided)
        {
            model.Add(x[i] == (value ? 1 : 0));
        }

        if (scoreEquals is { } score)
        {
            model.Add(LinearExpr.WeightedSum(x, scores) == score);
        }

        if (costEquals is { } cost)
        {
            model.Add(LinearExpr.WeightedSum(x, costs) == cost);
        }

        if (maximizeScore && scoreEquals is null)
        {
            model.Maximize(LinearExpr.WeightedSum(x, scores));
        }
        else if (!maximizeScore)
        {
            model.Minimize(LinearExpr.WeightedSum(x, costs));
        }

        var solver = new CpSolver { StringParameters = FormattableString.Invariant($"max_time_in_seconds:{limit.TotalSeconds} num_workers:1 random_seed:1") };
        var status = solver.Solve(model);
        return status switch
        {
            CpSolverStatus.Optimal => [.. x.Select(v => solver.BooleanValue(v))],
            CpSolverStatus.Feasible when scoreEquals is not null && costEquals is not null => [.. x.Select(v => solver.BooleanValue(v))],
            CpSolverStatus.Infeasible => null,
            _ => throw new InfeasibleProblemException($"The selection was not proved optimal within {limit.TotalSeconds:0} s per step."),
        };
    }

    private static long Sum(bool[] chosen, long[] values)
    {
        var total = 0L;
        for (var i = 0; i < chosen.Length; i++)
        {
            if (chosen[i])
            {
                total += values[i];
            }
        }

        return total;
    }

    private static void Validate(SelectionProblem problem)
    {
        if (problem.Budget < 0)
        {
            throw new ArgumentException("The budget must not be negative.", nameof(problem));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in problem.Candidates)
        {
            if (!ids.Add(c.Id))
            {
                throw new ArgumentException($"The candidate '{c.Id}' is listed twice.", nameof(problem));
            }

            if (c.Cost < 0 || !double.IsFinite(c.Score))
            {
                throw new ArgumentException($"The candidate '{c.Id}' has a negative cost or a score that is not a number.", nameof(problem));
            }
        }

        if (problem.ForcedIn.Concat(problem.ForcedOut).FirstOrDefault(id => !ids.Contains(id)) is { } unknown)
        {
            throw new ArgumentException($"Unknown candidate '{unknown}'.", nameof(problem));
        }

        if (problem.ForcedIn.Intersect(problem.ForcedOut).FirstOrDefault() is { } both)
        {
            throw new ArgumentException($"The candidate '{both}' is both forced in and forced out.", nameof(problem));
        }
    }
}
