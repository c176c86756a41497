using System.Runtime.InteropServices;
using TechBridge.Matching.Text;

namespace TechBridge.Matching.Index;

/// <summary>
/// Accumulates documents and seals them into an immutable <see cref="Segment"/>. Not thread-safe: one
/// writer feeds it; readers only ever see sealed segments.
/// </summary>
public sealed class SegmentBuilder
{
    private readonly IndexSchema schema;
    private readonly IAnalyzer analyzer;
    // Words/stems and bigrams are kept apart here so no key string is built per occurrence; the bigram prefix
    // (see TermKeys) is added once per distinct term when the segment is sealed.
    private readonly Dictionary<string, TermPostings> words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TermPostings> bigrams = new(StringComparer.Ordinal);
    private readonly List<string> ids = [];
    private readonly List<DocumentFacets> facets = [];
    private readonly List<ushort> lengths = [];
    private readonly long[] lengthSums;

    // Per-document scratch, reused: the distinct terms of the document being added.
    private readonly List<TermPostings> docTerms = [];
    private readonly List<AnalyzedTerm> analyzed = [];

    public SegmentBuilder(IndexSchema schema, IAnalyzer analyzer)
    {
        this.schema = schema ?? throw new ArgumentNullException(nameof(schema));
        this.analyzer = analyzer ?? throw new ArgumentNullException(nameof(analyzer));
        lengthSums = new long[schema.Fields.Count];
    }

    public int DocCount => ids.Count;

    /// <summary>Adds a document; returns its local id in the segment being built.</summary>
    public int Add(MatchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var fieldCount = schema.Fields.Count;
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
                    var dictionary = term.Kind == TermKind.Bigram ? bigrams : words;
                    ref var postings = ref CollectionsMarshal.GetValueRefOrAddDefault(dictionary, term.Text, out var exists);
                    if (!exists)
                    {
                        postings = new TermPostings(fieldCount);
                    }

                    if (postings!.CurrentDoc != doc)
                    {
                        postings.StartDocument(doc);
                        docTerms.Add(postings);
                    }

                    postings.CurrentTfs[field]++;
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

        foreach (var postings in CollectionsMarshal.AsSpan(docTerms))
        {
            postings.AppendCurrent();
        }

        ids.Add(document.Id);
        facets.Add(document.Facets ?? DocumentFacets.None);
        return doc;
    }

    public Segment Build()
    {
        var ordered = words.Select(t => (t.Key, t.Value))
            .Concat(bigrams.Select(t => (Key: TermKeys.Of(new AnalyzedTerm(t.Key, TermKind.Bigram, 0)), t.Value)))
            .OrderBy(t => t.Key, StringComparer.Ordinal)
            .ToArray();
        var totalBytes = ordered.Sum(t => (long)t.Value.Bytes.Length);
        var postings = new byte[totalBytes];
        var starts = new long[ordered.Length + 1];
        var docFreqs = new int[ordered.Length];
        var skipStarts = new int[ordered.Length + 1];
        var skipDocs = new List<int>();
        var skipOffsets = new List<int>();
        var dictionary = new Dictionary<string, int>(ordered.Length, StringComparer.Ordinal);
        long offset = 0;
        for (var i = 0; i < ordered.Length; i++)
        {
            var (key, term) = ordered[i];
            dictionary[key] = i;
            starts[i] = offset;
            term.Bytes.Span.CopyTo(postings.AsSpan((int)offset));
            offset += term.Bytes.Length;
            docFreqs[i] = term.DocFreq;
            skipStarts[i] = skipDocs.Count;
            if (term.SkipDocs is not null)
            {
                skipDocs.AddRange(term.SkipDocs);
                skipOffsets.AddRange(term.SkipOffsets!);
            }
        }

        starts[ordered.Length] = offset;
        skipStarts[ordered.Length] = skipDocs.Count;
        return new Segment(
            schema.Fields.Count, [.. ids], [.. facets], [.. lengths], (long[])lengthSums.Clone(), dictionary,
            docFreqs, starts, postings, skipStarts, [.. skipDocs], [.. skipOffsets]);
    }

    private sealed class TermPostings(int fieldCount)
    {
        private int lastDoc = -1;

        /// <summary>The document whose frequencies <see cref="CurrentTfs"/> is collecting (-1 before the first).</summary>
        public int CurrentDoc { get; private set; } = -1;

        public int[] CurrentTfs { get; } = new int[fieldCount];

        public void StartDocument(int doc)
        {
            CurrentDoc = doc;
            Array.Clear(CurrentTfs);
        }

        public void AppendCurrent() => Append(CurrentDoc, CurrentTfs);

        public ByteBuffer Bytes { get; } = new(8);

        public int DocFreq { get; private set; }

        // Most terms occur in fewer than SkipInterval documents and never need skip entries.
        public List<int>? SkipDocs { get; private set; }

        public List<int>? SkipOffsets { get; private set; }

        public void Append(int doc, ReadOnlySpan<int> tfs)
        {
            VarInt.Write(Bytes, (uint)(doc - lastDoc));
            byte mask = 0;
            for (var f = 0; f < tfs.Length; f++)
            {
                if (tfs[f] > 0)
                {
                    mask |= (byte)(1 << f);
                }
            }

            Bytes.Add(mask);
            for (var f = 0; f < tfs.Length; f++)
            {
                if (tfs[f] > 0)
                {
                    VarInt.Write(Bytes, (uint)tfs[f]);
                }
            }

            lastDoc = doc;
            DocFreq++;
            if (DocFreq % Segment.SkipInterval == 0)
            {
                (SkipDocs ??= []).Add(doc);
                (SkipOffsets ??= []).Add(Bytes.Length);
            }
        }
    }
}
