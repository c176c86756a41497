using TechBridge.Core.Shared.Optimisation;

namespace TechBridge.Core.Tests.Shared.Optimisation;

internal static class RandomAssignmentProblems
{
    /// <summary>A random instance: scores on a share of the pairs, conflicts on some, loads 0–maxLoad, reviewers in two groups.</summary>
    public static AssignmentProblem Make(Random random, int submissions, int reviewers, int k, int maxLoad, double scoredShare = 0.8, double conflictShare = 0.1)
    {
        var s = Enumerable.Range(0, submissions).Select(i => $"p{i}").ToList();
        var r = Enumerable.Range(0, reviewers).Select(i => new AssignmentReviewer($"r{i}", random.Next(0, maxLoad + 1), random.Next(2) == 0 ? "overseas" : "domestic")).ToList();
        var scores = new List<AssignmentPair>();
        var conflicts = new List<(string, string)>();
        foreach (var submission in s)
        {
            foreach (var reviewer in r)
            {
                if (random.NextDouble() < scoredShare)
                {
                    scores.Add(new AssignmentPair(submission, reviewer.Id, Math.Round(random.NextDouble(), 3)));
                }

                if (random.NextDouble() < conflictShare)
                {
                    conflicts.Add((submission, reviewer.Id));
                }
            }
        }

        return new AssignmentProblem(s, r, scores, k) { Conflicts = conflicts };
    }
}
