using TechBridge.Matching.Index;
using TechBridge.Matching.Text;

namespace TechBridge.Matching.Search;

/// <summary>Analyses query text into weighted terms and adds glossary expansions.</summary>
public sealed class QueryPlanner(IAnalyzer analyzer)
{
    /// <summary>Weight of a Korean syllable bigram relative to a whole word: recall, not precision.</summary>
    public const float BigramWeight = 0.3f;

    /// <summary>Weight of a glossary expansion relative to the user's own term.</summary>
    public const float ExpansionWeight = 0.5f;

    public IReadOnlyList<QueryTerm> Plan(string text, Glossary? glossary) => Plan(text, glossary, null);

    /// <summary>
    /// As <see cref="Plan(string, Glossary?)"/>, choosing the senses of ambiguous glossary words by
    /// <paramref name="contextTopics"/> (the fields the search is limited to) and the query's other words.
    /// </summary>
    public IReadOnlyList<QueryTerm> Plan(string text, Glossary? glossary, IReadOnlySet<string>? contextTopics)
    {
        var analyzed = new List<AnalyzedTerm>();
        analyzer.Analyze(text ?? string.Empty, analyzed);
        var terms = new Dictionary<string, QueryTerm>(StringComparer.Ordinal);
        var written = WrittenWords(analyzed);
        foreach (var term in analyzed)
        {
            Add(terms, new QueryTerm(TermKeys.Of(term), term.Kind, term.Kind == TermKind.Bigram ? BigramWeight : 1f, Written: WrittenFor(term, written)));
        }

        if (glossary is not null && glossary.Count > 0)
        {
            var keys = terms.Values.Where(t => t.Kind != TermKind.Bigram).Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var (source, expansion) in glossary.Expansions(keys, contextTopics))
            {
                var expansionWords = WrittenWords(expansion);
                foreach (var term in expansion)
                {
                    var weight = (term.Kind == TermKind.Bigram ? BigramWeight : 1f) * ExpansionWeight;
                    Add(terms, new QueryTerm(TermKeys.Of(term), term.Kind, weight, FromGlossary: true, ExpandedFrom: source, Written: WrittenFor(term, expansionWords)));
                }
            }
        }

        return [.. terms.Values];
    }

    /// <summary>The Latin words of a text by position: what an English stem ("batteri") is shown as ("batteries").</summary>
    private static Dictionary<int, string> WrittenWords(IEnumerable<AnalyzedTerm> analyzed)
    {
        var words = new Dictionary<int, string>();
        foreach (var term in analyzed)
        {
            if (term.Kind == TermKind.Word && term.Text.Length > 0 && char.IsAsciiLetter(term.Text[0]))
            {
                words.TryAdd(term.Position, term.Text);
            }
        }

        return words;
    }

    /// <summary>
    /// An English stem reads as its word; a Korean stem ("반도체" from "반도체를") and every other term read as they are.
    /// </summary>
    private static string? WrittenFor(AnalyzedTerm term, Dictionary<int, string> words) =>
        term.Kind == TermKind.Stem && words.TryGetValue(term.Position, out var word) ? word : null;

    /// <summary>Keeps the strongest reading of a key: the user's own word beats an expansion of it.</summary>
    private static void Add(Dictionary<string, QueryTerm> terms, QueryTerm term)
    {
        if (!terms.TryGetValue(term.Key, out var existing) || term.Weight > existing.Weight)
        {
            terms[term.Key] = term;
        }
    }
}
