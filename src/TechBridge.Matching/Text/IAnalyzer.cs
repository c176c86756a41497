namespace TechBridge.Matching.Text;

/// <summary>Turns text into index/query terms. Implementations are thread-safe and allocation-light.</summary>
public interface IAnalyzer
{
    /// <summary>Appends the terms of <paramref name="text"/> to <paramref name="terms"/> (positions start at 0 per call).</summary>
    void Analyze(string text, List<AnalyzedTerm> terms);

    /// <summary>
    /// Hands the terms of <paramref name="text"/> to <paramref name="sink"/> in order (positions start at 0 per call).
    /// The analysers here do it without making a string per term; this default goes through a list.
    /// </summary>
    void Analyze(string text, ITermSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        var terms = new List<AnalyzedTerm>();
        Analyze(text, terms);
        foreach (var term in terms)
        {
            sink.Add(term.Text, term.Kind, term.Position);
        }
    }
}
