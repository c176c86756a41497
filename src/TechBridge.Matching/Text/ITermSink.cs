namespace TechBridge.Matching.Text;

/// <summary>
/// Receives terms as an analyser produces them. The text is only valid during the call, so an index builder can
/// look a term up by its characters without a string being made for it.
/// </summary>
public interface ITermSink
{
    /// <summary>One term: its characters (valid only during the call), kind and token position.</summary>
    void Add(ReadOnlySpan<char> text, TermKind kind, int position);

    /// <summary>One term the analyser already holds as a string (an English word it stems, say).</summary>
    void Add(string text, TermKind kind, int position) => Add(text.AsSpan(), kind, position);
}
