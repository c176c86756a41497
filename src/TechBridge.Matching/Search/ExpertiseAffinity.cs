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

/// <summary>One publication of a person: the evidence of their expertise, with its year and the person's place in the author list when known.</summary>
public sealed record ExpertPublication(string PersonId, string Title, string? Abstract)
{
    public int? Year { get; init; }

    /// <summary>1 for the first author; null when unknown (counted as a lead author).</summary>
    public int? AuthorPosition { get; init; }
}

/// <summary>
/// How publication scores become a person's affinity. <see cref="RecencyHalfLifeYears"/>: a paper counts half as much
/// every that many years before <see cref="ReferenceYear"/> (off when null; papers without a year count fully).
/// <see cref="CoAuthorWeight"/>: what a paper counts when the person is not its first author (1 = no difference).
/// </summary>
public sealed record AffinityOptions(AffinityAggregation Aggregation = AffinityAggregation.MeanOfTopN, int TopN = 3)
{
    public double? RecencyHalfLifeYears { get; init; }
    public int ReferenceYear { get; init; } = DateTime.UtcNow.Year;
    public double CoAuthorWeight { get; init; } = 1;
}

/// <summary>
/// Scores people against a document (a proposal, a need) from their publications: every publication is indexed; the
/// document's most distinctive terms, weighted as a tf-idf vector, query that index; each publication's score is divided by
/// the score the document itself would get as a publication, so it is the share of the document's evidence the paper
/// carries, in [0, 1] (capped); the person's paper shares (weighted by recency and authorship when asked) are aggregated (the best
/// one, or the mean of the best n with missing ones as 0). No score is rescaled by the other people's: one reviewer's
/// scores for two documents, and two reviewers' scores for one document, are on the same scale.
/// </summary>
public sealed class ExpertiseAffinity
{
    private const char Separator = '\u001f';
    private readonly MatchEngine engine;
    private readonly HashSet<string> people = new(StringComparer.Ordinal);
    private readonly List<ExpertPublication> papers = [];

    public ExpertiseAffinity(IEnumerable<ExpertPublication> publications, IAnalyzer analyzer, Glossary? glossary = null)
    {
        ArgumentNullException.ThrowIfNull(publications);
        var schema = new IndexSchema([new FieldDefinition("title", 2f, 0.5f), new FieldDefinition("abstract", 1f, 0.75f)]);
        var index = new MatchIndex(schema, analyzer);
        var ordinal = 0;
        index.AddRange(publications.Select(p =>
        {
            people.Add(p.PersonId);
            papers.Add(p);
            return new MatchDocument(
                $"{p.PersonId}{Separator}{ordinal++}",
                new Dictionary<string, string> { ["title"] = p.Title ?? string.Empty, ["abstract"] = p.Abstract ?? string.Empty });
        }));
        engine = new MatchEngine(index, glossary);
    }

    /// <summary>Affinity of every known person to the document (0 for people none of whose work matches).</summary>
    public IReadOnlyDictionary<string, double> Score(string title, string? text, AffinityAggregation aggregation = AffinityAggregation.MeanOfTopN, int topN = 3) =>
        Score(title, text, new AffinityOptions(aggregation, topN));

    /// <summary>Affinity of every known person to the document, in [0, 1] (0 for people none of whose work matches).</summary>
    public IReadOnlyDictionary<string, double> Score(string title, string? text, AffinityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var document = new MatchDocument("\u0000query", new Dictionary<string, string> { ["title"] = title ?? string.Empty, ["abstract"] = text ?? string.Empty });
        var found = engine.MoreLikeThis(document, new SearchRequest(string.Empty), maxTerms: 40, top: Math.Max(1, engine.Index.Count));
        var ceiling = SelfScore(found.Query, title, text);
        var perPerson = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        foreach (var hit in found.Hits)
        {
            var cut = hit.Id.LastIndexOf(Separator);
            var person = hit.Id[..cut];
            var paper = papers[int.Parse(hit.Id.AsSpan(cut + 1), System.Globalization.CultureInfo.InvariantCulture)];
            if (!perPerson.TryGetValue(person, out var scores))
            {
                perPerson[person] = scores = [];
            }

            scores.Add(Math.Min(1, hit.Score / ceiling) * Weight(paper, options));
        }

        var result = people.ToDictionary(p => p, _ => 0d, StringComparer.Ordinal);
        foreach (var (person, scores) in perPerson)
        {
            result[person] = options.Aggregation == AffinityAggregation.Max
                ? scores.Max()
                : scores.OrderByDescending(s => s).Take(options.TopN).Sum() / Math.Max(1, options.TopN);
        }

        return result;
    }

    /// <summary>
    /// What the document itself would score for its own terms if it were one of the publications: the score of a paper
    /// that says exactly what the document says. A paper's share is its score over this.
    /// </summary>
    private double SelfScore(IReadOnlyList<QueryTerm> query, string? title, string? text)
    {
        var snapshot = engine.Index.Snapshot;
        var bm25 = new Bm25F(engine.Index.Schema, snapshot);
        var fields = new[] { title ?? string.Empty, text ?? string.Empty }.Select(field =>
        {
            var terms = new List<AnalyzedTerm>();
            engine.Index.Analyzer.Analyze(field, terms);
            var counts = terms.GroupBy(t => TermKeys.Of(t), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            return (Counts: counts, Length: (ushort)Math.Min(terms.Count, ushort.MaxValue));
        }).ToArray();
        var score = 0d;
        foreach (var term in query)
        {
            var pseudo = 0f;
            for (var f = 0; f < fields.Length; f++)
            {
                if (fields[f].Counts.TryGetValue(term.Key, out var tf))
                {
                    pseudo += bm25.FieldPart(f, tf, fields[f].Length);
                }
            }

            score += term.Weight * bm25.Idf(snapshot.DocFreq(term.Key)) * bm25.Saturate(pseudo);
        }

        return score;
    }

    private static double Weight(ExpertPublication paper, AffinityOptions options)
    {
        var weight = paper.AuthorPosition is > 1 ? options.CoAuthorWeight : 1;
        if (options.RecencyHalfLifeYears is { } halfLife && halfLife > 0 && paper.Year is { } year)
        {
            weight *= Math.Pow(0.5, Math.Max(0, options.ReferenceYear - year) / halfLife);
        }

        return weight;
    }
}
