using TechBridge.Matching.Text;

namespace TechBridge.Matching.Index;

/// <summary>
/// Words and stems share one term space, so a query word finds the same word written with a particle
/// ("반도체" ↔ "반도체를" → stem "반도체") or inflected ("battery" ↔ "batteries" → "batteri").
/// Korean bigrams live in their own space: "반도" the bigram is not "반도" the word.
/// </summary>
public static class TermKeys
{
    internal const char BigramPrefix = '\u0002';

    public static string Of(in AnalyzedTerm term) =>
        term.Kind == TermKind.Bigram ? string.Concat(BigramPrefix.ToString(), term.Text) : term.Text;

    public static bool IsBigram(string key) => key.Length > 0 && key[0] == BigramPrefix;

    /// <summary>The key one word is looked up by: its stem when the analyser made one, else the word itself.</summary>
    public static string Reduced(IEnumerable<AnalyzedTerm> termsOfOneWord)
    {
        ArgumentNullException.ThrowIfNull(termsOfOneWord);
        var terms = termsOfOneWord as IReadOnlyCollection<AnalyzedTerm> ?? [.. termsOfOneWord];
        return Of(terms.FirstOrDefault(t => t.Kind == TermKind.Stem) is { Text: not null } stem ? stem : terms.First());
    }

    /// <summary>The term as a person reads it (without the internal prefix).</summary>
    public static string Display(string key) => IsBigram(key) ? key[1..] : key;
}
