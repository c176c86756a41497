using System.Collections.Frozen;

namespace TechBridge.Matching.Text;

/// <summary>
/// Removes one trailing Korean particle or ending from a token by a longest-match rule table
/// (the rules, examples and exceptions are documented on <c>KoreanSuffixRules</c>).
/// </summary>
/// <remarks>
/// <para>The longest suffix in the table that satisfies all of these wins; otherwise a shorter one is tried:</para>
/// <list type="number">
/// <item>the stem keeps at least one character, or for ambiguous suffixes (이, 가, 도, 나, 만, 의, 과, 로, 란, 뿐, 한, 할,
/// 함, -적인 ...) at least two Hangul syllables or a non-Hangul letter: "국가", "정도", "반도", "회의", "10도" stay whole,
/// "ai가" → "ai";</item>
/// <item>the syllable before the suffix matches the suffix's sound condition (를 after a vowel, 을 after a consonant, ...);</item>
/// <item>the split does not cut through a protected noun ("연구성과" is not 연구성+과; "대면적으로" → "대면적").</item>
/// </list>
/// <para>The stem is always a prefix of the token; a token that does not end in a Hangul syllable is returned whole.
/// A non-Hangul prefix counts as stem ("sic기판을" → "sic기판", "ai와" → "ai").</para>
/// </remarks>
public static class KoreanSuffixStripper
{
    private static readonly FrozenDictionary<string, SuffixRule>.AlternateLookup<ReadOnlySpan<char>> Rules =
        KoreanSuffixRules.BySuffix.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Protected =
        KoreanSuffixRules.Protected.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int MaxProtectedLength = KoreanSuffixRules.Protected.Max(w => w.Length);

    /// <summary>Last syllables of all suffixes: most tokens end in none of them and are rejected with one array read.</summary>
    private static readonly bool[] FinalSyllables = BuildFinalSyllables();

    private static bool[] BuildFinalSyllables()
    {
        var finals = new bool['\uD7A3' - '\uAC00' + 1];
        foreach (var suffix in KoreanSuffixRules.BySuffix.Keys)
        {
            finals[suffix[^1] - '\uAC00'] = true;
        }

        return finals;
    }

    /// <summary>Returns the stem of <paramref name="token"/> (the token itself when nothing is stripped).</summary>
    /// <param name="token">A normalised token, e.g. "반도체를".</param>
    /// <returns>The stem, e.g. "반도체".</returns>
    public static string Strip(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var length = StemLength(token);
        return length == token.Length ? token : token[..length];
    }

    /// <summary>Returns the stem of <paramref name="token"/> as a prefix slice of it.</summary>
    public static ReadOnlySpan<char> Strip(ReadOnlySpan<char> token) => token[..StemLength(token)];

    /// <summary>Returns the length of the stem of <paramref name="token"/>, which is its prefix of that length.</summary>
    public static int StemLength(ReadOnlySpan<char> token)
    {
        if (token.Length < 2 || !Hangul.IsSyllable(token[^1]) || !FinalSyllables[token[^1] - '\uAC00'])
        {
            return token.Length;
        }

        for (var length = Math.Min(KoreanSuffixRules.MaxSuffixLength, token.Length - 1); length >= 1; length--)
        {
            var split = token.Length - length;
            if (Rules.TryGetValue(token[split..], out var rule) && Allows(token, split, rule))
            {
                return split;
            }
        }

        return token.Length;
    }

    private static bool Allows(ReadOnlySpan<char> token, int split, SuffixRule rule)
    {
        var before = token[split - 1];

        // A Latin or other non-Hangul letter before an ambiguous suffix is a whole word ("ai가", "sic의"); a digit is
        // not ("10도" is ten degrees, "3만" thirty thousand).
        if (rule.MinStem > 1 && TrailingSyllables(token[..split]) < rule.MinStem
            && (Hangul.IsHangul(before) || !char.IsLetter(before)))
        {
            return false;
        }

        if (Hangul.IsSyllable(before) && !Sounds(before, rule.Attach))
        {
            return false;
        }

        return !CutsProtectedWord(token, split);
    }

    private static int TrailingSyllables(ReadOnlySpan<char> stem)
    {
        var count = 0;
        for (var i = stem.Length - 1; i >= 0 && Hangul.IsSyllable(stem[i]); i--)
        {
            count++;
        }

        return count;
    }

    private static bool Sounds(char syllable, Attach attach) => attach switch
    {
        Attach.AfterConsonant => Hangul.HasFinal(syllable),
        Attach.AfterVowel => !Hangul.HasFinal(syllable),
        Attach.AfterVowelOrRieul => !Hangul.HasFinal(syllable) || Hangul.HasFinalRieul(syllable),
        Attach.AfterConsonantNotRieul => Hangul.HasFinal(syllable) && !Hangul.HasFinalRieul(syllable),
        _ => true,
    };

    /// <summary>True when some protected word starts before <paramref name="split"/> and ends after it.</summary>
    private static bool CutsProtectedWord(ReadOnlySpan<char> token, int split)
    {
        for (var start = Math.Max(0, split - (MaxProtectedLength - 1)); start < split; start++)
        {
            var maxEnd = Math.Min(token.Length, start + MaxProtectedLength);
            for (var end = split + 1; end <= maxEnd; end++)
            {
                if (Protected.Contains(token[start..end]))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
