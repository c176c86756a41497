using TechBridge.Matching.Index;

namespace TechBridge.Matching.Search;

/// <summary>
/// Re-scores the final hits term by term (cheap: a skip-assisted seek per term and hit) and splits each
/// term's score over the fields that contributed to its pseudo-frequency.
/// </summary>
internal sealed class Explainer(IndexSchema schema, IndexSnapshot snapshot)
{
    private readonly Bm25F bm25 = new(schema, snapshot);

    public HitExplanation Explain(IReadOnlyList<QueryTerm> query, int segmentIndex, int doc, float boost)
    {
        var segment = snapshot.Segments[segmentIndex];
        var contributions = new List<TermContribution>();
        foreach (var term in query)
        {
            if (!segment.TryGetTerm(term.Key, out var ordinal))
            {
                continue;
            }

            var cursor = new PostingCursor(segment, ordinal);
            if (cursor.Advance(doc) != doc)
            {
                continue;
            }

            var docFreq = snapshot.DocFreq(term.Key);
            var weight = term.Weight * bm25.Idf(docFreq);
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

            var common = CommonTerm.Is(docFreq, snapshot.LiveDocCount);
            contributions.Add(new TermContribution(term.Display, term.Kind, term.FromGlossary, term.ExpandedFrom, score, fields, common));
        }

        contributions.Sort((a, b) => b.Score.CompareTo(a.Score));
        return new HitExplanation(contributions, boost);
    }
}
