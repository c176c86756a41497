using TechBridge.Matching.Index;

namespace TechBridge.Matching.Search;

/// <summary>
/// Re-scores the final hits term by term and splits each term's score over the fields that contributed to its
/// pseudo-frequency. All hits are explained together: per segment, each term's postings are walked once through the
/// hits in document order, so explaining 100 hits costs one skip-assisted walk per term, not 100 seeks.
/// </summary>
internal sealed class Explainer(IndexSchema schema, IndexSnapshot snapshot)
{
    private readonly Bm25F bm25 = new(schema, snapshot);

    public HitExplanation[] Explain(IReadOnlyList<QueryTerm> query, IReadOnlyList<(int Segment, int Doc, float Boost)> hits)
    {
        var contributions = hits.Select(_ => new List<TermContribution>()).ToArray();
        foreach (var inSegment in Enumerable.Range(0, hits.Count).GroupBy(i => hits[i].Segment))
        {
            var segment = snapshot.Segments[inSegment.Key];
            var ordered = inSegment.OrderBy(i => hits[i].Doc).ToArray();
            foreach (var term in query)
            {
                if (!segment.TryGetTerm(term.Key, out var ordinal))
                {
                    continue;
                }

                var cursor = new PostingCursor(segment, ordinal);
                var docFreq = snapshot.DocFreq(term.Key);
                var weight = term.Weight * bm25.Idf(docFreq);
                var common = CommonTerm.Is(docFreq, snapshot.LiveDocCount);
                foreach (var hit in ordered)
                {
                    var doc = hits[hit].Doc;
                    if (cursor.Advance(doc) == doc)
                    {
                        contributions[hit].Add(Contribution(term, segment, doc, cursor, weight, common));
                    }
                    else if (cursor.Doc == PostingCursor.NoMoreDocs)
                    {
                        break;
                    }
                }
            }
        }

        return [.. contributions.Select((terms, i) =>
        {
            terms.Sort((a, b) => b.Score.CompareTo(a.Score));
            return new HitExplanation(terms, hits[i].Boost);
        })];
    }

    private TermContribution Contribution(QueryTerm term, Segment segment, int doc, PostingCursor cursor, float weight, bool common)
    {
        var offset = doc * segment.FieldCount;
        var pseudo = bm25.PseudoFrequency(cursor.Tfs, segment.Lengths, offset);
        var score = weight * bm25.Saturate(pseudo);
        var fields = new List<FieldContribution>();
        for (var f = 0; f < segment.FieldCount; f++)
        {
            var tf = cursor.Tfs[f];
            if (tf > 0)
            {
                var part = bm25.FieldPart(f, tf, segment.Lengths[offset + f]);
                fields.Add(new FieldContribution(schema.Fields[f].Name, tf, score * part / pseudo));
            }
        }

        return new TermContribution(term.Display, term.Kind, term.FromGlossary, term.ExpandedFrom, score, fields, common);
    }
}
