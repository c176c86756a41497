using System.Text;

namespace TechBridge.Core.Programs.Review.Conflicts;

/// <summary>
/// Revised Romanization of Korean, syllable by syllable, as names are written (김민준 → Gim Minjun; no sound changes
/// across syllables). Characters that are not Hangul syllables are kept.
/// </summary>
public static class KoreanRomanization
{
    private static readonly string[] Initials = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];

    private static readonly string[] Medials =
        ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"];

    private static readonly string[] Finals =
        ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"];

    public static bool IsHangulSyllable(char c) => c is >= '\uAC00' and <= '\uD7A3';

    public static string Romanize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length * 3);
        foreach (var c in text)
        {
            if (!IsHangulSyllable(c))
            {
                result.Append(c);
                continue;
            }

            var index = c - '\uAC00';
            result.Append(Initials[index / (21 * 28)]).Append(Medials[index % (21 * 28) / 28]).Append(Finals[index % 28]);
        }

        return result.ToString();
    }
}
