namespace TechBridge.Core.Shared.Formatting;

/// <summary>
/// Attaches Korean particles whose form depends on whether the word ends in a final consonant (받침), e.g.
/// 을/를, 이/가. A trailing parenthesis is ignored ("원자층증착(ALD)" takes 을); Latin letters and digits are
/// judged by how they are read aloud (HBM → 엠 → 을, SiC → 씨 → 를).
/// </summary>
public static class KoreanParticles
{
    private const string LettersWithFinal = "LMNRlmnr";
    private const string DigitsWithFinal = "013678";
    private const int RieulFinal = 8;

    public static string Eul(string word) => word + (HasFinal(word) ? "을" : "를");

    public static string I(string word) => word + (HasFinal(word) ? "이" : "가");

    public static string Eun(string word) => word + (HasFinal(word) ? "은" : "는");

    public static string Gwa(string word) => word + (HasFinal(word) ? "과" : "와");

    public static string Euro(string word) => word + (HasFinal(word) && !EndsInRieul(word) ? "으로" : "로");

    /// <summary>
    /// The particle written as either of its forms ("을" or "를", "이" or "가", "은" or "는", "과" or "와", "으로" or "로")
    /// in the form <paramref name="word"/> takes; null when <paramref name="particle"/> is not one of them.
    /// </summary>
    public static string? After(string word, string particle) => particle switch
    {
        "을" or "를" => HasFinal(word) ? "을" : "를",
        "이" or "가" => HasFinal(word) ? "이" : "가",
        "은" or "는" => HasFinal(word) ? "은" : "는",
        "과" or "와" => HasFinal(word) ? "과" : "와",
        "으로" or "로" => HasFinal(word) && !EndsInRieul(word) ? "으로" : "로",
        _ => null,
    };

    private static bool HasFinal(string word)
    {
        var last = LastReadChar(word);
        if (IsHangulSyllable(last))
        {
            return (last - 0xAC00) % 28 != 0;
        }

        return LettersWithFinal.Contains(last, StringComparison.Ordinal) || DigitsWithFinal.Contains(last, StringComparison.Ordinal);
    }

    private static bool EndsInRieul(string word)
    {
        var last = LastReadChar(word);
        if (IsHangulSyllable(last))
        {
            return (last - 0xAC00) % 28 == RieulFinal;
        }

        return last is 'L' or 'l' or 'R' or 'r' or '1' or '7' or '8';
    }

    private static char LastReadChar(string word)
    {
        var text = word.TrimEnd();
        if (text.EndsWith(')') && text.LastIndexOf('(') is > 0 and var open)
        {
            text = text[..open].TrimEnd();
        }

        return text.Length == 0 ? ' ' : text[^1];
    }

    private static bool IsHangulSyllable(char c) => c is >= '\uAC00' and <= '\uD7A3';
}
