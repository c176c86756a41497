using TechBridge.Matching.Text;

namespace TechBridge.Matching.Tests.Support;

/// <summary>
/// A transparent analyser for index tests: lower-cased space-separated words; a token written "~ab" becomes the
/// bigram "ab" and "word/stem" emits the word and the stem at one position.
/// </summary>
public sealed class SpaceAnalyzer : IAnalyzer
{
    public static readonly SpaceAnalyzer Instance = new();

    public void Analyze(string text, List<AnalyzedTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var position = 0;
        foreach (var token in (text ?? string.Empty).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.StartsWith('~'))
            {
                terms.Add(new AnalyzedTerm(token[1..], TermKind.Bigram, position));
            }
            else if (token.Contains('/', StringComparison.Ordinal))
            {
                var parts = token.Split('/');
                terms.Add(new AnalyzedTerm(parts[0], TermKind.Word, position));
                terms.Add(new AnalyzedTerm(parts[1], TermKind.Stem, position));
            }
            else
            {
                terms.Add(new AnalyzedTerm(token, TermKind.Word, position));
            }

            position++;
        }
    }
}
