using TechBridge.Matching.Search;
using TechBridge.Matching.Tests.Support;

namespace TechBridge.Matching.Tests.Search;

/// <summary>A long text keeps its strongest terms (weight × IDF) when the request sets a budget, in their planned order.</summary>
public sealed class TermBudgetTests
{
    private static MatchEngine Engine()
    {
        var index = Docs.NewIndex();
        index.AddRange(Enumerable.Range(0, 40).Select(i => Docs.Of($"d{i}", $"common w{i % 4}", i < 2 ? "rare" : "filler")));
        index.Refresh();
        return new MatchEngine(index);
    }

    [Fact]
    public void Plan_MaxTermsBelowTheTermCount_KeepsTheStrongestInPlannedOrder()
    {
        var terms = Engine().Plan(new SearchRequest("common rare filler w1") { MaxTerms = 2 });

        Assert.Equal(["rare", "w1"], terms.Select(t => t.Key));
    }

    [Fact]
    public void Plan_NoBudgetOrEnoughRoom_KeepsEveryTerm()
    {
        var engine = Engine();

        Assert.Equal(4, engine.Plan(new SearchRequest("common rare filler w1")).Count);
        Assert.Equal(4, engine.Plan(new SearchRequest("common rare filler w1") { MaxTerms = 10, Expand = false }).Count);
    }

    [Fact]
    public void Search_MaxTerms_DropsOnlyTheWeakTermsEvidence()
    {
        var engine = Engine();

        var hits = engine.Search(new SearchRequest("common rare") { MaxTerms = 1, Top = 2, Explain = true }).Hits;

        Assert.Equal(["d0", "d1"], hits.Select(h => h.Id).Order());
        Assert.All(hits, h => Assert.Equal(["rare"], h.Explanation!.Terms.Select(t => t.Term)));
    }
}
