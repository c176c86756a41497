namespace TechBridge.Matching.Dense;

/// <summary>
/// Reciprocal rank fusion (Cormack, Clarke and Büttcher, 2009): an id scores Σᵢ wᵢ / (k + rankᵢ) over the
/// lists that contain it, ranks counted from 1. Only ranks matter, so lists with incomparable scores
/// (BM25F and cosine) fuse without calibration. Ties go to the item with the earliest best rank, then to the
/// smaller id (ordinal), so the result is fully deterministic.
/// </summary>
public static class ReciprocalRankFusion
{
    /// <summary>The constant of the original paper.</summary>
    public const int DefaultK = 60;

    /// <summary>
    /// Fuses <paramref name="lists"/> (each best first; an id repeated within one list counts at its first rank)
    /// into one list, best first.
    /// </summary>
    /// <param name="lists">The ranked id lists.</param>
    /// <param name="k">The smoothing constant (≥ 0); larger values flatten the advantage of top ranks.</param>
    /// <param name="weights">One non-negative weight per list; all 1 when null.</param>
    public static IReadOnlyList<FusedItem> Fuse(IReadOnlyList<IReadOnlyList<string>> lists, int k = DefaultK, IReadOnlyList<double>? weights = null)
    {
        ArgumentNullException.ThrowIfNull(lists);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        if (weights is not null && weights.Count != lists.Count)
        {
            throw new ArgumentException($"{weights.Count} weights for {lists.Count} lists.", nameof(weights));
        }

        if (weights is not null && weights.Any(w => !(w >= 0) || double.IsInfinity(w)))
        {
            throw new ArgumentException("Weights must be finite and non-negative.", nameof(weights));
        }

        var ranks = new Dictionary<string, int?[]>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var list = 0; list < lists.Count; list++)
        {
            ArgumentNullException.ThrowIfNull(lists[list], nameof(lists));
            for (var position = 0; position < lists[list].Count; position++)
            {
                var id = lists[list][position] ?? throw new ArgumentException($"List {list} has a null id at {position}.", nameof(lists));
                if (!ranks.TryGetValue(id, out var itemRanks))
                {
                    itemRanks = new int?[lists.Count];
                    ranks[id] = itemRanks;
                    order.Add(id);
                }

                itemRanks[list] ??= position + 1;
            }
        }

        var fused = new List<FusedItem>(order.Count);
        foreach (var id in order)
        {
            var itemRanks = ranks[id];
            var score = 0d;
            for (var list = 0; list < itemRanks.Length; list++)
            {
                if (itemRanks[list] is { } rank)
                {
                    score += (weights?[list] ?? 1d) / (k + rank);
                }
            }

            fused.Add(new FusedItem(id, score, itemRanks));
        }

        fused.Sort(static (a, b) =>
        {
            var byScore = b.Score.CompareTo(a.Score);
            if (byScore != 0)
            {
                return byScore;
            }

            var byRank = a.BestRank.CompareTo(b.BestRank);
            return byRank != 0 ? byRank : string.CompareOrdinal(a.Id, b.Id);
        });
        return fused;
    }
}
