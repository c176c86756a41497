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
    private readonly FieldSink sink;

    public SegmentBuilder(IndexSchema schema, IAnalyzer analyzer)
    {
        this.schema = schema ?? throw new ArgumentNullException(nameof(schema));
        this.analyzer = analyzer ?? throw new ArgumentNullException(nameof(analyzer));
        fieldCount = schema.Fields.Count;
        fieldBits = PostingCodec.FieldBits(fieldCount);
        lengthSums = new long[fieldCount];
        sink = new FieldSink(this);
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
            sink.Start(doc, field);
            if (document.Text.TryGetValue(schema.Fields[field].Name, out var text) && !string.IsNullOrEmpty(text))
            {
                analyzer.Analyze(text, sink);
            }

            var length = sink.Length;
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
        long totalBytes = 0;
        var skipCount = 0;
        for (var id = 0; id < count; id++)
        {
            totalBytes += states[id].Postings.Length;
            skipCount += (states[id].Skips?.Count ?? 0) / 2;
        }

        if (totalBytes > Array.MaxLength)
        {
            throw new InvalidOperationException("A segment's postings exceed the largest array; build the index in more segments.");
        }

        var bytes = new byte[totalBytes];
        var starts = new int[count + 1];
        var skipStarts = new int[count + 1];
        var skipDocs = new int[skipCount];
        var skipOffsets = new int[skipCount];
        var offset = 0;
        var skip = 0;
        var docFreqs = new int[count];
        for (var id = 0; id < count; id++)
        {
            ref var state = ref states[id];
            starts[id] = offset;
            postings.CopyTo(state.Postings, bytes.AsSpan(offset, state.Postings.Length));
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

        starts[count] = offset;
        skipStarts[count] = skip;
        return new Segment(
            fieldCount, [.. ids], [.. facets], [.. lengths], (long[])lengthSums.Clone(), new TermDictionary(terms.Characters.ToArray(), terms.Offsets.ToArray()),
            docFreqs, starts, bytes, skipStarts, skipDocs, skipOffsets);
    }

    private void Count(ReadOnlySpan<char> text, TermKind kind, int doc, int field)
    {
        var id = terms.GetOrAdd(text, kind, out var added);
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

    /// <summary>Receives the analyser's terms for one field of the document being added.</summary>
    private sealed class FieldSink(SegmentBuilder builder) : ITermSink
    {
        private int doc;
        private int field;

        /// <summary>Terms other than bigrams seen in the field so far: its length for BM25F.</summary>
        public int Length { get; private set; }

        public void Start(int document, int fieldNumber)
        {
            doc = document;
            field = fieldNumber;
            Length = 0;
        }

        public void Add(ReadOnlySpan<char> text, TermKind kind, int position)
        {
            builder.Count(text, kind, doc, field);
            if (kind != TermKind.Bigram)
            {
                Length++;
            }
        }

        public void Add(string text, TermKind kind, int position) => Add(text.AsSpan(), kind, position);
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
