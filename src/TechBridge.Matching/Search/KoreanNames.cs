using TechBridge.Matching.Index;
using TechBridge.Matching.Text;

namespace TechBridge.Matching.Search;

/// <summary>
/// Korean names written in Hangul find the same person written in Latin letters: a query word that starts with a family
/// name and that nothing translated (김민준, 박지훈을) adds the romanized spellings the index holds — the given name joined
/// ("minjun", "jihoon") and in syllables ("min", "jun"), and the family name ("kim", "park"). Nothing is added unless a
/// spelling of the given name is in the index, so a common word that happens to start like a family name adds nothing.
/// </summary>
internal static class KoreanNames
{
    /// <summary>Weight of the given name joined, relative to the user's own term: a guess by sound, as a loanword.</summary>
    public const float GivenNameWeight = 0.4f;

    /// <summary>Weight of a given-name syllable or the family name on its own: each is shared by many people.</summary>
    public const float PartWeight = 0.2f;

    private const int MaxSpellings = 32;

    /// <summary>Family names and how their bearers usually write them in Latin letters (the most common spelling first).</summary>
    private static readonly Dictionary<string, string[]> FamilyNames = new(StringComparer.Ordinal)
    {
        ["김"] = ["kim", "gim"], ["이"] = ["lee", "yi", "rhee", "rhie"], ["박"] = ["park", "pak", "bak"], ["최"] = ["choi", "choe"],
        ["정"] = ["jung", "jeong", "chung"], ["강"] = ["kang", "gang"], ["조"] = ["cho", "jo"], ["윤"] = ["yoon", "yun"],
        ["장"] = ["jang", "chang"], ["임"] = ["lim", "im", "yim"], ["한"] = ["han"], ["오"] = ["oh", "o"], ["서"] = ["seo", "suh"],
        ["신"] = ["shin", "sin"], ["권"] = ["kwon", "gwon"], ["황"] = ["hwang"], ["안"] = ["ahn", "an"], ["송"] = ["song"],
        ["류"] = ["ryu", "yoo", "yu"], ["유"] = ["yoo", "yu"], ["전"] = ["jeon", "jun", "chun"], ["홍"] = ["hong"], ["고"] = ["ko", "go"],
        ["문"] = ["moon", "mun"], ["양"] = ["yang"], ["손"] = ["son", "sohn"], ["배"] = ["bae", "pae"], ["백"] = ["baek", "paik", "paek"],
        ["허"] = ["heo", "huh", "hur"], ["남"] = ["nam"], ["심"] = ["shim", "sim"], ["노"] = ["noh", "roh"], ["하"] = ["ha"],
        ["곽"] = ["kwak", "gwak"], ["성"] = ["sung", "seong"], ["차"] = ["cha"], ["주"] = ["joo", "ju"], ["우"] = ["woo"],
        ["구"] = ["koo", "ku", "gu"], ["민"] = ["min"], ["진"] = ["jin", "chin"], ["나"] = ["na", "ra"], ["지"] = ["ji", "chi"],
        ["엄"] = ["eom", "um"], ["채"] = ["chae"], ["원"] = ["won"], ["천"] = ["cheon", "chun"], ["방"] = ["bang"],
        ["공"] = ["kong", "gong"], ["현"] = ["hyun", "hyeon"], ["함"] = ["ham"], ["변"] = ["byun", "byeon"], ["염"] = ["yeom", "yum"],
        ["여"] = ["yeo", "yuh"], ["추"] = ["choo", "chu"], ["도"] = ["do", "doh"], ["석"] = ["seok", "suk"], ["선"] = ["sun", "seon"],
        ["설"] = ["seol", "sul"], ["마"] = ["ma"], ["길"] = ["gil", "kil"], ["연"] = ["yeon", "yun"], ["표"] = ["pyo"],
        ["명"] = ["myung", "myeong"], ["기"] = ["ki", "gi"], ["왕"] = ["wang"], ["금"] = ["keum", "geum"], ["육"] = ["yuk", "yook"],
        ["탁"] = ["tak"], ["국"] = ["kook", "guk"], ["은"] = ["eun"], ["편"] = ["pyun", "pyeon"], ["용"] = ["yong"],
        ["남궁"] = ["namgung", "namkoong"], ["황보"] = ["hwangbo"], ["제갈"] = ["jegal"], ["선우"] = ["sunwoo", "seonwoo"], ["독고"] = ["dokgo"],
    };

    public static IReadOnlyList<QueryTerm> Add(IReadOnlyList<QueryTerm> query, IndexSnapshot snapshot)
    {
        List<QueryTerm>? added = null;
        var keys = query.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var term in UntranslatedWords.Of(query))
        {
            if (Split(term.Key) is not var (family, given))
            {
                continue;
            }

            var joined = Present(snapshot, Joined(given));
            var syllables = given.Length > 1 ? Present(snapshot, given.SelectMany(HangulRomanizer.Spellings)) : [];
            if (joined.Count == 0 && syllables.Count == 0)
            {
                continue; // no one of that given name is in the index: probably not a name
            }

            void Add(string key, float weight)
            {
                if (keys.Add(key))
                {
                    (added ??= [.. query]).Add(new QueryTerm(key, TermKind.Word, weight, FromGlossary: true, ExpandedFrom: term.Display));
                }
            }

            joined.ForEach(key => Add(key, GivenNameWeight));
            syllables.ForEach(key => Add(key, PartWeight));
            Present(snapshot, FamilyNames[family]).ForEach(key => Add(key, PartWeight));
        }

        return added ?? query;
    }

    /// <summary>A word of 2–4 Hangul syllables that starts with a family name (two-syllable ones first), split there.</summary>
    private static (string Family, string Given)? Split(string word)
    {
        if (word.Length is < 2 or > 4 || !word.All(Hangul.IsSyllable))
        {
            return null;
        }

        foreach (var length in word.Length > 2 ? [2, 1] : new[] { 1 })
        {
            if (FamilyNames.ContainsKey(word[..length]))
            {
                return (word[..length], word[length..]);
            }
        }

        return null;
    }

    /// <summary>The given name's spellings joined, syllable spellings combined in order (at most <see cref="MaxSpellings"/>).</summary>
    private static IEnumerable<string> Joined(string given)
    {
        IEnumerable<string> spellings = [string.Empty];
        foreach (var syllable in given)
        {
            var options = HangulRomanizer.Spellings(syllable);
            spellings = spellings.SelectMany(prefix => options.Select(option => prefix + option));
        }

        return spellings.Take(MaxSpellings);
    }

    private static List<string> Present(IndexSnapshot snapshot, IEnumerable<string> spellings) =>
        [.. spellings.Distinct(StringComparer.Ordinal).Where(s => snapshot.DocFreq(s) > 0)];
}
