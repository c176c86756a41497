using TechBridge.Matching.Index;
using TechBridge.Matching.Search;
using TechBridge.Matching.Text;

namespace TechBridge.Matching.Tests.Text;

public sealed class LoanwordKeyTests
{
    [Theory]
    [InlineData("멤브레인", "membrane")]
    [InlineData("일렉트로드", "electrode")]
    [InlineData("그래핀", "graphene")]
    [InlineData("실리콘", "silicon")]
    [InlineData("하이브리드", "hybrid")]
    [InlineData("스퍼터링", "sputtering")]
    public void Keys_LoanwordAndItsEnglishWord_AreEqual(string hangul, string english)
    {
        var key = LoanwordKey.OfHangul(hangul);

        Assert.NotNull(key);
        Assert.Equal(key, LoanwordKey.OfLatin(english));
    }

    [Theory]
    [InlineData("배터리")] // PTL: too short to tell "battery" from "bottle"
    [InlineData("반도")]
    [InlineData("AI칩")]
    public void OfHangul_ShortKeyOrNotAllSyllables_IsNull(string word) => Assert.Null(LoanwordKey.OfHangul(word));

    [Fact]
    public void OfLatin_SyllableFinalR_IsSilentAsInKoreanSpelling()
    {
        Assert.Equal(LoanwordKey.OfLatin("sensors"), LoanwordKey.OfLatin("sensrs"));
        Assert.Equal("SNSL", LoanwordKey.OfLatin("sensoral"));
    }

    [Fact]
    public void Search_KoreanLoanwordNobodyTranslated_FindsTheEnglishWordBySound()
    {
        var analyzer = new BilingualAnalyzer();
        var index = new MatchIndex(Support.Docs.TitleBody, analyzer);
        index.AddRange([Support.Docs.Of("en", "Ion exchange membrane", "Durable membranes for electrolysis."), Support.Docs.Of("other", "Robot arm", "Gripper.")]);
        var withoutLexicon = new MatchEngine(index);
        var withLexicon = new MatchEngine(index, null, new Lexicon([], analyzer));

        Assert.Empty(withoutLexicon.Search(new SearchRequest("멤브레인")).Hits);
        var hit = Assert.Single(withLexicon.Search(new SearchRequest("멤브레인") { Explain = true }).Hits);
        Assert.Equal("en", hit.Id);
        Assert.Contains(hit.Explanation!.Terms, t => t.FromGlossary && t.ExpandedFrom == "멤브레인");
    }
}
