namespace TechBridge.Matching.Dense;

/// <summary>
/// One fused result: its RRF score and its 1-based rank in each input list (null where the list lacks it),
/// in the order the lists were given.
/// </summary>
public sealed record FusedItem(string Id, double Score, IReadOnlyList<int?> Ranks)
{
    /// <summary>The best (smallest) rank the item has in any list.</summary>
    public int BestRank { get; } = Ranks.Aggregate(int.MaxValue, (best, rank) => rank is { } r && r < best ? r : best);
}
