namespace TechBridge.Matching.Tests.Dense;

/// <summary>Seeded random vectors and a plain double-precision cosine for brute-force oracles.</summary>
internal static class RandomVectors
{
    public static float[] Next(Random random, int dims)
    {
        var vector = new float[dims];
        for (var i = 0; i < dims; i++)
        {
            vector[i] = (float)((random.NextDouble() * 2) - 1);
        }

        return vector;
    }

    public static double Cosine(float[] a, float[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += (double)a[i] * b[i];
            na += (double)a[i] * a[i];
            nb += (double)b[i] * b[i];
        }

        return dot / Math.Sqrt(na * nb);
    }

    /// <summary>The exact top-k by cosine (ties by id), computed the slow way.</summary>
    public static List<(string Id, double Score)> BruteForce(IReadOnlyDictionary<string, float[]> vectors, float[] query, int top, Func<string, bool>? filter = null) =>
        vectors
            .Where(kv => filter?.Invoke(kv.Key) ?? true)
            .Select(kv => (Id: kv.Key, Score: Cosine(kv.Value, query)))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Id, StringComparer.Ordinal)
            .Take(top)
            .ToList();
}
