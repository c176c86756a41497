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

    /// <summary>The term as a person reads it (without the internal prefix).</summary>
    public static string Display(string key) => IsBigram(key) ? key[1..] : key;
}
