namespace TechBridge.Matching.Index;

/// <summary>
/// An immutable slice of the index: documents with local ids 0..DocCount-1, their field lengths and facets,
/// and one compressed posting list per term: full blocks of <see cref="PostingBlockCodec.Size"/> postings bit-packed
/// (<see cref="PostingBlockCodec"/>), then a varint tail (<see cref="PostingCodec"/>), with a skip entry per full block
/// so a cursor can jump ahead, and a score bound per term and per full block (<see cref="ScoreBounds"/>) so a search can
/// skip what cannot reach its top k.
/// </summary>
public sealed class Segment
{
    internal Segment(
        int fieldCount, string[] ids, DocumentFacets[] facets, ushort[] lengths, long[] lengthSums,
        TermDictionary terms, int[] docFreqs, int[] postingStarts, byte[] postings,
        int[] skipStarts, int[] skipDocs, int[] skipOffsets, ScoreBounds bounds)
    {
        FieldCount = fieldCount;
        FieldBits = PostingCodec.FieldBits(fieldCount);
        Ids = ids;
        Facets = facets;
        Lengths = lengths;
        LengthSums = lengthSums;
        Terms = terms;
        DocFreqs = docFreqs;
        PostingStarts = postingStarts;
        Postings = postings;
        SkipStarts = skipStarts;
        SkipDocs = skipDocs;
        SkipOffsets = skipOffsets;
        Bounds = bounds;
    }

    public int DocCount => Ids.Length;

    public int FieldCount { get; }

    internal string[] Ids { get; }

    internal DocumentFacets[] Facets { get; }

    /// <summary>Field lengths in terms, doc-major: Lengths[doc * FieldCount + field], capped at 65,535.</summary>
    internal ushort[] Lengths { get; }

    internal long[] LengthSums { get; }

    internal TermDictionary Terms { get; }

    internal int[] DocFreqs { get; }

    /// <summary>Byte offset of each term's postings; one extra entry marks the end.</summary>
    internal int[] PostingStarts { get; }

    internal byte[] Postings { get; }

    /// <summary>Per term, the first index into <see cref="SkipDocs"/>/<see cref="SkipOffsets"/>; one extra entry marks the end.</summary>
    internal int[] SkipStarts { get; }

    /// <summary>The last doc id of each full block of <see cref="PostingBlockCodec.Size"/> postings.</summary>
    internal int[] SkipDocs { get; }

    /// <summary>Where the block after that doc starts (offset relative to the term's postings).</summary>
    internal int[] SkipOffsets { get; }

    /// <summary>Per term and per full block, the largest pseudo-frequency of a posting: what lets a search skip blocks.</summary>
    internal ScoreBounds Bounds { get; }

    public int TermCount => DocFreqs.Length;

    public long PostingBytes => Postings.LongLength;

    internal string Id(int doc) => Ids[doc];

    internal bool TryGetTerm(string key, out int ordinal) => Terms.TryGet(key, out ordinal);

    internal int FieldBits { get; }
}
