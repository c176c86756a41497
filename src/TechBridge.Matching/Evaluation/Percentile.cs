namespace TechBridge.Matching.Evaluation;

/// <summary>Percentiles by the nearest-rank method.</summary>
public static class Percentile
{
    /// <summary>
    /// The nearest-rank percentile: sort the n values ascending and take the one at 1-based rank
    /// ⌈p / 100 × n⌉ (at least 1). It is always one of the observed values, never an interpolation;
    /// e.g. for 20 values p95 is the 19th smallest and p50 the 10th. 0 for an empty list.
    /// </summary>
    /// <param name="values">The observations, in any order (not modified).</param>
    /// <param name="percentile">p in (0, 100].</param>
    public static double NearestRank(IReadOnlyCollection<double> values, double percentile)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (!(percentile > 0 && percentile <= 100))
        {
            throw new ArgumentOutOfRangeException(nameof(percentile), percentile, "The percentile must be in (0, 100].");
        }

        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(percentile * sorted.Length / 100.0);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }
}
