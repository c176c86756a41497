namespace TechBridge.Matching.Text;

/// <content>The suffix steps. Each step finds the longest listed suffix and, if its condition fails, does nothing
/// (it never falls back to a shorter suffix), exactly as Snowball's <c>among</c>.</content>
public static partial class EnglishStemmer
{
    private static readonly string[] Step2Suffixes =
    [
        "ization", "ational", "fulness", "ousness", "iveness", "tional", "biliti", "lessli", "entli", "ation", "alism",
        "aliti", "ousli", "iviti", "fulli", "enci", "anci", "abli", "izer", "ator", "alli", "bli", "ogi", "li",
    ];

    private static readonly string[] Step3Suffixes = ["ational", "tional", "alize", "icate", "iciti", "ative", "ical", "ness", "ful"];

    private static readonly string[] Step4Suffixes =
    [
        "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion",
        "al", "er", "ic",
    ];

    /// <summary>Step 0 (possessive apostrophes) and step 1a (plurals: sses, ied/ies, s; us and ss stay).</summary>
    private static void Step1a(Span<char> w, ref int n)
    {
        var word = w[..n];
        if (word.EndsWith("'s'"))
        {
            n -= 3;
        }
        else if (word.EndsWith("'s"))
        {
            n -= 2;
        }
        else if (word.EndsWith("'"))
        {
            n -= 1;
        }

        word = w[..n];
        if (word.EndsWith("sses"))
        {
            n -= 2;
        }
        else if (word.EndsWith("ied") || word.EndsWith("ies"))
        {
            // "ties" → "tie" but "cries" → "cri": more than one letter must precede.
            Replace(w, ref n, 3, n - 3 >= 2 ? "i" : "ie");
        }
        else if (word.EndsWith("us") || word.EndsWith("ss"))
        {
            // Left as they are: "bus", "class".
        }
        else if (word.EndsWith("s") && n >= 2 && HasVowel(word[..(n - 2)]))
        {
            // Only when a vowel occurs before the letter preceding the s: "gaps" → "gap", "gas" stays.
            n -= 1;
        }
    }

    /// <summary>Step 1b: eed/eedly in R1 → ee; ed/edly/ing/ingly after a vowel are removed, then the stem is tidied.</summary>
    private static void Step1b(Span<char> w, ref int n, int p1)
    {
        var word = w[..n];
        var suffix = word.EndsWith("eedly") ? "eedly"
            : word.EndsWith("ingly") ? "ingly"
            : word.EndsWith("edly") ? "edly"
            : word.EndsWith("eed") ? "eed"
            : word.EndsWith("ing") ? "ing"
            : word.EndsWith("ed") ? "ed"
            : null;
        if (suffix is null)
        {
            return;
        }

        var stemEnd = n - suffix.Length;
        if (suffix.StartsWith("ee", StringComparison.Ordinal))
        {
            if (stemEnd >= p1)
            {
                Replace(w, ref n, suffix.Length, "ee");
            }

            return;
        }

        if (!HasVowel(word[..stemEnd]))
        {
            return;
        }

        n = stemEnd;
        word = w[..n];
        if (word.EndsWith("at") || word.EndsWith("bl") || word.EndsWith("iz"))
        {
            w[n++] = 'e';
        }
        else if (n >= 2 && word[^1] == word[^2] && word[^1] is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't')
        {
            n--;
        }
        else if (n == p1 && EndsShort(word, n))
        {
            // A short word ("hop" from "hoping") gets its e back.
            w[n++] = 'e';
        }
    }

    /// <summary>Step 1c: final y/Y after a non-vowel that is not the first letter becomes i ("cry" → "cri", "by" stays).</summary>
    private static void Step1c(Span<char> w, int n)
    {
        if (n >= 3 && w[n - 1] is 'y' or 'Y' && !IsVowel(w[n - 2]))
        {
            w[n - 1] = 'i';
        }
    }

    /// <summary>Step 2: derivational suffixes in R1 (ational → ate, izer → ize, li after c/d/e/g/h/k/m/n/r/t removed ...).</summary>
    private static void Step2(Span<char> w, ref int n, int p1)
    {
        var suffix = Longest(w[..n], Step2Suffixes);
        if (suffix is null || n - suffix.Length < p1)
        {
            return;
        }

        var before = n - suffix.Length - 1;
        switch (suffix)
        {
            case "tional": Replace(w, ref n, 6, "tion"); break;
            case "enci": Replace(w, ref n, 4, "ence"); break;
            case "anci": Replace(w, ref n, 4, "ance"); break;
            case "abli": Replace(w, ref n, 4, "able"); break;
            case "entli": Replace(w, ref n, 5, "ent"); break;
            case "izer" or "ization": Replace(w, ref n, suffix.Length, "ize"); break;
            case "ational" or "ation" or "ator": Replace(w, ref n, suffix.Length, "ate"); break;
            case "alism" or "aliti" or "alli": Replace(w, ref n, suffix.Length, "al"); break;
            case "fulness": Replace(w, ref n, 7, "ful"); break;
            case "ousli" or "ousness": Replace(w, ref n, suffix.Length, "ous"); break;
            case "iveness" or "iviti": Replace(w, ref n, suffix.Length, "ive"); break;
            case "biliti" or "bli": Replace(w, ref n, suffix.Length, "ble"); break;
            case "ogi" when before >= 0 && w[before] == 'l': Replace(w, ref n, 3, "og"); break;
            case "fulli": Replace(w, ref n, 5, "ful"); break;
            case "lessli": Replace(w, ref n, 6, "less"); break;
            case "li" when before >= 0 && w[before] is 'c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't':
                n -= 2;
                break;
        }
    }

    /// <summary>Step 3: suffixes in R1 (alize → al, icate/iciti/ical → ic, ful/ness removed, ative removed in R2).</summary>
    private static void Step3(Span<char> w, ref int n, int p1, int p2)
    {
        var suffix = Longest(w[..n], Step3Suffixes);
        if (suffix is null || n - suffix.Length < p1)
        {
            return;
        }

        switch (suffix)
        {
            case "tional": Replace(w, ref n, 6, "tion"); break;
            case "ational": Replace(w, ref n, 7, "ate"); break;
            case "alize": Replace(w, ref n, 5, "al"); break;
            case "icate" or "iciti" or "ical": Replace(w, ref n, suffix.Length, "ic"); break;
            case "ful" or "ness": n -= suffix.Length; break;
            case "ative" when n - 5 >= p2: n -= 5; break;
        }
    }

    /// <summary>Step 4: suffixes in R2 removed (al, ance, ence, er, ic, able, ..., ion after s or t).</summary>
    private static void Step4(Span<char> w, ref int n, int p2)
    {
        var suffix = Longest(w[..n], Step4Suffixes);
        if (suffix is null || n - suffix.Length < p2)
        {
            return;
        }

        var before = n - suffix.Length - 1;
        if (suffix != "ion" || (before >= 0 && w[before] is 's' or 't'))
        {
            n -= suffix.Length;
        }
    }

    /// <summary>Step 5: final e removed in R2, or in R1 unless after a short syllable; final ll → l in R2.</summary>
    private static void Step5(Span<char> w, ref int n, int p1, int p2)
    {
        if (n == 0)
        {
            return;
        }

        if (w[n - 1] == 'e')
        {
            var at = n - 1;
            if (at >= p2 || (at >= p1 && !EndsShort(w, at)))
            {
                n--;
            }
        }
        else if (w[n - 1] == 'l' && n - 1 >= p2 && n >= 2 && w[n - 2] == 'l')
        {
            n--;
        }
    }

    private static string? Longest(ReadOnlySpan<char> word, string[] suffixes)
    {
        if (word.IsEmpty)
        {
            return null;
        }

        var last = word[^1];
        foreach (var suffix in suffixes)
        {
            if (suffix[^1] == last && word.EndsWith(suffix))
            {
                return suffix;
            }
        }

        return null;
    }
}
