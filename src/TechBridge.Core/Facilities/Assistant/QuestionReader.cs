using System.Text.RegularExpressions;
using TechBridge.Matching.Text;

namespace TechBridge.Core.Facilities.Assistant;

/// <summary>
/// Reads one free-text question (Korean or English) into an <see cref="AssistantQuestion"/>. Pure: the vocabulary and
/// today's KST date are given. Text is normalised the way the matching engine normalises it (NFKC, lower case), so
/// full-width letters and spacing variants ("주사 전자 현미경") read the same.
/// </summary>
public static partial class QuestionReader
{
    public const int MaxTypoDistance = 1;

    public static AssistantQuestion Read(string question, AssistantVocabulary vocabulary, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var text = Aliases(TextNormalizer.Normalize(question));
        var intent = IntentWords.Of(text);
        var period = PeriodReader.Read(ref text, today);
        var subject = EquipmentTerms.Find(text, vocabulary);
        var rest = subject is { Known: true } ? EquipmentTerms.Without(text, subject) : text;
        var words = Words(rest);
        var industry = IndustryOf(words, rest, vocabulary);
        var city = CityOf(words, vocabulary);
        if (subject is null)
        {
            var left = words.Where(w => !StopWords.Contains(w) && w != city?.ToLowerInvariant() && !IndustryWord(w, vocabulary)).ToList();
            subject = left.Count == 0 ? null : Leftover(left);
        }

        var hasPeriod = period.From is not null || period.Hours is not null || period.Days is not null;
        if (intent is null)
        {
            intent = hasPeriod ? AssistantIntent.Availability : AssistantIntent.Find;
        }

        return new AssistantQuestion(intent.Value, subject, industry, city, period.From, period.To, period.Hours, period.Days);
    }

    /// <summary>The question's words, Korean ones without their particles ("XRD를" → "xrd", "현미경은" → "현미경").</summary>
    public static List<string> Words(string text) =>
        [.. WordPattern().Matches(text).Select(m => AssistantVocabulary.HasHangul(m.Value) ? KoreanSuffixStripper.Strip(m.Value) : m.Value)
            .Where(w => w.Length > 0)];

    // Spoken forms of X-ray ("엑스선", "엑스레이") are written "X선" in the catalogue and the glossary.
    private static string Aliases(string text) => XRayAlias().Replace(text, "x선");

    private static EquipmentSubject Leftover(List<string> words)
    {
        var phrase = string.Join(' ', words);
        var texts = new List<string> { phrase };
        texts.AddRange(words.Where(w => w.Length >= 2).OrderByDescending(w => w.Length));
        return new EquipmentSubject(phrase, phrase, [.. texts.Distinct(StringComparer.Ordinal)], Known: false);
    }

    private static string? IndustryOf(List<string> words, string text, AssistantVocabulary vocabulary)
    {
        var compact = AssistantVocabulary.Compact(text);
        foreach (var industry in vocabulary.Industries)
        {
            if (compact.Contains(AssistantVocabulary.Compact(industry.Korean), StringComparison.Ordinal)
                || Regex.IsMatch(text, $@"(?<![a-z]){Regex.Escape(industry.English.ToLowerInvariant())}(?![a-z])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
            {
                return industry.Code;
            }
        }

        return vocabulary.Industries.FirstOrDefault(i => words.Any(w => IndustryParts(i).Contains(w)))?.Code;
    }

    private static bool IndustryWord(string word, AssistantVocabulary vocabulary) => vocabulary.Industries.Any(i => IndustryParts(i).Contains(word));

    /// <summary>The words an industry goes by alone: "소재", "바이오", "자동차", "항공", "materials", "material", "bio", "marine".</summary>
    private static HashSet<string> IndustryParts(AssistantVocabulary.IndustryName industry)
    {
        var parts = new HashSet<string>(StringComparer.Ordinal) { industry.Korean };
        // The compound names join two words: 기계+로봇, 전기+전자, 조선+해양, 자동차+항공.
        if (industry.Korean.Length is 4 or 5)
        {
            var split = industry.Korean.Length - 2;
            parts.Add(industry.Korean[..split]);
            parts.Add(industry.Korean[split..]);
        }

        foreach (var word in industry.English.ToLowerInvariant().Split([' ', '&', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            parts.Add(word);
            parts.Add(word.TrimEnd('s'));
        }

        return parts;
    }

    private static string? CityOf(List<string> words, AssistantVocabulary vocabulary) =>
        vocabulary.Cities.FirstOrDefault(c => words.Any(w => CityMatches(c, w)));

    private static bool CityMatches(string city, string word)
    {
        var name = city.ToLowerInvariant();
        if (word == name)
        {
            return true;
        }

        // "대전광역시" and "대전시" go by "대전"; "세종특별자치시" by "세종".
        foreach (var suffix in new[] { "특별자치시", "특별자치도", "특별시", "광역시", "시", "도", "-si", "-do" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length - suffix.Length >= 2 && word == name[..^suffix.Length])
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}\-]*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"엑스\s*(?:선|레이)", RegexOptions.CultureInvariant)]
    private static partial Regex XRayAlias();
}
