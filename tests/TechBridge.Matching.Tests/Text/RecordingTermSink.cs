using TechBridge.Matching.Text;

namespace TechBridge.Matching.Tests.Text;

/// <summary>Keeps every term an analyser hands to a sink, its text copied out of the span.</summary>
internal sealed class RecordingTermSink : ITermSink
{
    public List<AnalyzedTerm> Terms { get; } = [];

    public void Add(ReadOnlySpan<char> text, TermKind kind, int position) => Terms.Add(new AnalyzedTerm(text.ToString(), kind, position));
}
