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
            skipCount += states[id].DocFreq / PostingBlockCodec.Size;
        }

        var output = Array.Empty<byte>();
        Ensure(ref output, Math.Max(64, totalBytes)); // the packed blocks are mostly smaller, rarely larger
        var starts = new int[count + 1];
        var skipStarts = new int[count + 1];
        var skipDocs = new int[skipCount];
        var skipOffsets = new int[skipCount];
        var offset = 0;
        var skip = 0;
        var docFreqs = new int[count];
        var blockTfs = new int[PostingBlockCodec.Size * fieldCount];
        var lengthArray = lengths.ToArray();
        var frequency = new BuildPseudoFrequency(schema, BuildPseudoFrequency.AveragesOf(lengthSums, ids.Count), lengthArray);
        var termMax = new float[count];
        var blockMax = new float[skipCount];
        for (var id = 0; id < count; id++)
        {
            ref var state = ref states[id];
            starts[id] = offset;
            docFreqs[id] = state.DocFreq;
            skipStarts[id] = skip;
            if (state.DocFreq < PostingBlockCodec.Size)
            {
                Ensure(ref output, offset + state.Postings.Length);
                var written = output.AsSpan(offset, state.Postings.Length);
                postings.CopyTo(state.Postings, written);
                termMax[id] = BuildPseudoFrequency.RoundUp(frequency.MaxOfVarints(written, -1, blockTfs.AsSpan(0, fieldCount)));
                offset += state.Postings.Length;
            }
            else
            {
                var bounds = new BlockBounds(frequency, skipDocs, skipOffsets, blockMax);
                offset = WriteBlocks(in state, ref output, offset, blockTfs, bounds, ref skip, out termMax[id]);
            }
        }

        starts[count] = offset;
        skipStarts[count] = skip;
        if (offset < output.Length)
        {
            Array.Resize(ref output, offset);
        }

        return new Segment(
            fieldCount, [.. ids], [.. facets], lengthArray, (long[])lengthSums.Clone(), new TermDictionary(terms.Characters.ToArray(), terms.Offsets.ToArray()),
            docFreqs, starts, output, skipStarts, skipDocs, skipOffsets,
            new ScoreBounds(frequency.Averages, termMax, blockMax));
    }

    /// <summary>
    /// Re-encodes a term's varint postings as bit-packed full blocks and a varint tail; returns the new end offset. Records
    /// each block's skip entry and largest pseudo-frequency, and the largest of the whole term in <paramref name="termMax"/>.
    /// </summary>
    private int WriteBlocks(in TermState state, ref byte[] output, int offset, int[] blockTfs, BlockBounds bounds, ref int skip, out float termMax)
    {
        var raw = System.Buffers.ArrayPool<byte>.Shared.Rent(state.Postings.Length);
        try
        {
            postings.CopyTo(state.Postings, raw);
            var start = offset;
            var position = 0;
            var doc = -1;
            var max = 0d;
            Span<int> gaps = stackalloc int[PostingBlockCodec.Size];
            for (var block = 0; block < state.DocFreq / PostingBlockCodec.Size; block++)
            {
                var blockMax = 0d;
                for (var i = 0; i < PostingBlockCodec.Size; i++)
                {
                    var tfs = blockTfs.AsSpan(i * fieldCount, fieldCount);
                    gaps[i] = PostingCodec.Read(raw, ref position, tfs, fieldBits);
                    doc += gaps[i];
                    blockMax = Math.Max(blockMax, bounds.Frequency.Of(doc, tfs));
                }

                Ensure(ref output, offset + PostingBlockCodec.MaxLength(fieldCount));
                offset += PostingBlockCodec.Encode(gaps, blockTfs, fieldCount, output.AsSpan(offset));
                bounds.SkipDocs[skip] = state.Skips![block];
                bounds.SkipOffsets[skip] = offset - start;
                bounds.BlockMax[skip++] = BuildPseudoFrequency.RoundUp(blockMax);
                max = Math.Max(max, blockMax);
            }

            var tail = state.Postings.Length - position;
            Ensure(ref output, offset + tail);
            raw.AsSpan(position, tail).CopyTo(output.AsSpan(offset));
            max = Math.Max(max, bounds.Frequency.MaxOfVarints(raw.AsSpan(position, tail), doc, blockTfs.AsSpan(0, fieldCount)));
            termMax = BuildPseudoFrequency.RoundUp(max);
            return offset + tail;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(raw);
        }
    }

    /// <summary>Grows <paramref name="buffer"/> to hold <paramref name="length"/> bytes (by half again at least, so appends stay amortised).</summary>
    private static void Ensure(ref byte[] buffer, long length)
    {
        if (length <= buffer.Length)
        {
            return;
        }

        if (length > Array.MaxLength)
        {
            throw new InvalidOperationException("A segment's postings exceed the largest array; build the index in more segments.");
        }

        Array.Resize(ref buffer, (int)Math.Min(Array.MaxLength, Math.Max(length, buffer.Length + (buffer.Length / 2))));
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
        if (++state.DocFreq % PostingBlockCodec.Size == 0)
        {
            (state.Skips ??= []).Add(doc);
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
    }

    /// <summary>Where <see cref="WriteBlocks"/> records each block: its skip entry and its largest pseudo-frequency.</summary>
    private readonly record struct BlockBounds(BuildPseudoFrequency Frequency, int[] SkipDocs, int[] SkipOffsets, float[] BlockMax);

    private struct TermState
    {
        public SliceStream Postings;
        public int LastDoc;
        public int DocFreq;

        /// <summary>The document whose distinct terms include this one, and where it sits among them.</summary>
        public int SeenInDoc;
        public int SlotInDoc;

        /// <summary>The last doc of each full block of <see cref="PostingBlockCodec.Size"/> postings.</summary>
        public List<int>? Skips;
    }
}
