namespace TechBridge.Core.Facilities.Assistant;

/// <summary>
/// Finds the glossary's equipment term in a question: the longest side that occurs (Korean ignoring spaces, Latin as whole
/// words), else one that occurs with one typo (a swapped, missing, extra or wrong letter in a Latin word of 5 letters or
/// more, two swapped letters in a shorter acronym, one wrong syllable in a Korean term of 5 syllables or more, starting where a word starts).
/// </summary>
public static class EquipmentTerms
{
    private const int MinTypoLatin = 5;
    private const int MinTypoAcronym = 3;
    private const int MinTypoHangul = 5;

    public static EquipmentSubject? Find(string text, AssistantVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var compact = AssistantVocabulary.Compact(text);
        var starts = WordStarts(text);
        var exact = vocabulary.Terms
            .Where(t => t.Pattern is null ? StartsAWord(compact, starts, t.Compact) : t.Pattern.IsMatch(text))
            .MaxBy(t => t.Compact.Length);
        return Subject(exact ?? Typo(text, compact, starts, vocabulary), vocabulary);
    }

    /// <summary>The text with the subject's words taken out (so "전자현미경" does not also read as the industry 전기전자).</summary>
    public static string Without(string text, EquipmentSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var words = QuestionReader.Words(text);
        var names = subject.SearchTexts.Select(AssistantVocabulary.Compact).ToList();
        return string.Join(' ', words.Where(w => !names.Any(n => n.Contains(AssistantVocabulary.Compact(w), StringComparison.Ordinal))));
    }

    /// <summary>
    /// Whether <paramref name="term"/> occurs in the compacted text beginning where a word begins: "주사 전자 현미경" holds
    /// 주사전자현미경, but "타원계측기" does not hold the term 계측.
    /// </summary>
    private static bool StartsAWord(string compact, bool[] starts, string term)
    {
        for (var at = compact.IndexOf(term, StringComparison.Ordinal); at >= 0; at = compact.IndexOf(term, at + 1, StringComparison.Ordinal))
        {
            if (starts[at])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>For each letter or digit of the text, in order, whether a word begins there.</summary>
    private static bool[] WordStarts(string text)
    {
        var starts = new List<bool>(text.Length);
        var previous = ' ';
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                starts.Add(!char.IsLetterOrDigit(previous));
            }

            previous = c;
        }

        return [.. starts];
    }

    private static AssistantVocabulary.Term? Typo(string text, string compact, bool[] starts, AssistantVocabulary vocabulary)
    {
        var latinWords = QuestionReader.Words(text).Where(w => !AssistantVocabulary.HasHangul(w)).ToList();
        return vocabulary.Terms
            .Where(t => t.Pattern is null
                ? t.Compact.Length >= MinTypoHangul && OneSyllableOff(compact, starts, t.Compact)
                : !t.Key.Contains(' ', StringComparison.Ordinal) && latinWords.Any(w => LatinTypo(w, t.Key)))
            .MaxBy(t => t.Compact.Length);
    }

    private static bool LatinTypo(string word, string term)
    {
        if (word == term)
        {
            return false;
        }

        if (term.Length >= MinTypoLatin)
        {
            return Distance(word, term) <= QuestionReader.MaxTypoDistance;
        }

        // "xdr" for "xrd": a short acronym only with two letters swapped, else "sem" would also be "set" and "see".
        return term.Length >= MinTypoAcronym && word.Length == term.Length && Distance(word, term) == 1
               && word.Order().SequenceEqual(term.Order());
    }

    private static bool OneSyllableOff(string compact, bool[] starts, string term)
    {
        for (var start = 0; start + term.Length <= compact.Length; start++)
        {
            if (!starts[start])
            {
                continue;
            }

            var wrong = 0;
            for (var i = 0; i < term.Length && wrong <= 1; i++)
            {
                wrong += compact[start + i] == term[i] ? 0 : 1;
            }

            if (wrong == 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Edit distance with adjacent swaps counting one (optimal string alignment).</summary>
    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return 2;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>
    /// The term's Korean and English words and what to look for: Korean sides first, then the longest Latin ones, acronyms
    /// last (a short acronym such as "sem" also occurs inside longer words in the catalogue).
    /// </summary>
    private static EquipmentSubject? Subject(AssistantVocabulary.Term? term, AssistantVocabulary vocabulary)
    {
        if (term is null)
        {
            return null;
        }

        var near = new HashSet<string>(StringComparer.Ordinal) { term.Key };
        foreach (var pair in term.Pairs)
        {
            near.Add(pair);
            if (vocabulary.Terms.FirstOrDefault(t => t.Key == pair) is { } other)
            {
                near.UnionWith(other.Pairs);
            }
        }

        var ordered = near.OrderBy(s => AssistantVocabulary.HasHangul(s) ? 0 : 1).ThenByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).ToList();
        var korean = AssistantVocabulary.HasHangul(term.Key) ? term.Key : ordered.FirstOrDefault(AssistantVocabulary.HasHangul) ?? term.Key;
        var english = !AssistantVocabulary.HasHangul(term.Key) ? term.Key : ordered.LastOrDefault(s => !AssistantVocabulary.HasHangul(s)) ?? term.Key;
        return new EquipmentSubject(vocabulary.Display[korean], vocabulary.Display[english], ordered, Known: true);
    }
}
