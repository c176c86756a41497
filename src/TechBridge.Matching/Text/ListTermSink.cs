namespace TechBridge.Matching.Text;

/// <summary>Collects terms into a list, their texts taken from the thread's <see cref="TermCache"/>.</summary>
internal sealed class ListTermSink(List<AnalyzedTerm> terms, TermCache cache) : ITermSink
{
    public void Add(ReadOnlySpan<char> text, TermKind kind, int position) =>
        terms.Add(new AnalyzedTerm(cache.GetString(text), kind, position));

    public void Add(string text, TermKind kind, int position) => terms.Add(new AnalyzedTerm(text, kind, position));
}
