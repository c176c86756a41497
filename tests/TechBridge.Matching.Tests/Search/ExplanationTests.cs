using TechBridge.Matching.Index;
using TechBridge.Matching.Search;
using TechBridge.Matching.Text;

namespace TechBridge.Matching.Tests.Search;

/// <summary>Explanations speak in the words as written and mark terms too common to be evidence on their own.</summary>
public sealed class ExplanationTests
{
    private static readonly IndexSchema Schema = new([new FieldDefinition("title", 2f, 0.5f), new FieldDefinition("body", 1f, 0.75f)]);

    [Fact]
    public void Plan_EnglishStem_CarriesTheWordAsWritten()
    {
        var planner = new QueryPlanner(new BilingualAnalyzer());

        var terms = planner.Plan("Batteries durability", null);

        Assert.Equal("batteries", terms.Single(t => t.Key == "batteri").Display);
        Assert.Equal("durability", terms.Single(t => t.Key == "durabl").Display);
    }

    [Fact]
    public void Plan_KoreanStem_ReadsAsTheStem()
    {
        var planner = new QueryPlanner(new BilingualAnalyzer());

        var terms = planner.Plan("반도체를 개발", null);

        Assert.Contains(terms, t => t.Kind == TermKind.Stem && t.Display == "반도체");
    }

    [Fact]
    public void Plan_GlossaryExpansionStem_CarriesTheEntrysWord()
    {
        var analyzer = new BilingualAnalyzer();
        var glossary = new Glossary([new GlossaryEntry("배터리", "batteries", [])], analyzer);

        var terms = new QueryPlanner(analyzer).Plan("배터리", glossary);

        var stem = terms.Single(t => t.Key == "batteri");
        Assert.True(stem.FromGlossary);
        Assert.Equal("batteries", stem.Display);
    }

    [Fact]
    public void Search_InflectedMatch_ExplainsInTheQuerysWord()
    {
        var index = new MatchIndex(Schema, new BilingualAnalyzer());
        index.AddRange([Doc("a", "battery durability under humidity")]);
        var engine = new MatchEngine(index);

        var hit = Assert.Single(engine.Search(new SearchRequest("batteries") { Explain = true }).Hits);

        Assert.Contains(hit.Explanation!.Terms, t => t.Term == "batteries");
        Assert.DoesNotContain(hit.Explanation.Terms, t => t.Term == "batteri");
    }

    [Fact]
    public void Explain_TermInManyDocuments_IsCommon_RareTermIsNot()
    {
        var index = new MatchIndex(Schema, new BilingualAnalyzer());
        // "system" is in every document, "electrolyte" in one of 120.
        index.AddRange(Enumerable.Range(0, 120).Select(i => Doc($"d{i}", i == 7 ? "electrolyte system" : $"system part{i}")));
        var engine = new MatchEngine(index);

        var hit = engine.Search(new SearchRequest("electrolyte system") { Explain = true }).Hits[0];

        Assert.Equal("d7", hit.Id);
        // A word and its stem both read "electrolyte"; each is judged by its own document frequency.
        Assert.All(hit.Explanation!.Terms.Where(t => t.Term == "system"), t => Assert.True(t.Common));
        Assert.All(hit.Explanation.Terms.Where(t => t.Term == "electrolyte"), t => Assert.False(t.Common));
        Assert.Contains(hit.Explanation.Terms, t => t.Term == "electrolyte");
    }

    [Fact]
    public void Explain_SmallIndex_CallsNothingCommon()
    {
        var index = new MatchIndex(Schema, new BilingualAnalyzer());
        index.AddRange(Enumerable.Range(0, 20).Select(i => Doc($"d{i}", "system")));

        var hits = new MatchEngine(index).Search(new SearchRequest("system") { Explain = true }).Hits;

        Assert.All(hits, h => Assert.False(h.Explanation!.Terms.Single().Common));
    }

    private static MatchDocument Doc(string id, string title) =>
        new(id, new Dictionary<string, string> { ["title"] = title, ["body"] = "" });
}
