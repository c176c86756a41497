namespace TechBridge.Matching.Index;

/// <summary>
/// A segment's block-max bounds: per term and per full posting block, the largest BM25F pseudo-frequency of its
/// postings, computed with <see cref="BuildAverages"/> (the segment's own average field lengths when it was built) and
/// rounded up. The snapshot's averages move as segments are added; a search rescales these bounds to them
/// (<c>Bm25F.BoundScale</c>), so they stay upper bounds. Deletes only remove postings from a result, so they cannot break one.
/// </summary>
internal sealed class ScoreBounds
{
    public ScoreBounds(double[] buildAverages, float[] termMax, float[] blockMax)
    {
        BuildAverages = buildAverages;
        TermMax = termMax;
        BlockMax = blockMax;
    }

    /// <summary>The average length of each field the pseudo-frequencies were computed with.</summary>
    public double[] BuildAverages { get; }

    /// <summary>Per term ordinal, the largest pseudo-frequency of any of its postings (0 for a term without postings).</summary>
    public float[] TermMax { get; }

    /// <summary>Per skip entry (one per full block, as <see cref="Segment.SkipDocs"/>), the largest pseudo-frequency in that block.</summary>
    public float[] BlockMax { get; }
}
