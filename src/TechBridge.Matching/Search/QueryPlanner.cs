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

    /// <summary>The weight a word's lexicon translations share (by their probabilities), relative to the user's own term.</summary>
    public const float TranslationWeight = 0.5f;

    public IReadOnlyList<QueryTerm> Plan(string text, Glossary? glossary) => Plan(text, glossary, null);

    /// <summary>As <see cref="Plan(string, Glossary?, IReadOnlySet{string}?, Lexicon?)"/> without a lexicon.</summary>
    public IReadOnlyList<QueryTerm> Plan(string text, Glossary? glossary, IReadOnlySet<string>? contextTopics) => Plan(text, glossary, contextTopics, null);

    /// <summary>
    /// Analyses the query, expands it through the glossary, choosing the senses of ambiguous words by
    /// <paramref name="contextTopics"/> (the fields the search is limited to) and the query's other words, then translates
    /// the words the glossary did not cover through the <paramref name="lexicon"/>.
    /// </summary>
    public IReadOnlyList<QueryTerm> Plan(string text, Glossary? glossary, IReadOnlySet<string>? contextTopics, Lexicon? lexicon)
    {
        var analyzed = new List<AnalyzedTerm>();
        analyzer.Analyze(text ?? string.Empty, analyzed);
        var terms = new Dictionary<string, QueryTerm>(StringComparer.Ordinal);
        var written = WrittenWords(analyzed);
        foreach (var term in analyzed)
        {
            Add(terms, new QueryTerm(TermKeys.Of(term), term.Kind, term.Kind == TermKind.Bigram ? BigramWeight : 1f, Written: WrittenFor(term, written)));
        }

        var own = terms.Values.Where(t => t.Kind != TermKind.Bigram).Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var covered = new HashSet<string>(StringComparer.Ordinal);
        if (glossary is not null && glossary.Count > 0)
        {
            foreach (var (source, expansion, words) in glossary.Expansions(own, contextTopics))
            {
                covered.UnionWith(words);
                var expansionWords = WrittenWords(expansion);
                foreach (var term in expansion)
                {
                    var weight = (term.Kind == TermKind.Bigram ? BigramWeight : 1f) * ExpansionWeight;
                    Add(terms, new QueryTerm(TermKeys.Of(term), term.Kind, weight, FromGlossary: true, ExpandedFrom: source, Written: WrittenFor(term, expansionWords)));
                }
            }
        }

        if (lexicon is not null)
        {
            Translate(terms, analyzed, own, covered, lexicon);
        }

        return [.. terms.Values];
    }

    /// <summary>
    /// Adds the lexicon's translations of each word (by position: its stem, else the word) that no glossary entry covered;
    /// a word's translations share <see cref="TranslationWeight"/> in proportion to their probabilities.
    /// </summary>
    private static void Translate(Dictionary<string, QueryTerm> terms, List<AnalyzedTerm> analyzed, HashSet<string> own, HashSet<string> covered, Lexicon lexicon)
    {
        foreach (var word in analyzed.Where(t => t.Kind != TermKind.Bigram).GroupBy(t => t.Position))
        {
            var key = TermKeys.Of(word.FirstOrDefault(t => t.Kind == TermKind.Stem) is { Text: not null } stem ? stem : word.First());
            if (covered.Contains(key) || word.Any(t => covered.Contains(TermKeys.Of(t))))
            {
                continue;
            }

            var translations = lexicon.Of(key);
            var total = translations.Sum(t => t.Probability);
            foreach (var translation in translations)
            {
                var share = TranslationWeight * translation.Probability / total;
                var written = WrittenWords(translation.Terms);
                foreach (var term in translation.Terms)
                {
                    var termKey = TermKeys.Of(term);
                    if (own.Contains(termKey))
                    {
                        continue; // the user wrote it already
                    }

                    var weight = (term.Kind == TermKind.Bigram ? BigramWeight : 1f) * share;
                    Add(terms, new QueryTerm(termKey, term.Kind, weight, FromGlossary: true, ExpandedFrom: translation.Source, Written: WrittenFor(term, written)));
                }
            }
        }
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
