namespace TechBridge.Matching.Index;

/// <summary>
/// What readers search: an immutable list of segments with their deleted-doc bitsets. A writer publishes a
/// new snapshot; searches in flight keep the one they started with, so a reader never waits for a writer.
/// </summary>
public sealed class IndexSnapshot
{
    internal IndexSnapshot(IReadOnlyList<Segment> segments, IReadOnlyList<ulong[]> deleted, long version)
    {
        Segments = segments;
        Deleted = deleted;
        Version = version;
        var fieldCount = segments.Count == 0 ? 0 : segments[0].FieldCount;
        var totals = new long[fieldCount];
        long docs = 0;
        long live = 0;
        for (var s = 0; s < segments.Count; s++)
        {
            docs += segments[s].DocCount;
            live += segments[s].DocCount - CountBits(deleted[s]);
            for (var f = 0; f < fieldCount; f++)
            {
                totals[f] += segments[s].LengthSums[f];
            }
        }

        DocCount = docs;
        LiveDocCount = live;
        AverageLengths = totals.Select(t => docs == 0 ? 1d : Math.Max(1d, (double)t / docs)).ToArray();
    }

    public static IndexSnapshot Empty { get; } = new([], [], 0);

    internal IReadOnlyList<Segment> Segments { get; }

    public int SegmentCount => Segments.Count;

    internal IReadOnlyList<ulong[]> Deleted { get; }

    /// <summary>Increases with every published change; caches keyed by it stay valid until the next change.</summary>
    public long Version { get; }

    /// <summary>Documents in all segments, deleted ones included (as BM25 statistics count them).</summary>
    public long DocCount { get; }

    public long LiveDocCount { get; }

    internal double[] AverageLengths { get; }

    internal static bool IsDeleted(ulong[] bits, int doc) => (bits[doc >> 6] & (1UL << doc)) != 0;

    internal long DocFreq(string key)
    {
        long df = 0;
        foreach (var segment in Segments)
        {
            if (segment.TryGetTerm(key, out var ordinal))
            {
                df += segment.DocFreqs[ordinal];
            }
        }

        return df;
    }

    private static long CountBits(ulong[] bits) => bits.Sum(b => (long)ulong.PopCount(b));
}
