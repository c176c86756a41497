using System.Runtime.CompilerServices;
using TechBridge.Matching.Index;

namespace TechBridge.Matching.Search;

/// <summary>
/// BM25F (Robertson, Zaragoza): field term frequencies are length-normalised per field, weighted and
/// summed into one pseudo-frequency, which is then saturated once: score = w·idf·tf̃·(k1+1)/(k1+tf̃).
/// </summary>
internal sealed class Bm25F
{
    /// <summary>Relative slack on score bounds, far above the float rounding of a score, so a bound never falls below one.</summary>
    private const double BoundMargin = 1e-4;

    private readonly float[] weights;
    private readonly float[] b;
    private readonly double[] averageLengths;

    public Bm25F(IndexSchema schema, IndexSnapshot snapshot)
    {
        K1 = schema.K1;
        weights = schema.Fields.Select(f => f.Weight).ToArray();
        b = schema.Fields.Select(f => f.B).ToArray();
        averageLengths = snapshot.AverageLengths.Length == weights.Length ? snapshot.AverageLengths : [.. weights.Select(_ => 1d)];
        DocCount = Math.Max(1, snapshot.DocCount);
    }

    public float K1 { get; }

    public long DocCount { get; }

    public float Idf(long docFreq) => (float)Math.Log(1 + ((DocCount - docFreq + 0.5) / (docFreq + 0.5)));

    /// <summary>The largest score one term can add: its saturation tends to k1+1.</summary>
    public float UpperBound(float weight, float idf) => weight * idf * (K1 + 1);

    /// <summary>
    /// How much a segment's build-time pseudo-frequencies (<see cref="ScoreBounds"/>) can have grown under the current
    /// averages: at most max_f max(1, avgNow_f / avgBuild_f). Per field the denominator 1 − b + b·len/avg is a mix of a
    /// constant and len/avg with weights in [0, 1], so it shrinks by at most the ratio of the averages; a weighted sum of
    /// such parts grows by at most the largest ratio. Infinity (no bound) when a weight is negative or b is outside [0, 1].
    /// </summary>
    public double BoundScale(Segment segment)
    {
        var scale = 1d;
        for (var f = 0; f < weights.Length; f++)
        {
            if (weights[f] < 0 || b[f] is < 0 or > 1)
            {
                return double.PositiveInfinity;
            }

            scale = Math.Max(scale, averageLengths[f] / segment.Bounds.BuildAverages[f]);
        }

        return scale;
    }

    /// <summary>The most a term of this weight can add to a document of a segment whose pseudo-frequencies it bounds with <paramref name="maxFrequency"/>.</summary>
    public float TermBound(float weight, float maxFrequency, double scale)
    {
        if (double.IsPositiveInfinity(scale))
        {
            return UpperBound(weight, 1f);
        }

        var frequency = maxFrequency * scale;
        return (float)(weight * (frequency * (K1 + 1) / (K1 + frequency)) * (1 + BoundMargin));
    }

    /// <summary>
    /// The largest build-time pseudo-frequency (<see cref="ScoreBounds"/>) at which a term of this weight adds at most
    /// <paramref name="score"/> to a document now; postings at or below it can be skipped. Negative when none can.
    /// </summary>
    public float FrequencyCeiling(double score, float weight, double scale)
    {
        var saturated = score / weight / (1 + BoundMargin);
        if (double.IsPositiveInfinity(scale) || weight <= 0 || !(saturated > 0))
        {
            return -1f;
        }

        if (saturated >= K1 + 1)
        {
            return float.PositiveInfinity;
        }

        // Saturate(x) = x·(k1+1)/(k1+x) ≤ s  ⇔  x ≤ s·k1/(k1+1−s).
        return (float)(saturated * K1 / (K1 + 1 - saturated) / scale * (1 - BoundMargin));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float PseudoFrequency(int[] tfs, ushort[] lengths, int lengthOffset)
    {
        var total = 0f;
        for (var f = 0; f < tfs.Length; f++)
        {
            var tf = tfs[f];
            if (tf != 0)
            {
                total += FieldPart(f, tf, lengths[lengthOffset + f]);
            }
        }

        return total;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float FieldPart(int field, int tf, ushort length) =>
        weights[field] * tf / (float)(1 - b[field] + (b[field] * length / averageLengths[field]));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float Saturate(float pseudoFrequency) => pseudoFrequency * (K1 + 1) / (K1 + pseudoFrequency);
}
