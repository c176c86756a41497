using TechBridge.Matching.Index;
using TechBridge.Matching.Text;

namespace TechBridge.Matching.Search;

/// <summary>
/// The bilingual glossary, analysed once so a query can be expanded in microseconds: when all the words of
/// one side of an entry occur in the query, the other side's terms are added at a lower weight. Immutable;
/// the engine swaps in a new instance when administrators change entries.
/// </summary>
public sealed class Glossary
{
    private readonly Dictionary<string, List<Side>> byFirstKey = new(StringComparer.Ordinal);

    public Glossary(IEnumerable<GlossaryEntry> entries, IAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(analyzer);
        var terms = new List<AnalyzedTerm>();
        foreach (var entry in entries)
        {
            Count++;
            var korean = Analyse(entry.Korean, analyzer, terms);
            var english = Analyse(entry.English, analyzer, terms);
            Register(korean, english, entry.Korean);
            Register(english, korean, entry.English);
        }
    }

    public static Glossary Empty { get; } = new([], NoAnalyzer.Instance);

    public int Count { get; }

    /// <summary>The expansions for a query whose word/stem keys are <paramref name="queryKeys"/>.</summary>
    public IEnumerable<(string Source, AnalyzedTerm[] Terms)> Expansions(IReadOnlySet<string> queryKeys)
    {
        ArgumentNullException.ThrowIfNull(queryKeys);
        foreach (var key in queryKeys)
        {
            if (!byFirstKey.TryGetValue(key, out var sides))
            {
                continue;
            }

            foreach (var side in sides)
            {
                if (side.Required.All(queryKeys.Contains))
                {
                    yield return (side.Source, side.Other);
                }
            }
        }
    }

    private void Register(AnalyzedTerm[] from, AnalyzedTerm[] to, string source)
    {
        // A side matches when every one of its words occurs in the query in its reduced form (the stem where
        // the analyser made one, else the word), so "battery" matches "batteries" and "반도체" matches "반도체를".
        var required = from.Where(t => t.Kind != TermKind.Bigram)
            .GroupBy(t => t.Position)
            .Select(g => TermKeys.Of(g.FirstOrDefault(t => t.Kind == TermKind.Stem) is { Text: not null } stem ? stem : g.First()))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        if (required.Length == 0 || to.Length == 0)
        {
            return;
        }

        var rarest = required.OrderByDescending(k => k.Length).First();
        if (!byFirstKey.TryGetValue(rarest, out var list))
        {
            byFirstKey[rarest] = list = [];
        }

        list.Add(new Side(required, to, source));
    }

    private static AnalyzedTerm[] Analyse(string text, IAnalyzer analyzer, List<AnalyzedTerm> buffer)
    {
        buffer.Clear();
        analyzer.Analyze(text, buffer);
        return [.. buffer];
    }

    private sealed record Side(string[] Required, AnalyzedTerm[] Other, string Source);

    private sealed class NoAnalyzer : IAnalyzer
    {
        public static readonly NoAnalyzer Instance = new();

        public void Analyze(string text, List<AnalyzedTerm> terms)
        {
        }
    }
}
