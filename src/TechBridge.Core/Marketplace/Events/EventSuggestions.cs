using TechBridge.Matching.Text;

namespace TechBridge.Core.Marketplace.Events;

/// <summary>
/// "People you should meet": ranks the other participants for one participant by a documented overlap score, using the
/// matching engine's Korean/English analyser (words, stems, particles stripped) on the profile texts:
/// 3 points per shared field, plus 1 per distinct term of my requests found in their offers, plus 1 per distinct term of
/// my offers found in their requests. Participants with no overlap are left out; ties go by name. The shared fields and
/// words are returned to show why.
/// </summary>
public static class EventSuggestions
{
    public const int FieldPoints = 3;

    private static readonly BilingualAnalyzer Analyzer = new(emitBigrams: false);

    public sealed record Profile(Guid Id, string Name, string Organization, string Offers, string Requests, IReadOnlyList<string> Fields);

    public static IReadOnlyList<MeetingSuggestion> Rank(Profile me, IEnumerable<Profile> others, Func<string, string> fieldName, int take = 10)
    {
        ArgumentNullException.ThrowIfNull(me);
        ArgumentNullException.ThrowIfNull(fieldName);
        var myRequests = WordsByTerm(me.Requests);
        var myOffers = WordsByTerm(me.Offers);
        return others.Where(o => o.Id != me.Id)
            .Select(o =>
            {
                var fields = me.Fields.Intersect(o.Fields, StringComparer.Ordinal).ToList();
                var wanted = myRequests.Keys.Intersect(Terms(o.Offers), StringComparer.Ordinal).ToList();
                var offered = myOffers.Keys.Intersect(Terms(o.Requests), StringComparer.Ordinal).ToList();
                // Shown as the participant wrote the word ("batteries"), never as the engine's stem ("batteri").
                var words = wanted.Select(t => myRequests[t]).Concat(offered.Select(t => myOffers[t]))
                    .Distinct(StringComparer.Ordinal).Take(8).ToList();
                return new MeetingSuggestion(o.Id, o.Name, o.Organization, (FieldPoints * fields.Count) + wanted.Count + offered.Count,
                    fields.Select(fieldName).ToList(), words);
            })
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score).ThenBy(s => s.Name, StringComparer.Ordinal)
            .Take(take)
            .ToList();
    }

    /// <summary>The distinct words and stems of a text (a Korean word counts by its stem, without particles).</summary>
    public static IReadOnlyList<string> Terms(string? text) => [.. WordsByTerm(text).Keys];

    /// <summary>Each distinct term of a text with the first word that produced it, for showing.</summary>
    internal static Dictionary<string, string> WordsByTerm(string? text)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text))
        {
            return result;
        }

        var terms = new List<AnalyzedTerm>();
        Analyzer.Analyze(text, terms);
        // A word that has a stem counts once, by its stem, so "batteries" and "battery" meet at "batteri".
        var words = terms.Where(t => t.Kind == TermKind.Word).GroupBy(t => t.Position).ToDictionary(g => g.Key, g => g.First().Text);
        var stemmed = terms.Where(t => t.Kind == TermKind.Stem).Select(t => t.Position).ToHashSet();
        foreach (var term in terms.Where(t => t.Kind == TermKind.Stem || (t.Kind == TermKind.Word && !stemmed.Contains(t.Position))))
        {
            if (term.Text.Length > 1)
            {
                result.TryAdd(term.Text, words.GetValueOrDefault(term.Position, term.Text));
            }
        }

        return result;
    }
}
