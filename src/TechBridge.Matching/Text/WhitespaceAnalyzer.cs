namespace TechBridge.Matching.Text;

/// <summary>
/// The naive baseline: lower-case, split on anything that is not a letter or digit, emit every piece as a
/// <see cref="TermKind.Word"/>. No normalisation, stop words, stemming, particle stripping or bigrams, so
/// "반도체를" and "반도체" never match. It exists to measure what <see cref="BilingualAnalyzer"/> gains on Korean.
/// </summary>
public sealed class WhitespaceAnalyzer : IAnalyzer
{
    /// <inheritdoc/>
    public void Analyze(string text, List<AnalyzedTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        Analyze(text, new ListTermSink(terms, TermCache.Current));
    }

    /// <inheritdoc/>
    public void Analyze(string text, ITermSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        Span<char> scratch = stackalloc char[BilingualAnalyzer.MaxTermLength];
        var position = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start >= 0)
            {
                var token = text.AsSpan(start, i - start);
                if (token.Length <= scratch.Length)
                {
                    var length = token.ToLowerInvariant(scratch);
                    sink.Add(scratch[..length], TermKind.Word, position);
                }

                position++;
                start = -1;
            }
        }
    }
}
