using TechBridge.Core.Shared.Optimisation;

namespace TechBridge.Bench.Assignment;

/// <summary>
/// A synthetic review instance shaped like a real one: proposals and reviewers each mix a few of 40 research topics, the
/// affinity is the cosine of their mixes (most pairs near 0, a few specialists near 1), every pair is scored, and a share
/// of the pairs are conflicts of interest.
/// </summary>
public static class SyntheticAssignment
{
    private const int Topics = 40;

    public static AssignmentProblem Make(int proposals, int reviewers, int k, int maxLoad, double conflictShare, int seed)
    {
        var random = new Random(seed);
        var p = Enumerable.Range(0, proposals).Select(_ => Mix(random)).ToArray();
        var r = Enumerable.Range(0, reviewers).Select(_ => Mix(random)).ToArray();
        var submissionIds = Enumerable.Range(0, proposals).Select(i => $"P{i:D5}").ToList();
        var reviewerIds = Enumerable.Range(0, reviewers).Select(i => $"R{i:D5}").ToList();
        var scores = new List<AssignmentPair>(proposals * reviewers);
        var conflicts = new List<(string, string)>();
        for (var i = 0; i < proposals; i++)
        {
            for (var j = 0; j < reviewers; j++)
            {
                scores.Add(new AssignmentPair(submissionIds[i], reviewerIds[j], Math.Round(Cosine(p[i], r[j]), 4)));
                if (random.NextDouble() < conflictShare)
                {
                    conflicts.Add((submissionIds[i], reviewerIds[j]));
                }
            }
        }

        return new AssignmentProblem(submissionIds, [.. reviewerIds.Select(id => new AssignmentReviewer(id, maxLoad))], scores, k) { Conflicts = conflicts };
    }

    private static double[] Mix(Random random)
    {
        var mix = new double[Topics];
        for (var t = 0; t < 3; t++)
        {
            mix[random.Next(Topics)] += random.NextDouble();
        }

        return mix;
    }

    private static double Cosine(double[] a, double[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }

        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }
}
