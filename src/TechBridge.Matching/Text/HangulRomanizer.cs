namespace TechBridge.Matching.Text;

/// <summary>
/// Hangul syllables in Latin letters as Korean names are written: the Revised Romanization of Korean (2000), syllable by
/// syllable as names are romanized (김민준 → "kim", "min", "jun"), and the spellings people commonly choose instead
/// ("joon" for 준, "hyun" for 현, "young" for 영, "k" for an initial ㄱ).
/// </summary>
public static class HangulRomanizer
{
    private const char FirstSyllable = '\uAC00';
    private const char LastSyllable = '\uD7A3';

    // Initial consonants in Unicode order: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ
    private static readonly string[] Initials = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];

    // Vowels: ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ
    private static readonly string[] Vowels =
        ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"];

    // Finals as pronounced at the end of a syllable: none ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ
    private static readonly string[] Finals =
        ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"];

    /// <summary>Initials that names also spell the other way (ㄱ as k, ㄷ as t, ㅂ as p, ㅈ as ch).</summary>
    private static readonly Dictionary<string, string> InitialAlternatives = new(StringComparer.Ordinal)
    {
        ["g"] = "k", ["d"] = "t", ["b"] = "p", ["j"] = "ch",
    };

    /// <summary>Vowel spellings common in names beside the Revised Romanization ones (준 joon, 현 hyun, 영 young, 희 hee).</summary>
    private static readonly Dictionary<string, string[]> VowelAlternatives = new(StringComparer.Ordinal)
    {
        ["eo"] = ["u"], ["yeo"] = ["yu"], ["u"] = ["oo"], ["ui"] = ["ee"], ["i"] = ["ee"], ["eu"] = ["u"], ["oe"] = ["oi"],
    };

    /// <summary>The Revised Romanization of a word of Hangul syllables, syllable by syllable; null when it holds anything else.</summary>
    public static string? Romanize(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length == 0 || !word.All(IsSyllable))
        {
            return null;
        }

        return string.Concat(word.Select(c => Parts(c) is var (i, v, f) ? i + v + f : string.Empty));
    }

    /// <summary>
    /// The ways one syllable is spelled in names, the Revised Romanization first: 준 → jun, joon, chun, choon.
    /// A syllable without an initial consonant before u is also written with w (우 → u, oo, woo).
    /// </summary>
    public static IReadOnlyList<string> Spellings(char syllable)
    {
        if (!IsSyllable(syllable))
        {
            return [];
        }

        var (initial, vowel, final) = Parts(syllable);
        var initials = InitialAlternatives.TryGetValue(initial, out var otherInitial) ? new[] { initial, otherInitial } : [initial];
        var vowels = new List<string> { vowel };
        vowels.AddRange(VowelAlternatives.GetValueOrDefault(vowel, []));
        if (vowel == "yeo" && final == "ng")
        {
            vowels.Add("you"); // 영 young
        }

        var spellings = new List<string>();
        foreach (var i in initials)
        {
            foreach (var v in vowels)
            {
                spellings.Add(i + v + final);
            }
        }

        if (initial.Length == 0 && vowel == "u")
        {
            spellings.Add("woo");
        }

        return spellings.Distinct(StringComparer.Ordinal).ToList();
    }

    private static bool IsSyllable(char c) => c is >= FirstSyllable and <= LastSyllable;

    private static (string Initial, string Vowel, string Final) Parts(char syllable)
    {
        var index = syllable - FirstSyllable;
        return (Initials[index / (21 * 28)], Vowels[index / 28 % 21], Finals[index % 28]);
    }
}
