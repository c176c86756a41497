using System.Text.RegularExpressions;
using TechBridge.Matching.Search;
using TechBridge.Matching.Text;

namespace TechBridge.Core.Facilities.Assistant;

/// <summary>
/// The words the assistant recognises: the glossary's equipment pairs (each side with its synonyms), the industries by
/// their Korean and English names, and the cities of the equipment centers.
/// </summary>
public sealed class AssistantVocabulary
{
    private const string EquipmentField = "EQUIPMENT";

    public AssistantVocabulary(IEnumerable<GlossaryEntry> glossary, IEnumerable<(string Code, string Korean, string English)> industries, IEnumerable<string> cities)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        ArgumentNullException.ThrowIfNull(industries);
        ArgumentNullException.ThrowIfNull(cities);
        var pairs = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var display = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in glossary.Where(e => e.Fields.Contains(EquipmentField, StringComparer.Ordinal)))
        {
            var ko = TextNormalizer.Normalize(entry.Korean);
            var en = TextNormalizer.Normalize(entry.English);
            if (ko.Length == 0 || en.Length == 0 || Generic(ko) || Generic(en))
            {
                continue;
            }

            Pair(pairs, ko, en);
            Pair(pairs, en, ko);
            display.TryAdd(ko, entry.Korean.Trim());
            display.TryAdd(en, entry.English.Trim());
        }

        Terms = [.. pairs.Select(p => new Term(p.Key, display[p.Key], Compact(p.Key), HasHangul(p.Key) ? null : LatinPattern(p.Key), p.Value))];
        Display = display;
        Industries = [.. industries.Select(i => new IndustryName(i.Code, i.Korean, i.English))];
        Cities = [.. cities.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    public IReadOnlyList<Term> Terms { get; }

    public IReadOnlyList<IndustryName> Industries { get; }

    public IReadOnlyList<string> Cities { get; }

    /// <summary>A normalised glossary side → as the glossary writes it.</summary>
    public IReadOnlyDictionary<string, string> Display { get; }

    public static string Compact(string text) => new([.. text.Where(c => char.IsLetterOrDigit(c))]);

    public static bool HasHangul(string text) => text.Any(c => c is >= '\uAC00' and <= '\uD7A3');

    /// <summary>A pair made only of words of asking or of equipment in general ("장비 사용료", "equipment usage fee").</summary>
    private static bool Generic(string side) => side.Split(' ').All(w => StopWords.Contains(KoreanSuffixStripper.Strip(w)) || StopWords.Contains(w));

    private static void Pair(Dictionary<string, HashSet<string>> pairs, string from, string to)
    {
        if (!pairs.TryGetValue(from, out var set))
        {
            pairs[from] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(to);
    }

    // Words of a Latin term, spaces and hyphens between them optional, not inside a longer Latin word ("sem" is not in "semiconductor").
    private static Regex LatinPattern(string term)
    {
        var words = Regex.Split(term, @"[\s\-]+").Where(w => w.Length > 0).Select(Regex.Escape);
        return new Regex($@"(?<![a-z0-9]){string.Join(@"[\s\-]*", words)}(?![a-z0-9])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>One side of the glossary's equipment pairs: normalised, as written, compacted (letters and digits only), its pattern if Latin, the sides it pairs with.</summary>
    public sealed record Term(string Key, string Written, string Compact, Regex? Pattern, IReadOnlySet<string> Pairs);

    public sealed record IndustryName(string Code, string Korean, string English);
}
