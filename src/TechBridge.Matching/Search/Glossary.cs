using TechBridge.Matching.Index;
using TechBridge.Matching.Text;

namespace TechBridge.Matching.Search;

/// <summary>
/// The bilingual glossary, analysed once so a query can be expanded in microseconds: when all the words of
/// one side of an entry occur in the query, the other side's terms are added at a lower weight. Immutable;
/// the engine swaps in a new instance when administrators change entries.
/// <para><b>Senses.</b> An entry's topics are its field codes that name a subject (all codes, unless the constructor is
/// told which do; "GENERAL_RND" and the like are not topics). When the query's words match entries of different topics
/// on the same words ("cell": 셀 for batteries, 세포 for biology), only the senses that share a topic with the query's
/// context are used: the fields the search is limited to, and the topics of the other entries the query matched
/// ("hydrogen", "fuel cell" → new energy). With no context, every sense is used; with a context that supports none, none
/// is when a longer entry the query matched covers the words ("fuel cell" for "cell"), else every sense is. A word with
/// one sense is always expanded.</para>
/// </summary>
public sealed partial class Glossary
{
    private readonly Dictionary<string, List<Side>> byFirstKey = new(StringComparer.Ordinal);

    public Glossary(IEnumerable<GlossaryEntry> entries, IAnalyzer analyzer, IReadOnlySet<string>? topicCodes = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(analyzer);
        var terms = new List<AnalyzedTerm>();
        foreach (var entry in entries)
        {
            Count++;
            var topics = entry.Fields.Where(f => topicCodes is null || topicCodes.Contains(f)).Distinct(StringComparer.Ordinal).ToArray();
            var korean = Analyse(entry.Korean, analyzer, terms);
            var english = Analyse(entry.English, analyzer, terms);
            Register(korean, english, entry.Korean, topics);
            Register(english, korean, entry.English, topics);
        }
    }

    public static Glossary Empty { get; } = new([], NoAnalyzer.Instance);

    public int Count { get; }

    /// <summary>
    /// The expansions (the entry's text, the other side's terms, and the query keys the entry matched) for a query whose
    /// word/stem keys are <paramref name="queryKeys"/>, with the senses of ambiguous
    /// words chosen by <paramref name="contextTopics"/> (the fields the search is limited to) and the other matches.
    /// </summary>
    public IEnumerable<(string Source, AnalyzedTerm[] Terms, string[] Words)> Expansions(IReadOnlySet<string> queryKeys, IReadOnlySet<string>? contextTopics = null)
    {
        ArgumentNullException.ThrowIfNull(queryKeys);
        var matched = new List<Side>();
        foreach (var key in queryKeys)
        {
            if (byFirstKey.TryGetValue(key, out var sides))
            {
                matched.AddRange(sides.Where(side => side.Required.All(queryKeys.Contains)));
            }
        }

        foreach (var words in matched.GroupBy(m => m.RequiredKey, StringComparer.Ordinal))
        {
            var senses = words.ToList();
            var ambiguous = senses.Where(s => s.Topics.Length > 0).Select(s => s.TopicKey).Distinct(StringComparer.Ordinal).Count() > 1;
            var context = ambiguous ? Context(contextTopics, matched, words.Key) : null;
            var supported = context is null || context.Count == 0 ? senses : senses.Where(s => s.Topics.Length == 0 || s.Topics.Any(context.Contains)).ToList();
            if (supported.Count == 0 && !CoveredByLonger(senses[0], matched))
            {
                supported = senses; // the context cannot tell, and no longer entry speaks for these words
            }

            foreach (var side in supported)
            {
                yield return (side.Source, side.Other, side.Required);
            }
        }
    }

    /// <summary>Whether a longer entry the query matched contains all of <paramref name="side"/>'s words ("fuel cell" for "cell").</summary>
    private static bool CoveredByLonger(Side side, List<Side> matched) =>
        matched.Any(m => m.Required.Length > side.Required.Length && side.Required.All(m.Required.Contains));

    /// <summary>The search's fields and the topics of the entries matched on other words than <paramref name="words"/>.</summary>
    private static HashSet<string> Context(IReadOnlySet<string>? contextTopics, List<Side> matched, string words)
    {
        var context = new HashSet<string>(contextTopics ?? new HashSet<string>(), StringComparer.Ordinal);
        foreach (var other in matched.Where(m => m.RequiredKey != words))
        {
            context.UnionWith(other.Topics);
        }

        return context;
    }

    private void Register(AnalyzedTerm[] from, AnalyzedTerm[] to, string source, string[] topics)
    {
        // A side matches when every one of its words occurs in the query in its reduced form (the stem where
        // the analyser made one, else the word), so "battery" matches "batteries" and "반도체" matches "반도체를".
        // An acronym is matched as written: "AIS" must not match "AI" through its stem.
        var acronyms = Acronym.Matches(source).Select(m => m.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var required = from.Where(t => t.Kind != TermKind.Bigram)
            .GroupBy(t => t.Position)
            .Select(g =>
            {
                var stem = g.FirstOrDefault(t => t.Kind == TermKind.Stem);
                var word = g.FirstOrDefault(t => t.Kind == TermKind.Word);
                var asWritten = word.Text is not null && acronyms.Contains(word.Text);
                return TermKeys.Of(stem.Text is not null && !asWritten ? stem : asWritten ? word : g.First());
            })
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

        list.Add(new Side(required, to, source, topics));
    }

    private static AnalyzedTerm[] Analyse(string text, IAnalyzer analyzer, List<AnalyzedTerm> buffer)
    {
        buffer.Clear();
        analyzer.Analyze(text, buffer);
        return [.. buffer];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b[A-Z][A-Z0-9]+\b")]
    private static partial System.Text.RegularExpressions.Regex AcronymPattern();

    private static System.Text.RegularExpressions.Regex Acronym => AcronymPattern();

    private sealed record Side(string[] Required, AnalyzedTerm[] Other, string Source, string[] Topics)
    {
        /// <summary>The query words this side needs, as one key: senses of the same words share it.</summary>
        public string RequiredKey { get; } = string.Join(' ', Required.Order(StringComparer.Ordinal));

        public string TopicKey { get; } = string.Join(';', Topics.Order(StringComparer.Ordinal));
    }

    private sealed class NoAnalyzer : IAnalyzer
    {
        public static readonly NoAnalyzer Instance = new();

        public void Analyze(string text, List<AnalyzedTerm> terms)
        {
        }
    }
}
