using TechBridge.Matching.Search;
using TechBridge.Matching.Text;

namespace TechBridge.Matching.Tests.Search;

/// <summary>An ambiguous glossary word is expanded in the sense the query's fields and other words support.</summary>
public sealed class GlossarySenseTests
{
    private static readonly BilingualAnalyzer Analyzer = new();

    private static readonly GlossaryEntry[] Entries =
    [
        new("셀", "cell", ["SECONDARY_BATTERY"]),
        new("세포", "cell", ["ADVANCED_BIO"]),
        new("연료전지", "fuel cell", ["NEW_ENERGY"]),
        new("수소", "hydrogen", ["NEW_ENERGY"]),
        new("배양", "culture", ["ADVANCED_BIO"]),
        new("강관", "steel pipe", ["CORE_MATERIALS"]),
        new("선박자동식별장치", "AIS", ["SHIPBUILDING_MARINE"]),
        new("인공지능", "AI", ["INTELLIGENT_ROBOT"]),
        new("프로세스", "process", ["GENERAL_RND"]),
        new("공정", "process", ["SEMICONDUCTOR"]),
    ];

    private static readonly Glossary Terms = new(Entries, Analyzer,
        new HashSet<string>(["SECONDARY_BATTERY", "ADVANCED_BIO", "NEW_ENERGY", "CORE_MATERIALS", "SHIPBUILDING_MARINE", "INTELLIGENT_ROBOT", "SEMICONDUCTOR"]));

    [Fact]
    public void Plan_CellInsideFuelCell_ExpandsNeitherBatteryNorBiologicalCell()
    {
        var expanded = Expanded("hydrogen fuel cell membrane durability");

        Assert.Contains("연료전지", expanded);
        Assert.Contains("수소", expanded);
        Assert.DoesNotContain("셀", expanded);
        Assert.DoesNotContain("세포", expanded);
    }

    [Fact]
    public void Plan_CellCulture_ChoosesTheBiologicalSense()
    {
        var expanded = Expanded("cell culture");

        Assert.Contains("세포", expanded);
        Assert.DoesNotContain("셀", expanded);
    }

    [Fact]
    public void Plan_AmbiguousWordWithoutContext_ExpandsEverySense()
    {
        var expanded = Expanded("cell");

        Assert.Contains("세포", expanded);
        Assert.Contains("셀", expanded);
    }

    [Fact]
    public void Plan_SearchLimitedToAField_ChoosesThatFieldsSense()
    {
        var terms = new QueryPlanner(Analyzer).Plan("cell", Terms, new HashSet<string>(["SECONDARY_BATTERY"]));

        Assert.Contains(terms, t => t.FromGlossary && t.Key == "셀");
        Assert.DoesNotContain(terms, t => t.FromGlossary && t.Key == "세포");
    }

    [Fact]
    public void Plan_OneSenseWordInAnotherFieldsContext_IsStillExpanded()
    {
        Assert.Contains("강관", Expanded("hydrogen steel pipe"));
    }

    [Fact]
    public void Plan_Acronym_MatchesOnlyAsWritten()
    {
        var expanded = Expanded("AI");

        Assert.Contains("인공지능", expanded);
        Assert.DoesNotContain("선박자동식별장치", expanded);
    }

    [Fact]
    public void Plan_CodeThatIsNoTopic_NeverMakesAWordAmbiguous()
    {
        // "process" has one topical sense (공정) and one general one (프로세스): both apply in any context.
        var expanded = Expanded("hydrogen process");

        Assert.Contains("공정", expanded);
        Assert.Contains("프로세스", expanded);
    }

    [Fact]
    public void Search_PreferredField_IsTheContextOfTheExpansion()
    {
        var index = new TechBridge.Matching.Index.MatchIndex(Support.Docs.TitleBody, Analyzer);
        index.AddRange([Support.Docs.Of("battery", "셀 제조"), Support.Docs.Of("bio", "세포 분석")]);
        var engine = new MatchEngine(index, Terms);
        var preferBio = new SearchBoosts { Fields = new Dictionary<string, float> { ["ADVANCED_BIO"] = 1.2f } };

        var preferred = engine.Search(new SearchRequest("cell") { Boosts = preferBio }).Hits;
        var any = engine.Search(new SearchRequest("cell")).Hits;

        Assert.Equal("bio", Assert.Single(preferred).Id); // a boost keeps nothing out: the battery sense was not expanded
        Assert.Equal(2, any.Count);
    }

    private static List<string> Expanded(string query) =>
        [.. new QueryPlanner(Analyzer).Plan(query, Terms).Where(t => t.FromGlossary && t.Kind != TermKind.Bigram).Select(t => t.Display)];
}
