using System.Globalization;
using System.Runtime.CompilerServices;

namespace TechBridge.Matching.Text;

/// <summary>Per-character classification shared by the tokenizers; ASCII and Hangul answer without a table lookup.</summary>
internal static class CharClass
{
    /// <summary>Not part of any token (punctuation, symbols, whitespace).</summary>
    public const byte Separator = 255;

    /// <summary>A combining mark: continues whatever run precedes it.</summary>
    public const byte Mark = 254;

    /// <summary>
    /// Classifies the character (or surrogate pair) at <paramref name="index"/>: a <see cref="TokenScript"/> value,
    /// <see cref="Separator"/> or <see cref="Mark"/>; <paramref name="width"/> is 2 for a surrogate pair.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte Classify(ReadOnlySpan<char> text, int index, out int width)
    {
        var c = text[index];
        width = 1;
        if (c < 0x80)
        {
            return char.IsAsciiLetter(c) ? (byte)TokenScript.Latin
                : char.IsAsciiDigit(c) ? (byte)TokenScript.Number
                : Separator;
        }

        return Hangul.IsSyllable(c) ? (byte)TokenScript.Hangul : ClassifyNonAscii(text, index, out width);
    }

    private static byte ClassifyNonAscii(ReadOnlySpan<char> text, int index, out int width)
    {
        var c = text[index];
        width = 1;
        if (Hangul.IsHangul(c))
        {
            return (byte)TokenScript.Hangul;
        }

        if (char.IsHighSurrogate(c))
        {
            if (index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                width = 2;
                var scalar = char.ConvertToUtf32(c, text[index + 1]);
                return FromCategory(CharUnicodeInfo.GetUnicodeCategory(scalar), IsHanScalar(scalar));
            }

            return Separator;
        }

        return FromCategory(CharUnicodeInfo.GetUnicodeCategory(c), IsHan(c), IsLatin(c));
    }

    private static byte FromCategory(UnicodeCategory category, bool han, bool latin = false) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber =>
            han ? (byte)TokenScript.Han : latin ? (byte)TokenScript.Latin : (byte)TokenScript.Other,
        UnicodeCategory.DecimalDigitNumber => (byte)TokenScript.Number,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => Mark,
        _ => Separator,
    };

    private static bool IsLatin(char c) =>
        c is (>= '\u00C0' and <= '\u024F') or (>= '\u1E00' and <= '\u1EFF') or (>= '\u2C60' and <= '\u2C7F')
            or (>= '\uA720' and <= '\uA7FF') or '\u00AA' or '\u00BA';

    private static bool IsHan(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF')
            or '\u3005' or '\u3007';

    private static bool IsHanScalar(int scalar) => scalar is >= 0x20000 and <= 0x3FFFF;
}
