using TechBridge.Matching.Search;
using TechBridge.Matching.Tests.Support;

namespace TechBridge.Matching.Tests.Search;

public sealed class GlossaryTests
{
    private static readonly Glossary Terms = new(
    [
        new GlossaryEntry("이차전지", "secondary battery", ["SECONDARY_BATTERY"]),
        new GlossaryEntry("고체전해질", "solid electrolyte", ["SECONDARY_BATTERY"]),
    ], SpaceAnalyzer.Instance);

    [Fact]
    public void Search_EnglishQuery_FindsKoreanDocumentThroughTheGlossary()
    {
        var index = Docs.NewIndex();
        index.AddRange([Docs.Of("ko", "이차전지 양극재"), Docs.Of("en", "fuel cell stack")]);
        var engine = new MatchEngine(index, Terms);

        var hit = Assert.Single(engine.Search(new SearchRequest("secondary battery") { Explain = true }).Hits);

        Assert.Equal("ko", hit.Id);
        var term = Assert.Single(hit.Explanation!.Terms);
        Assert.True(term.FromGlossary);
        Assert.Equal("secondary battery", term.ExpandedFrom);
    }

    [Fact]
    public void Plan_PartialPhrase_DoesNotExpand()
    {
        var planner = new QueryPlanner(SpaceAnalyzer.Instance);

        var terms = planner.Plan("solid oxide", Terms);

        Assert.DoesNotContain(terms, t => t.FromGlossary);
    }

    [Fact]
    public void Plan_Expansion_WeighsLessThanTheUsersOwnTerms()
    {
        var planner = new QueryPlanner(SpaceAnalyzer.Instance);

        var terms = planner.Plan("고체전해질", Terms);

        Assert.Equal(1f, terms.Single(t => t.Key == "고체전해질").Weight);
        Assert.All(terms.Where(t => t.FromGlossary), t => Assert.True(t.Weight < 1f));
        Assert.Contains(terms, t => t.Key == "electrolyte" && t.FromGlossary);
    }

    [Fact]
    public void ReplaceGlossary_NewEntries_TakeEffectForTheNextSearch()
    {
        var index = Docs.NewIndex();
        index.AddRange([Docs.Of("ko", "협동로봇")]);
        var engine = new MatchEngine(index, Terms);
        Assert.Empty(engine.Search(new SearchRequest("cobot")).Hits);

        engine.ReplaceGlossary(new Glossary([new GlossaryEntry("협동로봇", "cobot", ["INTELLIGENT_ROBOT"])], SpaceAnalyzer.Instance));

        Assert.Single(engine.Search(new SearchRequest("cobot")).Hits);
    }
}
