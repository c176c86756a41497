using TechBridge.Matching.Index;
using TechBridge.Matching.Text;

namespace TechBridge.Matching.Search;

/// <summary>
/// A learned bilingual word lexicon for query translation without a model: a query word the glossary does not cover is
/// translated into its most probable words in the other language (at most <see cref="MaxTranslations"/>, each at least
/// <see cref="MinProbability"/>), and the translations share the word's expansion weight in proportion to their
/// probabilities, so a word with one sure translation adds it at full expansion weight and a vague word adds several
/// light ones. Korean words are looked up by their stem ("개선을" → 개선), English ones by their Porter stem, so
/// "improve" and "improved" share their translations. Immutable and thread-safe.
/// </summary>
public sealed class Lexicon
{
    public const int MaxTranslations = 3;

    public const float MinProbability = 0.1f;

    private readonly Dictionary<string, Translation[]> byKey;

    public Lexicon(IEnumerable<LexiconEntry> entries, IAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(analyzer);
        var buffer = new List<AnalyzedTerm>();
        var candidates = new Dictionary<string, Dictionary<string, (float P, AnalyzedTerm[] Terms, string Source)>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            Count++;
            Add(candidates, analyzer, buffer, entry.Korean, entry.English, entry.EnglishGivenKorean);
            Add(candidates, analyzer, buffer, entry.English, entry.Korean, entry.KoreanGivenEnglish);
        }

        byKey = candidates.ToDictionary(
            c => c.Key,
            c => c.Value.Values.Where(t => t.P >= MinProbability).OrderByDescending(t => t.P).ThenBy(t => t.Source, StringComparer.Ordinal)
                .Take(MaxTranslations).Select(t => new Translation(t.Source, t.Terms, t.P)).ToArray(),
            StringComparer.Ordinal);
    }

    public int Count { get; }

    /// <summary>The translations of a query key (a word or stem), most probable first; empty when the lexicon has none.</summary>
    public IReadOnlyList<Translation> Of(string key) => byKey.TryGetValue(key, out var found) ? found : [];

    private static void Add(
        Dictionary<string, Dictionary<string, (float P, AnalyzedTerm[] Terms, string Source)>> candidates, IAnalyzer analyzer, List<AnalyzedTerm> buffer,
        string from, string to, float probability)
    {
        var key = KeyOf(Analyse(from, analyzer, buffer));
        var target = Analyse(to, analyzer, buffer);
        var targetKey = KeyOf(target);
        if (key is null || targetKey is null)
        {
            return;
        }

        if (!candidates.TryGetValue(key, out var translations))
        {
            candidates[key] = translations = new Dictionary<string, (float, AnalyzedTerm[], string)>(StringComparer.Ordinal);
        }

        // "price" and "prices" meet at one key and may both translate to 가격: keep the surer reading.
        if (!translations.TryGetValue(targetKey, out var existing) || probability > existing.P)
        {
            translations[targetKey] = (probability, target, from);
        }
    }

    /// <summary>The one reduced key of a single word (its stem, else the word); null for phrases and stop words.</summary>
    private static string? KeyOf(AnalyzedTerm[] analyzed)
    {
        var terms = analyzed.Where(t => t.Kind != TermKind.Bigram).ToList();
        if (terms.Count == 0 || terms.Select(t => t.Position).Distinct().Count() != 1)
        {
            return null;
        }

        return TermKeys.Reduced(terms);
    }

    private static AnalyzedTerm[] Analyse(string text, IAnalyzer analyzer, List<AnalyzedTerm> buffer)
    {
        buffer.Clear();
        analyzer.Analyze(text, buffer);
        return [.. buffer];
    }

    /// <summary>A translation: the source word as the lexicon has it, the translation's terms, and p(translation | word).</summary>
    public sealed record Translation(string Source, AnalyzedTerm[] Terms, float Probability);
}
