namespace TechBridge.Matching.Text;

/// <summary>Turns text into index/query terms. Implementations are thread-safe and allocation-light.</summary>
public interface IAnalyzer
{
    /// <summary>Appends the terms of <paramref name="text"/> to <paramref name="terms"/> (positions start at 0 per call).</summary>
    void Analyze(string text, List<AnalyzedTerm> terms);
}
