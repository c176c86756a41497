namespace TechBridge.Matching.Index;

/// <summary>
/// The BM25F pseudo-frequency of a posting, Σ_f w_f·tf_f / (1 − b_f + b_f·len_f/avg_f), with the average field lengths of
/// the segment being built: what a segment's block-max bounds are measured in. A search rescales them to the averages
/// of its snapshot (<c>Bm25F.BoundScale</c>), which may have moved since.
/// </summary>
internal sealed class BuildPseudoFrequency
{
    private readonly double[] weights;
    private readonly double[] b;
    private readonly ushort[] lengths;
    private readonly int fieldBits;

    public BuildPseudoFrequency(IndexSchema schema, double[] averages, ushort[] lengths)
    {
        weights = [.. schema.Fields.Select(f => (double)f.Weight)];
        b = [.. schema.Fields.Select(f => (double)f.B)];
        Averages = averages;
        this.lengths = lengths;
        fieldBits = PostingCodec.FieldBits(weights.Length);
    }

    /// <summary>The segment's own average field lengths, as the snapshot would compute them for this segment alone.</summary>
    public double[] Averages { get; }

    /// <summary>Per field, max(1, length sum / documents): the same rule as <see cref="IndexSnapshot.AverageLengths"/>.</summary>
    public static double[] AveragesOf(long[] lengthSums, int docCount) =>
        [.. lengthSums.Select(sum => docCount == 0 ? 1d : Math.Max(1d, (double)sum / docCount))];

    /// <summary>The pseudo-frequency of <paramref name="doc"/> for a term with these per-field frequencies.</summary>
    public double Of(int doc, ReadOnlySpan<int> tfs)
    {
        var total = 0d;
        var offset = doc * weights.Length;
        for (var f = 0; f < tfs.Length; f++)
        {
            if (tfs[f] != 0)
            {
                total += weights[f] * tfs[f] / (1 - b[f] + (b[f] * lengths[offset + f] / Averages[f]));
            }
        }

        return total;
    }

    /// <summary>The largest pseudo-frequency among varint postings (<see cref="PostingCodec"/>) whose gaps start after <paramref name="previousDoc"/>.</summary>
    public double MaxOfVarints(ReadOnlySpan<byte> postings, int previousDoc, Span<int> tfs)
    {
        var max = 0d;
        var doc = previousDoc;
        var position = 0;
        while (position < postings.Length)
        {
            doc += PostingCodec.Read(postings, ref position, tfs, fieldBits);
            max = Math.Max(max, Of(doc, tfs));
        }

        return max;
    }

    /// <summary>The nearest float at or above <paramref name="value"/>, so a stored bound never rounds below what it bounds.</summary>
    public static float RoundUp(double value)
    {
        var single = (float)value;
        return single < value ? MathF.BitIncrement(single) : single;
    }
}
