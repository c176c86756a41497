using TechBridge.Core.Shared.Optimisation;

namespace TechBridge.Core.Tests.Shared.Optimisation;

/// <summary>
/// The independent exact method the solver is checked against: tries every subset of candidates for every submission
/// (tiny instances only) and keeps the best by (pairs assigned, total affinity), as the solver ranks them.
/// </summary>
internal static class BruteForceAssignment
{
    public static (int Pairs, double Total) Best(AssignmentProblem problem)
    {
        var conflicts = problem.Conflicts.ToHashSet();
        var loads = problem.Reviewers.ToDictionary(r => r.Id, r => r.MaxLoad, StringComparer.Ordinal);
        var groups = problem.Reviewers.ToDictionary(r => r.Id, r => r.Group, StringComparer.Ordinal);
        var options = problem.Submissions.Select(s => Subsets(
                problem.Scores.Where(p => p.Submission == s && !conflicts.Contains((s, p.Reviewer)) && loads[p.Reviewer] > 0).ToList(),
                problem.ReviewersPerSubmission)
            .Where(set => problem.GroupMinimums.All(g => set.Count(p => groups[p.Reviewer] == g.Group) >= g.Count))
            .ToList()).ToList();
        var best = (Pairs: -1, Total: double.NegativeInfinity);
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        Search(0, 0, 0);
        return best;

        void Search(int index, int pairs, double total)
        {
            if (index == options.Count)
            {
                if (pairs > best.Pairs || (pairs == best.Pairs && total > best.Total + 1e-9))
                {
                    best = (pairs, total);
                }

                return;
            }

            foreach (var set in options[index])
            {
                if (set.Any(p => used.GetValueOrDefault(p.Reviewer) + 1 > loads[p.Reviewer]))
                {
                    continue;
                }

                foreach (var p in set)
                {
                    used[p.Reviewer] = used.GetValueOrDefault(p.Reviewer) + 1;
                }

                Search(index + 1, pairs + set.Count, total + set.Sum(p => p.Score));
                foreach (var p in set)
                {
                    used[p.Reviewer]--;
                }
            }
        }
    }

    private static IEnumerable<List<AssignmentPair>> Subsets(List<AssignmentPair> items, int maxSize)
    {
        for (var mask = 0; mask < 1 << items.Count; mask++)
        {
            if (int.PopCount(mask) <= maxSize)
            {
                yield return [.. items.Where((_, i) => (mask & (1 << i)) != 0)];
            }
        }
    }
}
