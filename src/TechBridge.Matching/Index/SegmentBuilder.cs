using System.Collections.Frozen;
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
    private readonly Dictionary<string, TermPostings> terms = new(StringComparer.Ordinal);
    private readonly List<string> ids = [];
    private readonly List<DocumentFacets> facets = [];
    private readonly List<ushort> lengths = [];
    private readonly long[] lengthSums;

    // Per-document scratch, reused: term → tf per field.
    private readonly Dictionary<string, int> docTermSlots = new(StringComparer.Ordinal);
    private readonly List<string> docTerms = [];
    private readonly List<int> docTfs = [];
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
        docTermSlots.Clear();
        docTerms.Clear();
        docTfs.Clear();
        for (var field = 0; field < fieldCount; field++)
        {
            var length = 0;
            if (document.Text.TryGetValue(schema.Fields[field].Name, out var text) && !string.IsNullOrEmpty(text))
            {
                analyzed.Clear();
                analyzer.Analyze(text, analyzed);
                foreach (var term in analyzed)
                {
                    var key = TermKeys.Of(term);
                    if (!docTermSlots.TryGetValue(key, out var slot))
                    {
                        slot = docTerms.Count;
                        docTermSlots[key] = slot;
                        docTerms.Add(key);
                        for (var f = 0; f < fieldCount; f++)
                        {
                            docTfs.Add(0);
                        }
                    }

                    docTfs[(slot * fieldCount) + field]++;
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

        var tfs = CollectionsMarshal.AsSpan(docTfs);
        for (var slot = 0; slot < docTerms.Count; slot++)
        {
            ref var postings = ref CollectionsMarshal.GetValueRefOrAddDefault(terms, docTerms[slot], out var exists);
            if (!exists)
            {
                postings = new TermPostings();
            }

            postings!.Append(doc, tfs.Slice(slot * fieldCount, fieldCount));
        }

        ids.Add(document.Id);
        facets.Add(document.Facets ?? DocumentFacets.None);
        return doc;
    }

    public Segment Build()
    {
        var ordered = terms.OrderBy(t => t.Key, StringComparer.Ordinal).ToArray();
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
            skipDocs.AddRange(term.SkipDocs);
            skipOffsets.AddRange(term.SkipOffsets);
        }

        starts[ordered.Length] = offset;
        skipStarts[ordered.Length] = skipDocs.Count;
        return new Segment(
            schema.Fields.Count, [.. ids], [.. facets], [.. lengths], (long[])lengthSums.Clone(), dictionary.ToFrozenDictionary(StringComparer.Ordinal),
            docFreqs, starts, postings, skipStarts, [.. skipDocs], [.. skipOffsets]);
    }

    private sealed class TermPostings
    {
        private int lastDoc = -1;

        public ByteBuffer Bytes { get; } = new(8);

        public int DocFreq { get; private set; }

        public List<int> SkipDocs { get; } = [];

        public List<int> SkipOffsets { get; } = [];

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
                SkipDocs.Add(doc);
                SkipOffsets.Add(Bytes.Length);
            }
        }
    }
}
