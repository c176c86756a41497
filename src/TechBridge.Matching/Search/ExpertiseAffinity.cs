using TechBridge.Matching.Index;
using TechBridge.Matching.Text;

namespace TechBridge.Matching.Search;

/// <summary>How a person's per-publication scores become one affinity score.</summary>
public enum AffinityAggregation
{
    /// <summary>The best-matching publication decides.</summary>
    Max,

    /// <summary>The mean of the person's n best-matching publications (missing ones count as 0), rewarding a body of work.</summary>
    MeanOfTopN,
}

/// <summary>One publication of a person: the evidence of their expertise.</summary>
public sealed record ExpertPublication(string PersonId, string Title, string? Abstract);

/// <summary>
/// Scores people against a document (a proposal, a need) from their publications: every publication is
/// indexed; the document's most distinctive terms query that index; each person's publication scores are
/// aggregated. Scores are normalised per document to [0, 1] (the best person scores 1), so they read the
/// same for short and long documents.
/// </summary>
public sealed class ExpertiseAffinity
{
    private const char Separator = '\u001f';
    private readonly MatchEngine engine;
    private readonly HashSet<string> people = new(StringComparer.Ordinal);

    public ExpertiseAffinity(IEnumerable<ExpertPublication> publications, IAnalyzer analyzer, Glossary? glossary = null)
    {
        ArgumentNullException.ThrowIfNull(publications);
        var schema = new IndexSchema([new FieldDefinition("title", 2f, 0.5f), new FieldDefinition("abstract", 1f, 0.75f)]);
        var index = new MatchIndex(schema, analyzer);
        var ordinal = 0;
        index.AddRange(publications.Select(p =>
        {
            people.Add(p.PersonId);
            return new MatchDocument(
                $"{p.PersonId}{Separator}{ordinal++}",
                new Dictionary<string, string> { ["title"] = p.Title ?? string.Empty, ["abstract"] = p.Abstract ?? string.Empty });
        }));
        engine = new MatchEngine(index, glossary);
    }

    /// <summary>Affinity of every known person to the document (0 for people none of whose work matches).</summary>
    public IReadOnlyDictionary<string, double> Score(string title, string? text, AffinityAggregation aggregation = AffinityAggregation.MeanOfTopN, int topN = 3)
    {
        var document = new MatchDocument("\u0000query", new Dictionary<string, string> { ["title"] = title ?? string.Empty, ["abstract"] = text ?? string.Empty });
        var hits = engine.MoreLikeThis(document, new SearchRequest(string.Empty), maxTerms: 40, top: Math.Max(1, engine.Index.Count)).Hits;
        var perPerson = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            var person = hit.Id[..hit.Id.LastIndexOf(Separator)];
            if (!perPerson.TryGetValue(person, out var scores))
            {
                perPerson[person] = scores = [];
            }

            scores.Add(hit.Score);
        }

        var result = people.ToDictionary(p => p, _ => 0d, StringComparer.Ordinal);
        foreach (var (person, scores) in perPerson)
        {
            result[person] = aggregation == AffinityAggregation.Max
                ? scores.Max()
                : scores.OrderByDescending(s => s).Take(topN).Sum() / topN;
        }

        var best = result.Values.DefaultIfEmpty(0).Max();
        if (best > 0)
        {
            foreach (var person in result.Keys.ToList())
            {
                result[person] /= best;
            }
        }

        return result;
    }
}
