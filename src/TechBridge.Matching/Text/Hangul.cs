namespace TechBridge.Matching.Text;

/// <summary>Hangul code-point arithmetic: which characters are Hangul and what a syllable ends with.</summary>
internal static class Hangul
{
    private const char FirstSyllable = '\uAC00';
    private const char LastSyllable = '\uD7A3';
    private const int FinalCount = 28;

    /// <summary>The final-consonant index of ㄹ in a precomposed syllable.</summary>
    private const int FinalRieul = 8;

    /// <summary>True for precomposed syllables and for all jamo blocks (conjoining, compatibility, extended).</summary>
    public static bool IsHangul(char c) =>
        c is (>= FirstSyllable and <= LastSyllable) or (>= '\u1100' and <= '\u11FF') or (>= '\u3130' and <= '\u318F')
            or (>= '\uA960' and <= '\uA97F') or (>= '\uD7B0' and <= '\uD7FF');

    /// <summary>True for a precomposed syllable such as '반'.</summary>
    public static bool IsSyllable(char c) => c is >= FirstSyllable and <= LastSyllable;

    /// <summary>True when the syllable has a final consonant (받침): '반' yes, '도' no.</summary>
    public static bool HasFinal(char syllable) => (syllable - FirstSyllable) % FinalCount != 0;

    /// <summary>True when the syllable's final consonant is ㄹ: '술' yes.</summary>
    public static bool HasFinalRieul(char syllable) => (syllable - FirstSyllable) % FinalCount == FinalRieul;
}
