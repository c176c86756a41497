using TechBridge.Matching.Index;
using TechBridge.Matching.Search;
using TechBridge.Matching.Text;

namespace TechBridge.Matching.Tests.Search;

/// <summary>Query translation through the learned lexicon: weighted by probability, after the glossary, both ways.</summary>
public sealed class LexiconTests
{
    private static readonly BilingualAnalyzer Analyzer = new();

    private static readonly Lexicon Words = new(
    [
        new LexiconEntry("개선", "improve", 0.6f, 0.7f),
        new LexiconEntry("개선", "enhancement", 0.3f, 0.6f),
        new LexiconEntry("개선", "improvement", 0.2f, 0.6f),
        new LexiconEntry("개선", "fix", 0.05f, 0.1f),
        new LexiconEntry("습도", "humidity", 0.9f, 0.8f),
        new LexiconEntry("전지", "cell", 0.8f, 0.2f),
    ], Analyzer);

    private static readonly Glossary Terms = new([new GlossaryEntry("전지", "battery", ["SECONDARY_BATTERY"])], Analyzer);

    [Fact]
    public void Plan_KoreanWord_TranslationsShareTheWeightByProbability()
    {
        var terms = new QueryPlanner(Analyzer).Plan("내구성 개선", null, null, Words);

        var improve = terms.Single(t => t.Key == "improve" && t.Kind == TermKind.Word);
        var enhancement = terms.Single(t => t.Key == "enhancement" && t.Kind == TermKind.Word);
        Assert.True(improve.FromGlossary);
        Assert.Equal("개선", improve.ExpandedFrom);
        Assert.Equal(QueryPlanner.KoreanToEnglishWeight * 0.6f / 0.9f, improve.Weight, 4);
        Assert.Equal(QueryPlanner.KoreanToEnglishWeight * 0.3f / 0.9f, enhancement.Weight, 4);
        Assert.DoesNotContain(terms, t => t.Key == "improvement"); // "improvement" meets "improve" at one stem: the surer reading stays
        Assert.DoesNotContain(terms, t => t.Key == "fix"); // below the minimum probability
    }

    [Fact]
    public void Plan_InflectedKoreanAndEnglishForms_FindTheirTranslations()
    {
        var korean = new QueryPlanner(Analyzer).Plan("습도를", null, null, Words);
        var english = new QueryPlanner(Analyzer).Plan("improved humidity", null, null, Words);

        Assert.Contains(korean, t => t.Key == "humid" && t.Display == "humidity");
        Assert.Contains(english, t => t.Key == "개선" && t.ExpandedFrom == "improve");
        Assert.Contains(english, t => t.Key == "습도");
    }

    [Fact]
    public void Plan_WordTheGlossaryCovers_IsNotTranslatedAgain()
    {
        var terms = new QueryPlanner(Analyzer).Plan("전지", Terms, null, Words);

        Assert.Contains(terms, t => t.Key == "battery");
        Assert.DoesNotContain(terms, t => t.Key == "cell");
    }

    [Fact]
    public void Search_KoreanNeed_FindsTheEnglishDocumentThroughTheLexicon()
    {
        var index = new MatchIndex(Support.Docs.TitleBody, Analyzer);
        index.AddRange([Support.Docs.Of("en", "Humidity chamber", "We improve durability under humidity."), Support.Docs.Of("other", "Robot arm", "Gripper design.")]);

        var without = new MatchEngine(index).Search(new SearchRequest("습도 개선") { Explain = true }).Hits;
        var with = new MatchEngine(index, null, Words).Search(new SearchRequest("습도 개선") { Explain = true }).Hits;

        Assert.Empty(without);
        var hit = Assert.Single(with);
        Assert.Equal("en", hit.Id);
        Assert.Contains(hit.Explanation!.Terms, t => t.Term == "humidity" && t.FromGlossary && t.ExpandedFrom == "습도");
    }

    [Fact]
    public void Read_BrokenLine_NamesTheLine()
    {
        var error = Assert.Throws<InvalidDataException>(() =>
            LexiconTsv.Read(new StringReader("ko\ten\tp_en_given_ko\tp_ko_given_en\tcount\n개선\timprove\tmany\t0.5\t3\n"), "ko-en.tsv"));

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ShippedLexicon_HasTheGeneralWordsTheGlossaryLacks()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "seed", "lexicon-ko-en.tsv");
        var lexicon = new Lexicon(LexiconTsv.Read(path), Analyzer);

        Assert.True(lexicon.Count > 10_000);
        Assert.Contains(lexicon.Of("습도"), t => t.Terms.Any(x => x.Text == "humidity"));
        Assert.Contains(lexicon.Of("measur"), t => t.Terms.Any(x => x.Text == "측정"));
    }
}
