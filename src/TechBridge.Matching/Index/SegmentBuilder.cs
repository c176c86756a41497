using System.Runtime.InteropServices;
using TechBridge.Matching.Text;

namespace TechBridge.Matching.Index;

/// <summary>
/// Accumulates documents and seals them into an immutable <see cref="Segment"/>. Not thread-safe: one
/// writer feeds it; readers only ever see sealed segments.
/// </summary>
/// <remarks>
/// Terms get dense ids from a <see cref="TermTable"/>; everything kept per term is a slot in a flat array indexed by
/// that id (where its encoded postings stream in the <see cref="ByteSlicePool"/>, last doc, document frequency), so
/// adding a term occurrence touches a few arrays instead of a dictionary entry, an object and its buffers.
/// </remarks>
public sealed class SegmentBuilder
{
    private readonly IndexSchema schema;
    private readonly IAnalyzer analyzer;
    private readonly int fieldCount;
    private readonly int fieldBits;
    private readonly TermTable terms = new();
    private readonly ByteSlicePool postings = new();
    private readonly List<string> ids = [];
    private readonly List<DocumentFacets> facets = [];
    private readonly List<ushort> lengths = [];
    private readonly long[] lengthSums;

    // Per term id, in one array so that a term's state is one cache line away.
    private TermState[] states = new TermState[1 << 11];

    // Per-document scratch, reused: distinct term ids of the document being added and their frequencies per field.
    private readonly List<int> docTerms = [];
    private int[] docTfs = new int[256];
    private readonly List<AnalyzedTerm> analyzed = [];

    public SegmentBuilder(IndexSchema schema, IAnalyzer analyzer)
    {
        this.schema = schema ?? throw new ArgumentNullException(nameof(schema));
        this.analyzer = analyzer ?? throw new ArgumentNullException(nameof(analyzer));
        fieldCount = schema.Fields.Count;
        fieldBits = PostingCodec.FieldBits(fieldCount);
        lengthSums = new long[fieldCount];
    }

    public int DocCount => ids.Count;

    /// <summary>Adds a document; returns its local id in the segment being built.</summary>
    public int Add(MatchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var doc = ids.Count;
        docTerms.Clear();
        for (var field = 0; field < fieldCount; field++)
        {
            var length = 0;
            if (document.Text.TryGetValue(schema.Fields[field].Name, out var text) && !string.IsNullOrEmpty(text))
            {
                analyzed.Clear();
                analyzer.Analyze(text, analyzed);
                foreach (var term in CollectionsMarshal.AsSpan(analyzed))
                {
                    Count(term, doc, field);
                    if (term.Kind != TermKind.Bigram)
                    {
                        length++;
                    }
                }
            }

            var capped = (ushort)Math.Min(length, ushort.MaxValue);
            lengths.Add(capped);
            lengthSums[field] += capped;
        }

        var distinct = CollectionsMarshal.AsSpan(docTerms);
        for (var i = 0; i < distinct.Length; i++)
        {
            Append(distinct[i], doc, docTfs.AsSpan(i * fieldCount, fieldCount));
        }

        ids.Add(document.Id);
        facets.Add(document.Facets ?? DocumentFacets.None);
        return doc;
    }

    public Segment Build()
    {
        var count = terms.Count;
        var keyLength = 0;
        long totalBytes = 0;
        var skipCount = 0;
        for (var id = 0; id < count; id++)
        {
            keyLength += terms.Text(id).Length + (terms.IsBigram(id) ? 1 : 0);
            totalBytes += states[id].Postings.Length;
            skipCount += (states[id].Skips?.Count ?? 0) / 2;
        }

        var chars = new char[keyLength];
        var offsets = new int[count + 1];
        var bytes = new byte[totalBytes];
        var starts = new long[count + 1];
        var skipStarts = new int[count + 1];
        var skipDocs = new int[skipCount];
        var skipOffsets = new int[skipCount];
        var at = 0;
        long offset = 0;
        var skip = 0;
        var docFreqs = new int[count];
        for (var id = 0; id < count; id++)
        {
            ref var state = ref states[id];
            offsets[id] = at;
            if (terms.IsBigram(id))
            {
                chars[at++] = TermKeys.BigramPrefix;
            }

            terms.Text(id).CopyTo(chars.AsSpan(at));
            at += terms.Text(id).Length;
            starts[id] = offset;
            postings.CopyTo(state.Postings, bytes.AsSpan(checked((int)offset), state.Postings.Length));
            offset += state.Postings.Length;
            docFreqs[id] = state.DocFreq;
            skipStarts[id] = skip;
            if (state.Skips is { } pairs)
            {
                for (var p = 0; p < pairs.Count; p += 2)
                {
                    skipDocs[skip] = pairs[p];
                    skipOffsets[skip++] = pairs[p + 1];
                }
            }
        }

        offsets[count] = at;
        starts[count] = offset;
        skipStarts[count] = skip;
        return new Segment(
            fieldCount, [.. ids], [.. facets], [.. lengths], (long[])lengthSums.Clone(), new TermDictionary(chars, offsets),
            docFreqs, starts, bytes, skipStarts, skipDocs, skipOffsets);
    }

    private void Count(in AnalyzedTerm term, int doc, int field)
    {
        var id = terms.GetOrAdd(term.Text, term.Kind, out var added);
        if (added)
        {
            NewTerm(id);
        }

        ref var state = ref states[id];
        if (state.SeenInDoc != doc)
        {
            state.SeenInDoc = doc;
            state.SlotInDoc = docTerms.Count;
            docTerms.Add(id);
            var end = (state.SlotInDoc + 1) * fieldCount;
            if (end > docTfs.Length)
            {
                Array.Resize(ref docTfs, docTfs.Length * 2);
            }

            docTfs.AsSpan(state.SlotInDoc * fieldCount, fieldCount).Clear();
        }

        docTfs[(state.SlotInDoc * fieldCount) + field]++;
    }

    private void NewTerm(int id)
    {
        if (id == states.Length)
        {
            Array.Resize(ref states, id * 2);
        }

        ref var state = ref states[id];
        state = new TermState { LastDoc = -1, SeenInDoc = -1 };
        postings.Start(ref state.Postings);
    }

    private void Append(int id, int doc, ReadOnlySpan<int> tfs)
    {
        ref var state = ref states[id];
        Span<byte> encoded = stackalloc byte[PostingCodec.MaxEncodedLength];
        var length = PostingCodec.Encode(encoded, doc - state.LastDoc, tfs, fieldBits);
        postings.Append(ref state.Postings, encoded[..length]);
        state.LastDoc = doc;
        if (++state.DocFreq % Segment.SkipInterval == 0)
        {
            var pairs = state.Skips ??= [];
            pairs.Add(doc);
            pairs.Add(state.Postings.Length);
        }
    }

    private struct TermState
    {
        public SliceStream Postings;
        public int LastDoc;
        public int DocFreq;

        /// <summary>The document whose distinct terms include this one, and where it sits among them.</summary>
        public int SeenInDoc;
        public int SlotInDoc;

        /// <summary>(last doc of a block, offset after the block) pairs, every <see cref="Segment.SkipInterval"/> postings.</summary>
        public List<int>? Skips;
    }
}
