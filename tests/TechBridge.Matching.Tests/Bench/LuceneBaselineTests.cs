using TechBridge.Bench;

namespace TechBridge.Matching.Tests.Bench;

public sealed class LuceneBaselineTests
{
    private static readonly (string Id, string Title, string Body)[] Corpus =
    [
        ("kr-battery", "고체전해질 이차전지 연구소", "황화물계 고체전해질을 합성하고 전고체 배터리 셀의 계면 저항을 분석합니다."),
        ("en-membrane", "Fuel Cell Membrane Durability Lab", "We test proton exchange membranes for hydrogen fuel cells under humidity cycling and measure degradation."),
        ("kr-robot", "협동로봇 그리퍼 개발", "촉각 센서를 단 로봇 손으로 물체를 집는 제어 알고리즘을 개발합니다."),
    ];

    [Theory]
    [InlineData("고체전해질 배터리", "kr-battery")]
    [InlineData("로봇 손의 촉각 센서", "kr-robot")]
    [InlineData("membrane durability for fuel cells", "en-membrane")]
    public void Search_ObviousQuery_ReturnsTheDocumentFirst(string query, string expected)
    {
        using var lucene = new LuceneBaseline();
        lucene.Build(Corpus);

        var ids = lucene.Search(query, 10);

        Assert.NotEmpty(ids);
        Assert.Equal(expected, ids[0]);
    }

    [Fact]
    public void Search_OnlyStopWordsOrSyntax_ReturnsNothingWithoutThrowing()
    {
        using var lucene = new LuceneBaseline();
        lucene.Build(Corpus);

        Assert.Empty(lucene.Search("the and of", 10));
        Assert.Empty(lucene.Search("  ", 10));
        Assert.NotEmpty(lucene.Search("\"membrane\" AND (durability) -fuel +cell*", 10));
    }

    [Theory]
    [InlineData("고체전해질을 합성합니다 (EUV, SiC)", true)]
    [InlineData("Proton exchange membranes 연료전지", false)]
    [InlineData("12 nm", false)]
    public void IsKorean_ByHangulShare_SendsTextToTheKoreanFields(string text, bool expected) =>
        Assert.Equal(expected, LuceneBaseline.IsKorean(text));
}
