using System.Collections.Frozen;

namespace TechBridge.Matching.Text;

/// <summary>What the syllable just before a suffix must sound like for the suffix to be a particle there.</summary>
/// <remarks>
/// Korean particles come in pairs chosen by whether the noun ends in a consonant (받침): 을/를, 이/가, 은/는,
/// 과/와, 으로/로. Checking that choice refuses many false splits: "국가" is not 국+가 (가 follows vowels only),
/// "사과" is not 사+과 (과 follows consonants only), "경로" is not 경+로 (로 follows a vowel or ㄹ).
/// A non-Hangul character before the suffix ("ai와", "sic를") satisfies every condition: we cannot tell how it is read.
/// </remarks>
internal enum Attach : byte
{
    Any = 0,
    AfterConsonant = 1,
    AfterVowel = 2,
    AfterVowelOrRieul = 3,
    AfterConsonantNotRieul = 4,
}

/// <summary>One strippable suffix.</summary>
/// <param name="Suffix">The Hangul suffix.</param>
/// <param name="Attach">What the preceding syllable must end with.</param>
/// <param name="MinStem">1: the stem must keep at least one character. 2: the suffix is ambiguous (it also ends many
/// nouns), so the stem must keep at least two Hangul syllables: "국가", "정도", "반도", "높이" stay whole.</param>
internal readonly record struct SuffixRule(string Suffix, Attach Attach, int MinStem);

/// <summary>
/// The rule list of Korean particles (조사) and endings (어미) that <see cref="KoreanSuffixStripper"/> removes.
/// </summary>
/// <remarks>
/// <para><b>Particles</b>, with examples: 을/를 (반도체를 → 반도체), 이/가 (기술이 → 기술, 국가 stays: 가 needs a vowel
/// before it), 은/는, 의 (기업의 → 기업), 에/에서/에게 (센터에서 → 센터), 으로/로 (기술로 → 기술, 경로 stays),
/// 으로서/로서, 으로써/로써, 으로부터/로부터, 과/와 (장비와 → 장비), 도, 만, 까지, 부터, 보다, 처럼, 마다, 만큼, 조차,
/// 밖에, 뿐, 이나/나, 이라도; each of 에, 에서, 에게, 으로/로, 으로서/로서, 으로써/로써, 과/와, 까지, 부터 also with a
/// following 는, 도, 의 or 만 (에서는, 에서의, 과의, 으로는).</para>
/// <para><b>Plural</b> 들 alone and before every particle that may follow ㄹ (기업들을 → 기업, 연구자들에게 → 연구자).</para>
/// <para><b>Copula</b>: 이다, 이며, 이고, 이라는/라는, 이란/란, 이라고/라고, 이므로, 입니다, 이었다/였다 (핵심이며 → 핵심).</para>
/// <para><b>Verb endings on 하다/되다/시키다 nouns</b>, which leave the noun: 하는, 하고, 하고자, 하여, 해서, 한, 할, 함,
/// 했다, 된, 되는, 되어, 됨, 시키는 ... (개발하고자 → 개발, 구성된 → 구성). 한/할/함 are ambiguous (제한, 역할, 포함).</para>
/// <para><b>-적 adjectives</b>: 적인, 적으로, 적이다, 적이며, 적이고, 적임 (혁신적인 → 혁신, 기술적으로 → 기술), stem ≥ 2
/// syllables, so "목적으로" falls back to 으로 → 목적.</para>
/// <para><b>Deliberately absent</b>: -화 (상용화, 고도화 are the terms people search; only what follows is stripped:
/// 상용화된 → 상용화); 별/간/내/상/중/시/용/등 attached to nouns (별도, 시간, 용도, 중요 would break; bigrams cover
/// "분야별"); bare 고, 다, 며, 인 (최고, 다다, 원인, 법인 would break).</para>
/// <para><b>Protected words</b> refuse any split that would cut through them, for nouns that end like a
/// particle: 결과, 성과, 효과, 제도, 속도, 해상도, 회로, 원자로, 마이크로, 세미나, 안테나, 코로나, 길이, 높이, 제한, 권한,
/// 기한, 역할, 포함, 협의, 논의, 목적, 실적, 면적, 저하, 지하, 산하 ... ("연구성과" stays, "전자회로" stays, "대면적으로" →
/// 대면적, "지하는" → 지하). A word is protected only when its first syllable rarely ends another noun + particle:
/// 회의 is not (사회의, 위원회의), 부가 is not (정부가), 비만 is not (장비만).</para>
/// <para>Only one suffix is removed, the longest that satisfies its conditions; compound particles are listed
/// whole (에서는, 들에게) instead of stripping repeatedly, which would eat into stems.</para>
/// </remarks>
internal static class KoreanSuffixRules
{
    /// <summary>The rules keyed by suffix.</summary>
    public static readonly FrozenDictionary<string, SuffixRule> BySuffix = Build();

    /// <summary>The longest suffix in the table, in characters.</summary>
    public static readonly int MaxSuffixLength = BySuffix.Keys.Max(k => k.Length);

    /// <summary>Nouns that no split may cut through.</summary>
    public static readonly FrozenSet<string> Protected = FrozenSet.ToFrozenSet(
    [
        // ...과
        "결과", "성과", "효과", "학과", "통과", "초과", "경과", "분과", "외과", "내과", "교과",
        // ...가
        "국가", "추가", "평가", "참가", "저가",
        // ...이
        "길이", "높이", "깊이", "넓이", "놀이", "먹이", "어린이", "고양이",
        // ...도
        "정도", "반도", "제도", "속도", "온도", "밀도", "농도", "강도", "각도", "습도", "빈도", "연도", "년도", "한도",
        "용도", "지도", "시도", "주도", "태도", "감도", "순도", "조도", "점도", "심도", "척도", "진도", "위도", "난이도",
        "해상도",
        // ...나
        "하나", "세미나", "안테나", "코로나", "바나나", "차이나", "우크라이나", "아레나",
        // ...만
        "불만", "천만", "백만", "억만", "충만", "팽만", "간만",
        // ...의
        "협의", "논의", "주의", "강의", "의의", "임의", "편의", "창의",
        // ...로
        "회로", "도로", "미로", "수로", "기로", "제로", "프로", "고로", "원자로", "마이크로", "매크로", "유로",
        // ...한 / 할 / 함
        "기한", "권한", "제한", "역할", "관할", "포함",
        // ...적 (before 적인/적으로)
        "목적", "실적", "업적", "흔적", "추적", "면적", "체적", "누적", "표적", "국적", "성적", "지적",
        // ...하 (before 하는/하고/한 ...)
        "이하", "지하", "영하", "산하", "천하", "상하", "인하", "강하", "낙하", "저하",
        // ...와 / ...란
        "기와", "계란",
    ], StringComparer.Ordinal);

    private static FrozenDictionary<string, SuffixRule> Build()
    {
        var rules = new Dictionary<string, SuffixRule>(StringComparer.Ordinal);
        void Add(string suffix, Attach attach, int minStem = 1) => rules[suffix] = new SuffixRule(suffix, attach, minStem);

        // Case and auxiliary particles.
        Add("을", Attach.AfterConsonant);
        Add("를", Attach.AfterVowel);
        Add("이", Attach.AfterConsonant, 2);
        Add("가", Attach.AfterVowel, 2);
        Add("은", Attach.AfterConsonant);
        Add("는", Attach.AfterVowel);
        Add("의", Attach.Any, 2);
        Add("도", Attach.Any, 2);
        Add("만", Attach.Any, 2);
        Add("이나", Attach.AfterConsonant);
        Add("나", Attach.AfterVowel, 2);
        Add("이라도", Attach.AfterConsonant);
        foreach (var other in (ReadOnlySpan<string>)["보다", "보다는", "처럼", "마다", "만큼", "조차", "밖에"])
        {
            Add(other, Attach.Any);
        }

        Add("뿐", Attach.Any, 2);

        // Adverbial particles, alone and with a following 는/도/의/만.
        ReadOnlySpan<string> tails = ["", "는", "도", "의", "만"];
        foreach (var tail in tails)
        {
            foreach (var head in (ReadOnlySpan<string>)["에", "에서", "에게", "에게서", "까지", "부터"])
            {
                Add(head + tail, Attach.Any);
            }

            Add("으로" + tail, Attach.AfterConsonantNotRieul);
            Add("로" + tail, Attach.AfterVowelOrRieul, 2);
            foreach (var head in (ReadOnlySpan<string>)["서", "써", "부터"])
            {
                Add("으로" + head + tail, Attach.AfterConsonantNotRieul);
                Add("로" + head + tail, Attach.AfterVowelOrRieul);
            }

            if (tail.Length > 0)
            {
                Add("과" + tail, Attach.AfterConsonant, 2);
                Add("와" + tail, Attach.AfterVowel);
            }
        }

        Add("과", Attach.AfterConsonant, 2);
        Add("와", Attach.AfterVowel);

        // Copula.
        foreach (var copula in (ReadOnlySpan<string>)["이다", "이며", "이고", "이라는", "이란", "이라고", "이므로", "입니다", "이었다"])
        {
            Add(copula, Attach.AfterConsonant);
        }

        Add("라는", Attach.AfterVowel);
        Add("라고", Attach.AfterVowel);
        Add("였다", Attach.AfterVowel);
        Add("란", Attach.AfterVowel, 2);

        // Plural 들 before every particle or copula that may follow a syllable ending in ㄹ.
        foreach (var rule in rules.Values.ToList())
        {
            if (rule.Attach is Attach.Any or Attach.AfterConsonant or Attach.AfterVowelOrRieul)
            {
                Add("들" + rule.Suffix, Attach.Any);
            }
        }

        Add("들", Attach.Any);

        // Endings of 하다 / 되다 / 시키다 verbs built on nouns.
        foreach (var ending in (ReadOnlySpan<string>)
                 [
                     "하다", "한다", "하는", "하고", "하고자", "하며", "하면", "하여", "하여야", "하였다", "하였으며", "하였고",
                     "하기", "하게", "하지", "해서", "해야", "했다", "했으며", "했고", "합니다", "했습니다", "함으로써",
                     "되다", "된다", "되는", "되고", "되어", "되며", "되면", "되기", "되게", "되지", "되었다", "되었으며", "되었고",
                     "됐다", "됩니다", "되었습니다", "됨", "된", "될",
                     "시키다", "시킨다", "시키는", "시키고", "시켜", "시킨", "시킴",
                 ])
        {
            Add(ending, Attach.Any);
        }

        Add("한", Attach.Any, 2);
        Add("할", Attach.Any, 2);
        Add("함", Attach.Any, 2);

        // -적 adjectives and adverbs.
        foreach (var ending in (ReadOnlySpan<string>)["적인", "적으로", "적이다", "적이며", "적이고", "적임"])
        {
            Add(ending, Attach.Any, 2);
        }

        return rules.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
