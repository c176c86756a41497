using System.Text.RegularExpressions;

namespace TechBridge.Core.Facilities.Assistant;

/// <summary>The words that say what a question asks for; a question that asks for a fee is answered with fees even when it names a period.</summary>
public static partial class IntentWords
{
    public static AssistantIntent? Of(string normalised)
    {
        if (Fee().IsMatch(normalised))
        {
            return AssistantIntent.Fee;
        }

        if (Availability().IsMatch(normalised))
        {
            return AssistantIntent.Availability;
        }

        return HowTo().IsMatch(normalised) ? AssistantIntent.HowToBook : null;
    }

    [GeneratedRegex(@"사용료|이용료|요금|비용|가격|단가|얼마|수수료|\bprices?\b|\bfees?\b|\bcosts?\b|\bhow\s+much\b|\brates?\b|\bcharges?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Fee();

    [GeneratedRegex(@"언제|(?:쓸|쓰|사용할|이용할|예약할)\s*수\s*있|(?:사용|이용|예약)\s*가능|비어\s*있|빈\s*(?:시간|날|자리)|가능한\s*(?:날|시간)|\bavailab|\bfree\b|\bwhen\b|\bslots?\b|\bopenings?\b|\bvacan", RegexOptions.CultureInvariant)]
    private static partial Regex Availability();

    [GeneratedRegex(@"신청|예약\s*(?:하려면|방법|절차|하는\s*법)|어떻게|방법|절차|\bhow\s+(?:do|can|to|should)\b|\bapply\b|\bsupport\s+request\b|\bbook(?:ing)?\b|\breserve\b|\bprocedure\b", RegexOptions.CultureInvariant)]
    private static partial Regex HowTo();
}
