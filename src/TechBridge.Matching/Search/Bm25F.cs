using System.Runtime.CompilerServices;
using TechBridge.Matching.Index;

namespace TechBridge.Matching.Search;

/// <summary>
/// BM25F (Robertson, Zaragoza): field term frequencies are length-normalised per field, weighted and
/// summed into one pseudo-frequency, which is then saturated once: score = w·idf·tf̃·(k1+1)/(k1+tf̃).
/// </summary>
internal sealed class Bm25F
{
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
