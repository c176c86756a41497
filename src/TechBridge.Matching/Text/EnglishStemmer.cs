namespace TechBridge.Matching.Text;

/// <summary>
/// The Snowball English ("Porter2") stemmer, exactly as specified at snowballstem.org: exceptional forms
/// ("skis" → "ski", "news", "atlas"), the exceptional R1 prefixes gener/commun/arsen, regions R1/R2, steps
/// 0 (apostrophes), 1a, 1b, 1c, 2, 3, 4, 5, and the y/Y handling. Words of one or two characters are unchanged.
/// </summary>
/// <remarks>
/// Expects a lower-cased word. Letters outside a–z are treated as consonants, as in the reference implementation;
/// callers stem only ASCII words. Stateless and thread-safe.
/// </remarks>
public static partial class EnglishStemmer
{
    private const int StackLimit = 64;

    /// <summary>Returns the Porter2 stem of <paramref name="word"/>.</summary>
    /// <param name="word">A lower-case word, e.g. "batteries".</param>
    /// <returns>The stem, e.g. "batteri"; the same instance when the word is its own stem.</returns>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 2)
        {
            return word;
        }

        var buffer = word.Length <= StackLimit ? stackalloc char[StackLimit] : new char[word.Length];
        var length = Stem(word, buffer);
        var stem = buffer[..length];
        return stem.SequenceEqual(word) ? word : new string(stem);
    }

    /// <summary>Writes the Porter2 stem of <paramref name="word"/> into <paramref name="destination"/>.</summary>
    /// <param name="word">A lower-case word.</param>
    /// <param name="destination">At least <c>word.Length</c> characters; a stem is never longer than its word.</param>
    /// <returns>The length of the stem.</returns>
    public static int Stem(ReadOnlySpan<char> word, Span<char> destination)
    {
        if (destination.Length < word.Length)
        {
            throw new ArgumentException("The destination must be at least as long as the word.", nameof(destination));
        }

        if (TryException1(word, destination, out var special))
        {
            return special;
        }

        word.CopyTo(destination);
        if (word.Length < 3)
        {
            return word.Length;
        }

        var w = destination;
        var n = word.Length;
        var yFound = Prelude(w, ref n);
        var p1 = RegionStart(w, n, 0, checkPrefixes: true);
        var p2 = RegionStart(w, n, p1, checkPrefixes: false);

        Step1a(w, ref n);
        if (!IsException2(w[..n]))
        {
            Step1b(w, ref n, p1);
            Step1c(w, n);
            Step2(w, ref n, p1);
            Step3(w, ref n, p1, p2);
            Step4(w, ref n, p2);
            Step5(w, ref n, p1, p2);
        }

        if (yFound)
        {
            w[..n].Replace('Y', 'y');
        }

        return n;
    }

    private static bool TryException1(ReadOnlySpan<char> word, Span<char> destination, out int length)
    {
        string? result = word switch
        {
            "skis" => "ski",
            "skies" => "sky",
            "dying" => "die",
            "lying" => "lie",
            "tying" => "tie",
            "idly" => "idl",
            "gently" => "gentl",
            "ugly" => "ugli",
            "early" => "earli",
            "only" => "onli",
            "singly" => "singl",
            "sky" or "news" or "howe" or "atlas" or "cosmos" or "bias" or "andes" => word.ToString(),
            _ => null,
        };

        length = result?.Length ?? 0;
        result?.CopyTo(destination);
        return result is not null;
    }

    private static bool IsException2(ReadOnlySpan<char> word) =>
        word is "inning" or "outing" or "canning" or "herring" or "earring" or "proceed" or "exceed" or "succeed";

    /// <summary>Drops a leading apostrophe; marks an initial y and every y after a vowel as consonant 'Y'.</summary>
    private static bool Prelude(Span<char> w, ref int n)
    {
        if (w[0] == '\'')
        {
            w[1..n].CopyTo(w);
            n--;
        }

        var found = false;
        if (n > 0 && w[0] == 'y')
        {
            w[0] = 'Y';
            found = true;
        }

        for (var i = 1; i < n; i++)
        {
            if (w[i] == 'y' && IsVowel(w[i - 1]))
            {
                w[i] = 'Y';
                found = true;
            }
        }

        return found;
    }

    /// <summary>R1 (from 0) or R2 (from R1): the position after the first non-vowel that follows a vowel.</summary>
    private static int RegionStart(ReadOnlySpan<char> w, int n, int from, bool checkPrefixes)
    {
        var word = w[..n];
        if (checkPrefixes)
        {
            foreach (var prefix in (ReadOnlySpan<string>)["gener", "commun", "arsen"])
            {
                if (word.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return prefix.Length;
                }
            }
        }

        var i = from;
        while (i < n && !IsVowel(word[i]))
        {
            i++;
        }

        while (i < n && IsVowel(word[i]))
        {
            i++;
        }

        return i < n ? i + 1 : n;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>
    /// Whether <c>w[..end]</c> ends in a short syllable: non-vowel (not w, x, Y), vowel, non-vowel;
    /// or a whole two-letter word vowel + non-vowel.
    /// </summary>
    private static bool EndsShort(ReadOnlySpan<char> w, int end)
    {
        if (end >= 3 && !IsVowel(w[end - 1]) && w[end - 1] is not ('w' or 'x' or 'Y')
            && IsVowel(w[end - 2]) && !IsVowel(w[end - 3]))
        {
            return true;
        }

        return end == 2 && IsVowel(w[0]) && !IsVowel(w[1]);
    }

    private static bool HasVowel(ReadOnlySpan<char> part)
    {
        foreach (var c in part)
        {
            if (IsVowel(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Replaces the last <paramref name="suffixLength"/> characters with <paramref name="replacement"/>.</summary>
    private static void Replace(Span<char> w, ref int n, int suffixLength, string replacement)
    {
        n -= suffixLength;
        replacement.CopyTo(w[n..]);
        n += replacement.Length;
    }
}
