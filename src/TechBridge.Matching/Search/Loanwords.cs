using System.Runtime.CompilerServices;
using TechBridge.Matching.Index;
using TechBridge.Matching.Text;

namespace TechBridge.Matching.Search;

/// <summary>
/// Transliterated loanwords: a query word that neither the glossary nor the lexicon translated is matched, by its
/// <see cref="LoanwordKey"/>, with the index's most frequent word of the other script that has the same key (멤브레인 →
/// "membrane", "sensor" → 센서), added as an expansion. The key tables are built once per immutable segment.
/// </summary>
internal static class Loanwords
{
    /// <summary>Weight of a transliterated word relative to the user's own: below a glossary entry, a guess by sound.</summary>
    public const float Weight = 0.4f;

    private static readonly ConditionalWeakTable<Segment, Keys> Tables = new();

    public static IReadOnlyList<QueryTerm> Add(IReadOnlyList<QueryTerm> query, IndexSnapshot snapshot)
    {
        List<QueryTerm>? added = null;
        var keys = query.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var term in UntranslatedWords.Of(query))
        {
            var hangul = term.Key.All(Hangul.IsSyllable);
            var key = hangul ? LoanwordKey.OfHangul(term.Key) : LoanwordKey.OfLatin(term.Key);
            if (key is null || Best(snapshot, key, latin: hangul) is not { } match || !keys.Add(match))
            {
                continue;
            }

            (added ??= [.. query]).Add(new QueryTerm(match, TermKind.Word, Weight, FromGlossary: true, ExpandedFrom: term.Display));
        }

        return added ?? query;
    }

    /// <summary>The term of the wanted script with this key that most documents contain, over all segments.</summary>
    private static string? Best(IndexSnapshot snapshot, string key, bool latin)
    {
        Dictionary<string, long>? frequencies = null;
        foreach (var segment in snapshot.Segments)
        {
            var keys = Tables.GetValue(segment, Build);
            if ((latin ? keys.Latin : keys.Hangul).TryGetValue(key, out var candidates))
            {
                frequencies ??= new Dictionary<string, long>(StringComparer.Ordinal);
                foreach (var (term, docFreq) in candidates)
                {
                    frequencies[term] = frequencies.GetValueOrDefault(term) + docFreq;
                }
            }
        }

        return frequencies?.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key;
    }

    private static Keys Build(Segment segment)
    {
        var keys = new Keys();
        for (var ordinal = 0; ordinal < segment.TermCount; ordinal++)
        {
            var span = segment.Terms.Key(ordinal);
            if (span.Length < 2 || TermKeys.IsBigram(span.ToString()))
            {
                continue;
            }

            var text = span.ToString();
            var (table, key) = text.All(Hangul.IsSyllable) ? (keys.Hangul, LoanwordKey.OfHangul(text)) : (keys.Latin, LoanwordKey.OfLatin(text));
            if (key is null)
            {
                continue;
            }

            if (!table.TryGetValue(key, out var list))
            {
                table[key] = list = [];
            }

            list.Add((text, segment.DocFreqs[ordinal]));
        }

        return keys;
    }

    private sealed class Keys
    {
        public Dictionary<string, List<(string Term, int DocFreq)>> Latin { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<(string Term, int DocFreq)>> Hangul { get; } = new(StringComparer.Ordinal);
    }
}
