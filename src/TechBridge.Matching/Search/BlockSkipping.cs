namespace TechBridge.Matching.Search;

/// <summary>
/// Block-max skipping for the cursors of one segment: per term, the largest build-time pseudo-frequency a posting can
/// have and still not matter (<see cref="Ceilings"/>, for <c>PostingCursor.NextAbove</c>). A posting of term i matters
/// only if, with every other term at its bound, it could lift a document above the threshold:
/// maxBoost·(score_i + Σ_{j≠i} bound_j) &gt; threshold. A document a skip passes over may still be reached through another
/// term, without term i's share; its score is then too low, but it was at most the threshold anyway, so it stays out.
/// </summary>
internal sealed class BlockSkipping
{
    private readonly Bm25F bm25;
    private readonly double scale;
    private readonly float maxBoost;
    private readonly float[] weights;
    private readonly double[] bounds;
    private readonly double boundSum;

    /// <param name="boostedBounds">Each term's score bound in this segment, times the request's largest boost.</param>
    public BlockSkipping(Bm25F bm25, double scale, float maxBoost, float[] weights, float[] boostedBounds)
    {
        this.bm25 = bm25;
        this.scale = scale;
        this.maxBoost = maxBoost;
        this.weights = weights;
        bounds = [.. boostedBounds.Select(b => (double)b / maxBoost)];
        boundSum = bounds.Sum();
        Ceilings = [.. weights.Select(_ => -1f)];
    }

    /// <summary>Per term, postings whose build-time pseudo-frequency is at most this cannot reach the top k; negative skips nothing.</summary>
    public float[] Ceilings { get; }

    /// <summary>Recomputes the ceilings for a new threshold (the score a document must beat to enter any group).</summary>
    public void Raise(float threshold)
    {
        if (threshold <= 0)
        {
            return;
        }

        for (var i = 0; i < Ceilings.Length; i++)
        {
            var room = ((double)threshold / maxBoost) - (boundSum - bounds[i]);
            Ceilings[i] = bm25.FrequencyCeiling(room, weights[i], scale);
        }
    }
}
