using System.Runtime.CompilerServices;

namespace TechBridge.Matching.Index;

/// <summary>
/// Walks one term's postings in a segment in doc order, decoding varints as it goes and jumping whole
/// blocks through the skip entries when asked to advance.
/// </summary>
internal sealed class PostingCursor
{
    public const int NoMoreDocs = int.MaxValue;

    private readonly Segment segment;
    private readonly byte[] data;
    private readonly int start;
    private readonly int end;
    private readonly int skipFrom;
    private readonly int skipCount;
    private int position;
    private int decoded;

    public PostingCursor(Segment segment, int ordinal)
    {
        this.segment = segment;
        data = segment.Postings;
        start = segment.PostingStarts[ordinal];
        end = segment.PostingStarts[ordinal + 1];
        skipFrom = segment.SkipStarts[ordinal];
        skipCount = segment.SkipStarts[ordinal + 1] - skipFrom;
        position = start;
        Doc = -1;
        Tfs = new int[segment.FieldCount];
    }

    public int Doc { get; private set; }

    /// <summary>Term frequency per field for the current doc (0 where the field lacks the term).</summary>
    public int[] Tfs { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Next()
    {
        if (position >= end)
        {
            return Doc = NoMoreDocs;
        }

        var doc = Doc + PostingCodec.Read(data, ref position, Tfs, segment.FieldBits);
        decoded++;
        return Doc = doc;
    }

    /// <summary>Moves to the first doc ≥ <paramref name="target"/>.</summary>
    public int Advance(int target)
    {
        if (Doc >= target)
        {
            return Doc;
        }

        var block = decoded / Segment.SkipInterval;
        while (block < skipCount && segment.SkipDocs[skipFrom + block] < target)
        {
            Doc = segment.SkipDocs[skipFrom + block];
            position = start + segment.SkipOffsets[skipFrom + block];
            block++;
            decoded = block * Segment.SkipInterval;
        }

        while (Next() < target)
        {
        }

        return Doc;
    }
}
