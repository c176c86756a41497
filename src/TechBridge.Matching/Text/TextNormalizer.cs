using System.Buffers;
using System.Text;

namespace TechBridge.Matching.Text;

/// <summary>
/// Puts text into the one form the tokenizer expects: Unicode NFKC (which also folds full-width
/// Latin/digits to ASCII, compatibility jamo to conjoining jamo, "㎚" to "nm"), invariant lower case,
/// every dash as '-', every single quote as '\'', every double quote as '"', all whitespace runs as one
/// space, no leading/trailing space, zero-width format characters removed.
/// </summary>
/// <remarks>
/// Runs over every document, so it makes at most one pass after NFKC, copies nothing when the input is
/// already normal, and allocates only the result string (and, for the rare text with characters outside the
/// trivially-normal set, the small islands that go through ICU).
/// </remarks>
public static class TextNormalizer
{
    private const int StackLimit = 512;

    /// <summary>Normalises <paramref name="text"/> (NFKC, lower case, unified punctuation, collapsed whitespace).</summary>
    /// <param name="text">Any text; <see langword="null"/> is treated as empty.</param>
    /// <returns>The normalised text; the same instance when nothing had to change.</returns>
    public static string Normalize(string? text) => Normalize(text, lowerCase: true);

    /// <summary>Normalises <paramref name="text"/>, optionally keeping letter case.</summary>
    /// <param name="text">Any text; <see langword="null"/> is treated as empty.</param>
    /// <param name="lowerCase">
    /// <see langword="false"/> keeps case so that a caller can still see acronyms ("IT" is not the stop word "it");
    /// such a caller lower-cases the tokens itself.
    /// </param>
    /// <returns>The normalised text; the same instance when nothing had to change.</returns>
    public static string Normalize(string? text, bool lowerCase)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var composed = ToNfkc(text);
        var source = composed.AsSpan();
        if (!NeedsRewrite(source, lowerCase))
        {
            return composed;
        }

        char[]? rented = null;
        var buffer = source.Length <= StackLimit
            ? stackalloc char[StackLimit]
            : (rented = ArrayPool<char>.Shared.Rent(source.Length));
        try
        {
            var length = Rewrite(source, buffer, lowerCase);
            return new string(buffer[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// NFKC of <paramref name="text"/>. Only the islands of characters outside the trivial set (see
    /// <see cref="IsTrivial"/>) go through ICU, each with the one character before it (a base that a combining mark or
    /// jamo may compose with): a boundary between two trivial characters is one that normalisation never crosses, so a
    /// document with one "℃" costs one tiny ICU call instead of checking and rewriting the whole text.
    /// </summary>
    private static string ToNfkc(string text)
    {
        var next = FirstNonTrivial(text, 0);
        if (next < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 8);
        var copied = 0;
        while (next >= 0)
        {
            var start = next > copied ? next - 1 : next;
            var end = next;
            while (end < text.Length && !IsTrivial(text[end]))
            {
                end++;
            }

            result.Append(text, copied, start - copied).Append(NormalizeIsland(text.Substring(start, end - start)));
            copied = end;
            next = FirstNonTrivial(text, end);
        }

        return result.Append(text, copied, text.Length - copied).ToString();
    }

    private static string NormalizeIsland(string island)
    {
        try
        {
            return island.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // Lone surrogates make normalisation throw; replace them and try once more.
            return ReplaceLoneSurrogates(island).Normalize(NormalizationForm.FormKC);
        }
    }

    private static int FirstNonTrivial(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (!IsTrivial(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// True for a character that NFKC leaves alone, that never composes with a character before it, and that no
    /// character before it can reorder across (ASCII, Latin-1 letters, Hangul syllables, CJK unified ideographs, common
    /// dashes, quotes and the middle dot): almost all of Korean and English text.
    /// </summary>
    private static bool IsTrivial(char c) =>
        c < 0x80 || Hangul.IsSyllable(c) || c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u00C0' and <= '\u00FF')
            or '\u00B7' or '\u2013' or '\u2014' or '\u2018' or '\u2019' or '\u201C' or '\u201D';

    private static string ReplaceLoneSurrogates(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    /// <summary>Cheap pre-check so that already-normal text is returned without a copy.</summary>
    private static bool NeedsRewrite(ReadOnlySpan<char> source, bool lowerCase)
    {
        if (source[0] == ' ' || source[^1] == ' ')
        {
            return true;
        }

        var previousSpace = false;
        foreach (var c in source)
        {
            if (c == ' ')
            {
                if (previousSpace)
                {
                    return true;
                }

                previousSpace = true;
                continue;
            }

            previousSpace = false;
            if (c < 0x80)
            {
                if (c < 0x20 || c == 0x7F || (lowerCase && char.IsAsciiLetterUpper(c)) || c == '`')
                {
                    return true;
                }
            }
            else if (Map(c, lowerCase) != c)
            {
                return true;
            }
        }

        return false;
    }

    private static int Rewrite(ReadOnlySpan<char> source, Span<char> destination, bool lowerCase)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var c in source)
        {
            var mapped = c < 0x80 ? MapAscii(c, lowerCase) : Map(c, lowerCase);
            if (mapped == Space)
            {
                pendingSpace = length > 0;
                continue;
            }

            if (mapped == Drop)
            {
                continue;
            }

            if (pendingSpace)
            {
                destination[length++] = ' ';
                pendingSpace = false;
            }

            destination[length++] = mapped;
        }

        return length;
    }

    // Sentinels from the private-use area: NFKC output never maps to them through Map.
    private const char Space = '\uF8FE';
    private const char Drop = '\uF8FF';

    private static char MapAscii(char c, bool lowerCase)
    {
        if (c <= ' ' || c == 0x7F)
        {
            return Space;
        }

        if (c == '`')
        {
            return '\'';
        }

        return lowerCase && char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
    }

    private static char Map(char c, bool lowerCase)
    {
        if (Hangul.IsSyllable(c))
        {
            return c;
        }

        switch (c)
        {
            // Full-width forms (U+FF0D, U+FF07, ...) were already folded by NFKC.
            case '\u2010' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2043' or '\u2212' or '\uFE58':
                return '-';
            case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032':
                return '\'';
            case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' or '\u301D'
                or '\u301E' or '\u301F':
                return '"';
            case '\u301C':
                return '~';
            // Korean writers use the archaic vowel araea (ㆍ, NFKC: U+119E) as a middle dot between words.
            case '\u318D' or '\u119E':
                return '\u00B7';
            // Zero-width joiners, soft hyphen and BOM sit inside words: removing them rejoins the word.
            case '\u00AD' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                return Drop;
            case '\u200B':
                return Space;
        }

        if (char.IsWhiteSpace(c) || char.IsControl(c))
        {
            return Space;
        }

        return lowerCase && !char.IsSurrogate(c) ? char.ToLowerInvariant(c) : c;
    }
}
