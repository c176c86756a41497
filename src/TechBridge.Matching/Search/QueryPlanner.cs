using TechBridge.Matching.Index;
using TechBridge.Matching.Text;

namespace TechBridge.Matching.Search;

/// <summary>Analyses query text into weighted terms and adds glossary expansions.</summary>
public sealed class QueryPlanner(IAnalyzer analyzer)
{
    /// <summary>Weight of a Korean syllable bigram relative to a whole word: recall, not precision.</summary>
    public const float BigramWeight = 0.3f;

    /// <summary>
    /// Weight of a word's exact form when the word also has a stem ("batteries" beside "batteri"): the stem carries the
    /// match, the exact form only a small bonus. At 1 (before) every inflected English word counted twice, which let
    /// frequent inflected words outweigh rarer ones; 0.2 was chosen on the dev split of the public LibreOffice help set
    /// (English nDCG@10 0.595 → 0.645; docs/quality.md).
    /// </summary>
    public const float ExactFormWeight = 0.2f;

    /// <summary>Weight of a glossary expansion relative to the user's own term.</summary>
    public const float ExpansionWeight = 0.5f;

    /// <summary>
    /// The weight a Korean word's English translations share (by their probabilities), relative to the user's own term;
    /// chosen on the dev split of the public LibreOffice help set (docs/quality.md): higher costs Korean-only search.
    /// </summary>
    public const float KoreanToEnglishWeight = 0.3f;

    /// <summary>The same for an English word's Korean translations (an English query rarely matches Korean text by itself).</summary>
    public const float EnglishToKoreanWeight = 1.0f;

    /// <summary>What a term of the user's own text weighs by its form: a bigram or an exact form beside its stem less than a word.</summary>
    public static float FormWeight(TermKind kind, bool besideItsStem) =>
        kind == TermKind.Bigram ? BigramWeight : besideItsStem ? ExactFormWeight : 1f;

    /// <summary>
    /// Analyses the query, expands it through the glossary, choosing the senses of ambiguous words by
    /// <paramref name="contextTopics"/> (the fields the search is limited to) and the query's other words, then translates
    /// the words the glossary did not cover through the <paramref name="lexicon"/>.
    /// </summary>
    public IReadOnlyList<QueryTerm> Plan(string text, Glossary? glossary, IReadOnlySet<string>? contextTopics = null, Lexicon? lexicon = null)
    {
        var analyzed = new List<AnalyzedTerm>();
        analyzer.Analyze(text ?? string.Empty, analyzed);
        var terms = new Dictionary<string, QueryTerm>(StringComparer.Ordinal);
        var written = WrittenWords(analyzed);
        var stemmedAt = analyzed.Where(t => t.Kind == TermKind.Stem).Select(t => t.Position).ToHashSet();
        foreach (var term in analyzed)
        {
            var weight = FormWeight(term.Kind, term.Kind == TermKind.Word && stemmedAt.Contains(term.Position));
            Add(terms, new QueryTerm(TermKeys.Of(term), term.Kind, weight, Written: WrittenFor(term, written)));
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
    /// a word's translations share <see cref="KoreanToEnglishWeight"/> or <see cref="EnglishToKoreanWeight"/> in proportion to
    /// their probabilities.
    /// </summary>
    private static void Translate(Dictionary<string, QueryTerm> terms, List<AnalyzedTerm> analyzed, HashSet<string> own, HashSet<string> covered, Lexicon lexicon)
    {
        foreach (var word in analyzed.Where(t => t.Kind != TermKind.Bigram).GroupBy(t => t.Position))
        {
            var key = TermKeys.Reduced(word);
            if (covered.Contains(key) || word.Any(t => covered.Contains(TermKeys.Of(t))))
            {
                continue;
            }

            var translations = lexicon.Of(key);
            var total = translations.Sum(t => t.Probability);
            var weight = key.Any(Hangul.IsHangul) ? KoreanToEnglishWeight : EnglishToKoreanWeight;
            foreach (var translation in translations)
            {
                var share = weight * translation.Probability / total;
                var written = WrittenWords(translation.Terms);
                foreach (var term in translation.Terms)
                {
                    var termKey = TermKeys.Of(term);
                    if (own.Contains(termKey))
                    {
                        continue; // the user wrote it already
                    }

                    Add(terms, new QueryTerm(termKey, term.Kind, (term.Kind == TermKind.Bigram ? BigramWeight : 1f) * share, FromGlossary: true, ExpandedFrom: translation.Source, Written: WrittenFor(term, written)));
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
