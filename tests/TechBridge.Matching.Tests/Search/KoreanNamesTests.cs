using TechBridge.Matching.Index;
using TechBridge.Matching.Search;
using TechBridge.Matching.Text;
using TechBridge.Matching.Tests.Support;

namespace TechBridge.Matching.Tests.Search;

/// <summary>A Korean name written in Hangul finds the person written in Latin letters, and only a name does.</summary>
public sealed class KoreanNamesTests
{
    private static MatchEngine Engine()
    {
        var index = new MatchIndex(Docs.TitleBody, new BilingualAnalyzer());
        index.AddRange(
        [
            Docs.Of("p1", "Minjun Kim", "Solid-state battery electrolytes, University of Toronto"),
            Docs.Of("p2", "Jihoon Park", "Power electronics for electric vehicles"),
            Docs.Of("p3", "Seo-yeon Lee", "Hydrogen fuel cell membranes"),
            Docs.Of("p4", "Daniel Kim", "Battery recycling"),
            Docs.Of("p5", "Minji Choi", "Display materials"),
        ]);
        index.Refresh();
        return new MatchEngine(index);
    }

    [Theory]
    [InlineData("김민준", "p1")]
    [InlineData("박지훈", "p2")] // 훈 hun, written hoon
    [InlineData("이서연 교수", "p3")] // 서연 written in two parts
    [InlineData("김민준을 찾습니다", "p1")] // with a particle
    public void Search_HangulName_FindsTheRomanizedPersonFirst(string query, string expected)
    {
        var hits = Engine().Search(new SearchRequest(query) { Explain = true }).Hits;

        Assert.Equal(expected, hits[0].Id);
        Assert.Contains(hits[0].Explanation!.Terms, t => t.FromGlossary && t.ExpandedFrom is not null && t.ExpandedFrom.StartsWith(query[..2], StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_GivenNameNobodyHas_AddsNothing()
    {
        var engine = Engine();

        var terms = engine.Plan(new SearchRequest("배터리 김치"));

        Assert.DoesNotContain(terms, t => t.FromGlossary); // 배 and 김 are family names, but no "teori" or "chi" is indexed
    }

    [Fact]
    public void Plan_ExpandOff_AddsNoSpelling()
    {
        var terms = Engine().Plan(new SearchRequest("김민준") { Expand = false });

        Assert.DoesNotContain(terms, t => t.Key == "minjun");
    }

    [Fact]
    public void Plan_HangulName_GivenNameJoinedOutweighsTheFamilyName()
    {
        var terms = Engine().Plan(new SearchRequest("김민준"));

        Assert.Equal(KoreanNames.GivenNameWeight, terms.Single(t => t.Key == "minjun").Weight);
        Assert.Equal(KoreanNames.PartWeight, terms.Single(t => t.Key == "kim").Weight);
    }
}
