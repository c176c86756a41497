using TechBridge.Matching.Index;
using TechBridge.Matching.Text;

namespace TechBridge.Matching.Tests.Support;

/// <summary>
/// A deliberately naive BM25F that scores every document without an index: the oracle for the real searcher.
/// Statistics (N, df, average lengths) include deleted documents, as the index's do (like Lucene's).
/// </summary>
public sealed class ExhaustiveBm25F
{
    private readonly IndexSchema schema;
    private readonly IAnalyzer analyzer;
    private readonly List<(string Id, Dictionary<string, int>[] Tfs, int[] Lengths, bool Live)> docs = [];
    private readonly double[] averageLengths;

    public ExhaustiveBm25F(IndexSchema schema, IAnalyzer analyzer, IReadOnlyList<MatchDocument> allDocuments, IReadOnlySet<string> deleted)
    {
        this.schema = schema;
        this.analyzer = analyzer;
        var sums = new double[schema.Fields.Count];
        foreach (var document in allDocuments)
        {
            var tfs = new Dictionary<string, int>[schema.Fields.Count];
            var lengths = new int[schema.Fields.Count];
            for (var f = 0; f < schema.Fields.Count; f++)
            {
                tfs[f] = new Dictionary<string, int>(StringComparer.Ordinal);
                var terms = new List<AnalyzedTerm>();
                analyzer.Analyze(document.Text.GetValueOrDefault(schema.Fields[f].Name, ""), terms);
                foreach (var term in terms)
                {
                    var key = TermKeys.Of(term);
                    tfs[f][key] = tfs[f].GetValueOrDefault(key) + 1;
                    lengths[f] += term.Kind == TermKind.Bigram ? 0 : 1;
                }

                sums[f] += lengths[f];
            }

            docs.Add((document.Id, tfs, lengths, !deleted.Contains(document.Id)));
        }

        averageLengths = sums.Select(s => Math.Max(1, s / allDocuments.Count)).ToArray();
    }

    public IReadOnlyList<(string Id, float Score)> Search(string query, int top)
    {
        var terms = new List<AnalyzedTerm>();
        analyzer.Analyze(query, terms);
        var weights = terms.GroupBy(t => TermKeys.Of(t)).ToDictionary(g => g.Key, g => g.First().Kind == TermKind.Bigram ? 0.3 : 1.0);
        var idfs = weights.Keys.ToDictionary(k => k, k =>
        {
            var df = docs.Count(d => d.Tfs.Any(t => t.ContainsKey(k)));
            return Math.Log(1 + ((docs.Count - df + 0.5) / (df + 0.5)));
        });
        return docs
            .Select((d, order) => (d, order))
            .Where(x => x.d.Live)
            .Select(x => (x.d.Id, Score: (float)weights.Sum(w => w.Value * idfs[w.Key] * Saturated(x.d, w.Key)), x.order))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score).ThenBy(x => x.order)
            .Take(top)
            .Select(x => (x.Id, x.Score))
            .ToList();
    }

    private double Saturated((string Id, Dictionary<string, int>[] Tfs, int[] Lengths, bool Live) doc, string key)
    {
        var pseudo = 0d;
        for (var f = 0; f < schema.Fields.Count; f++)
        {
            if (doc.Tfs[f].TryGetValue(key, out var tf))
            {
                var field = schema.Fields[f];
                pseudo += field.Weight * tf / (1 - field.B + (field.B * doc.Lengths[f] / averageLengths[f]));
            }
        }

        return pseudo * (schema.K1 + 1) / (schema.K1 + pseudo);
    }
}
