using System.Collections.Frozen;
using TechBridge.Matching.Text;

namespace TechBridge.Core.Facilities.Assistant;

/// <summary>
/// Words of a question that do not name equipment: the matching engine's stop words, the words of asking (Korean verb
/// forms by their beginnings), and generic words for equipment.
/// </summary>
public static class StopWords
{
    private static readonly FrozenSet<string> Exact = FrozenSet.ToFrozenSet(
    [
        "장비", "기기", "장치", "설비", "기계", "분석기", "센터", "어디", "어디에", "어디서", "무엇", "뭐", "뭔가", "무슨", "어느", "어떤", "좀", "수",
        "것", "거", "걸", "곳", "데", "때", "요", "등", "및", "저", "제", "우리", "회사", "혹시", "쓸", "할", "싶", "정도", "동안", "시간", "기간", "분야", "목록", "종류", "리스트", "산업",
        "equipment", "instrument", "instruments", "machine", "machines", "tool", "tools", "device", "devices", "system", "systems",
        "center", "centre", "centers", "centres", "where", "which", "what", "when", "who", "how", "much", "many", "can", "could", "would",
        "should", "may", "might", "will", "do", "does", "did", "is", "are", "was", "be", "have", "has", "i", "we", "you", "me", "my", "our",
        "need", "needs", "want", "wants", "like", "use", "using", "used", "find", "show", "tell", "know", "get", "there", "any", "some",
        "please", "available", "availability", "free", "book", "booking", "reserve", "apply", "request", "support", "fee", "fees", "price",
        "prices", "cost", "costs", "rate", "rates", "charge", "slot", "slots", "it", "its", "one", "ones", "near", "hi", "hello", "thanks",
        "usage", "field", "industry", "sector", "list", "kind", "kinds", "type", "types", "earliest", "first", "next", "soon", "possible", "around", "about", "within", "for", "time",
    ], StringComparer.Ordinal);

    private static readonly string[] Beginnings =
    [
        "있", "없", "하고", "하려", "하는", "하면", "하나", "한가", "해요", "해야", "해주", "해서", "했", "합니", "할까", "할수", "되", "돼", "됩", "싶", "쓰", "써", "알려", "알고", "찾", "보여", "궁금", "필요", "가능", "사용",
        "이용", "예약", "신청", "문의", "언제", "어디", "어떻", "어때", "얼마", "무엇", "주세", "주실", "줄", "부탁", "비어", "빈", "요금", "비용",
        "사용료", "이용료", "가격", "방법", "절차", "안녕", "감사", "보유", "소개", "추천", "빌릴", "빌려", "렌탈", "대여", "확인",
    ];

    private static readonly string[] Endings = ["요", "까", "니다", "니까", "나", "죠", "세요"];

    public static bool Contains(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (Exact.Contains(word) || EnglishStopWords.Contains(word) || KoreanStopWords.Contains(word) || word.All(char.IsDigit) || word.Length < 2 && !AssistantVocabulary.HasHangul(word))
        {
            return true;
        }

        // Korean predicates end the question ("사요", "있을까", "됩니다").
        return AssistantVocabulary.HasHangul(word)
               && (Beginnings.Any(b => word.StartsWith(b, StringComparison.Ordinal)) || Endings.Any(e => word.EndsWith(e, StringComparison.Ordinal)));
    }
}
