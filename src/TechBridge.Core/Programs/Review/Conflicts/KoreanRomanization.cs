using TechBridge.Matching.Text;

namespace TechBridge.Core.Programs.Review.Conflicts;

/// <summary>
/// Revised Romanization of Korean, syllable by syllable, as names are written (김민준 → Gim Minjun; no sound changes
/// across syllables), by <see cref="HangulRomanizer"/>. Characters that are not Hangul syllables are kept.
/// </summary>
public static class KoreanRomanization
{
    public static bool IsHangulSyllable(char c) => c is >= '\uAC00' and <= '\uD7A3';

    public static string Romanize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Concat(text.Select(c => IsHangulSyllable(c) ? HangulRomanizer.Spellings(c)[0] : c.ToString()));
    }
}
