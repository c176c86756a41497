using System.Text;

namespace TechBridge.Core.Programs.Review.Conflicts;

/// <summary>
/// Keys under which the spellings of one person's name meet: 이민준, Lee Min-jun, Yi Minjun, Rhee Min Joon and
/// "Lee, Minjoon" share a key. Hangul is romanised (Revised Romanization); surnames map to one form through their common
/// spellings (Lee/Yi/Rhee/I, Park/Pak/Bak, Choi/Choe, Jung/Jeong/Chung…); given names are folded so that the usual
/// variants agree (k/g, t/d, p/b, ch/j, l/r, sh/s, oo/ou → u, ee → i, eo/eu → u, a silent h after a vowel). Latin
/// names give a key for each reading of the order (surname first or last) unless a comma says which. The folding is
/// deliberately loose: a match is a possible conflict for a person to confirm, never a decision.
/// </summary>
public static class PersonNameKey
{
    private static readonly string[] TwoSyllableSurnames = ["남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방"];

    private static readonly Dictionary<string, string> Surnames = BuildSurnames(
        ("i", "lee yi rhee ri rhie i yee ree lie"), ("gim", "kim gim kym"), ("bak", "park pak bak bahk"),
        ("choe", "choi choe chey choy chooi"), ("jeong", "jung jeong chung cheong joung chong jong"), ("gang", "kang gang kahng"),
        ("jo", "cho jo joe cho chough"), ("yun", "yoon yun youn youn"), ("jang", "jang chang"), ("im", "lim im yim rim lym"),
        ("han", "han hahn"), ("o", "oh o"), ("seo", "seo suh so sur"), ("sin", "shin sin shinn"), ("gwon", "kwon gwon kweon"),
        ("hwang", "hwang whang"), ("an", "ahn an"), ("song", "song"), ("jeon", "jeon jun chon jeun"), ("hong", "hong"),
        ("yu", "yoo yu you ryu ryoo rhyu lyu yoou"), ("go", "ko go koh"), ("mun", "moon mun"), ("yang", "yang ryang"),
        ("son", "son sohn"), ("bae", "bae pae bai bay"), ("baek", "baek paik baik paek back baeg"), ("heo", "heo huh hur her hu"),
        ("nam", "nam nahm"), ("sim", "shim sim"), ("no", "noh no roh ro"), ("ha", "ha hah"), ("gwak", "kwak gwak kwack"),
        ("seong", "sung seong"), ("cha", "cha"), ("ju", "joo ju chu choo"), ("u", "woo u wu"), ("gu", "koo gu ku goo"),
        ("min", "min"), ("na", "na ra nah"), ("jin", "jin chin"), ("eom", "eom um uhm ohm"), ("chae", "chae chai"),
        ("won", "won weon"), ("cheon", "cheon chun"), ("bang", "bang pang"), ("hyeon", "hyun hyeon hyon"), ("yeom", "yeom yum youm"),
        ("byeon", "byun byeon byon pyun"), ("yeo", "yeo yo yuh"), ("chu", "choo chu"), ("do", "do doh"), ("so", "so"),
        ("seok", "seok suk sok"), ("seon", "sun seon"), ("seol", "seol sul"), ("ma", "ma"), ("gil", "kil gil"), ("yeon", "yeon yun"),
        ("wi", "wi wee"), ("pyo", "pyo pyoh"), ("myeong", "myung myeong"), ("gi", "ki gi"), ("ban", "ban pan"), ("ra", "ra la"),
        ("wang", "wang"), ("geum", "keum geum kum"), ("ok", "ok ock"), ("yuk", "yook yuk"), ("in", "in"), ("maeng", "maeng"),
        ("je", "je jae"), ("mo", "mo moh"), ("tak", "tak tahk"), ("guk", "kook guk kuk"), ("eo", "eo uh"), ("eun", "eun un"),
        ("pyeon", "pyun pyeon"), ("yong", "yong"), ("ye", "ye yeh"), ("gyeong", "kyung gyeong kyeong"), ("bong", "bong"),
        ("sa", "sa"), ("bu", "boo bu"), ("hwangbo", "hwangbo whangbo"), ("namgung", "namgoong namgung namkung"),
        ("jegal", "jegal chegal"), ("seonu", "sunwoo seonu sunwu"), ("dokgo", "dokgo tokko"), ("sagong", "sagong sakong"));

    /// <summary>The keys of a name; two names may be one person when their keys intersect. Empty for an empty name.</summary>
    public static IReadOnlySet<string> Of(string? name)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(name))
        {
            return keys;
        }

        var trimmed = name.Trim();
        if (trimmed.Any(KoreanRomanization.IsHangulSyllable))
        {
            var compact = new string(trimmed.Where(KoreanRomanization.IsHangulSyllable).ToArray());
            if (compact.Length >= 2)
            {
                var surnameLength = compact.Length >= 3 && TwoSyllableSurnames.Any(s => compact.StartsWith(s, StringComparison.Ordinal)) ? 2 : 1;
                keys.Add(Key(KoreanRomanization.Romanize(compact[..surnameLength]), KoreanRomanization.Romanize(compact[surnameLength..])));
            }

            return keys;
        }

        if (trimmed.Contains(',', StringComparison.Ordinal))
        {
            var parts = trimmed.Split(',', 2, StringSplitOptions.TrimEntries);
            keys.Add(Key(parts[0], parts[1]));
            return keys;
        }

        var tokens = trimmed.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 1)
        {
            return keys;
        }

        var firstIsSurname = Surnames.ContainsKey(Letters(tokens[0]));
        var lastIsSurname = Surnames.ContainsKey(Letters(tokens[^1]));
        if (firstIsSurname || !lastIsSurname)
        {
            keys.Add(Key(tokens[0], string.Concat(tokens[1..])));
        }

        if (lastIsSurname || !firstIsSurname)
        {
            keys.Add(Key(tokens[^1], string.Concat(tokens[..^1])));
        }

        return keys;
    }

    /// <summary>Whether two names may be one person's.</summary>
    public static bool SamePerson(string? a, string? b) => Of(a).Overlaps(Of(b));

    private static string Key(string surname, string given)
    {
        var letters = Letters(surname);
        return (Surnames.TryGetValue(letters, out var canonical) ? canonical : Fold(letters)) + "|" + Fold(Letters(given));
    }

    private static string Letters(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetter(c))
            {
                result.Append(char.ToLowerInvariant(c));
            }
        }

        return result.ToString();
    }

    /// <summary>The loose spelling of a given name (see the class summary); the order of the steps matters.</summary>
    internal static string Fold(string letters)
    {
        var s = new StringBuilder(letters)
            .Replace("sh", "s").Replace("ch", "j").Replace("kk", "k").Replace("tt", "t").Replace("pp", "p").Replace("ss", "s").Replace("jj", "j")
            .Replace('k', 'g').Replace('t', 'd').Replace('p', 'b').Replace('l', 'r')
            .Replace("weo", "wo").Replace("ou", "u").Replace("oo", "u").Replace("ee", "i").Replace("eo", "u").Replace("eu", "u").Replace("ai", "ae")
            .Replace("wu", "u").ToString();
        var result = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            // A silent h after a vowel (Suh, Ahn, Oh): dropped unless a vowel follows it.
            if (s[i] == 'h' && i > 0 && IsVowel(s[i - 1]) && (i + 1 == s.Length || !IsVowel(s[i + 1])))
            {
                continue;
            }

            result.Append(s[i]);
        }

        return result.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static Dictionary<string, string> BuildSurnames(params (string Canonical, string Spellings)[] rows)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (canonical, spellings) in rows)
        {
            foreach (var spelling in spellings.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                map.TryAdd(spelling, canonical);
            }

            map.TryAdd(canonical, canonical);
        }

        return map;
    }
}
