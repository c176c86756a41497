using TechBridge.Matching.Index;
using TechBridge.Matching.Search;
using TechBridge.Matching.Tests.Support;

namespace TechBridge.Matching.Tests.Index;

public sealed class MatchIndexTests
{
    [Fact]
    public void Search_TermInTitle_RanksAboveTheSameTermInBody()
    {
        var index = Docs.NewIndex();
        index.AddRange([Docs.Of("body", "other words", "battery cathode research"), Docs.Of("title", "battery cathode", "other research")]);

        var hits = new MatchEngine(index).Search(new SearchRequest("battery")).Hits;

        Assert.Equal(["title", "body"], hits.Select(h => h.Id));
    }

    [Fact]
    public void Upsert_ExistingId_ReplacesTheDocumentAfterRefresh()
    {
        var index = Docs.NewIndex();
        index.AddRange([Docs.Of("a", "lithography"), Docs.Of("b", "etching")]);
        var engine = new MatchEngine(index);

        index.Upsert(Docs.Of("a", "deposition"));
        var beforeRefresh = engine.Search(new SearchRequest("lithography")).Hits;
        index.Refresh();

        Assert.Single(beforeRefresh);
        Assert.Empty(engine.Search(new SearchRequest("lithography")).Hits);
        Assert.Equal("a", Assert.Single(engine.Search(new SearchRequest("deposition")).Hits).Id);
        Assert.Equal(2, index.Count);
    }

    [Fact]
    public void Upsert_TwiceBeforeRefresh_KeepsOnlyTheLastVersion()
    {
        var index = Docs.NewIndex();
        index.Upsert(Docs.Of("a", "first"));
        index.Upsert(Docs.Of("a", "second"));
        index.Refresh();
        var engine = new MatchEngine(index);

        Assert.Empty(engine.Search(new SearchRequest("first")).Hits);
        Assert.Single(engine.Search(new SearchRequest("second")).Hits);
    }

    [Fact]
    public void AddRange_LargeBatchInParallel_SearchesExactlyLikeOneThread()
    {
        var random = new Random(7);
        var words = Enumerable.Range(0, 300).Select(i => $"t{i}").ToArray();
        var documents = Enumerable.Range(0, 25_000)
            .Select(i => Docs.Of($"d{i}", words[random.Next(300)] + " " + words[random.Next(300)], string.Join(' ', Enumerable.Range(0, 12).Select(_ => words[random.Next(300)]))))
            .ToList();
        var sequential = Docs.NewIndex();
        sequential.AddRange(documents, parallelism: 1);
        var parallel = Docs.NewIndex();
        parallel.AddRange(documents, parallelism: 2);

        Assert.Equal(25_000, parallel.Count);
        Assert.True(parallel.Snapshot.SegmentCount >= 2);
        foreach (var query in new[] { "t1", "t2 t3", "t5 t7 t11 t13", "t299" })
        {
            var expected = new MatchEngine(sequential).Search(new SearchRequest(query) { Top = 50 }).Hits;
            var actual = new MatchEngine(parallel).Search(new SearchRequest(query) { Top = 50 }).Hits;
            Assert.Equal(expected.Select(h => h.Score), actual.Select(h => h.Score));
            Assert.Equal(expected.Select(h => h.Id).Order(), actual.Select(h => h.Id).Order());
        }
    }

    [Fact]
    public void AddRange_ParallelBatchWithRepeatedIds_KeepsTheLastVersionOfEach()
    {
        var documents = Enumerable.Range(0, 30_000).Select(i => Docs.Of($"d{i % 21_000}", i >= 21_000 ? "second" : "first")).ToList();
        var index = Docs.NewIndex();

        index.AddRange(documents, parallelism: 2);

        Assert.Equal(21_000, index.Count);
        Assert.Equal(9_000, new MatchEngine(index).Search(new SearchRequest("second") { Top = 1000 }).Matched);
    }

    [Fact]
    public void Delete_UnknownId_ReturnsFalse()
    {
        var index = Docs.NewIndex();

        Assert.False(index.Delete("nope"));
    }

    [Fact]
    public async Task Search_WhileAnotherThreadWrites_NeverFailsAndSeesWholeDocuments()
    {
        var index = Docs.NewIndex();
        index.AddRange(Enumerable.Range(0, 500).Select(i => Docs.Of($"d{i}", "alpha beta", $"gamma {i}")));
        var engine = new MatchEngine(index);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        var writer = Task.Run(() =>
        {
            for (var i = 0; !stop.IsCancellationRequested && i < 400; i++)
            {
                index.Upsert(Docs.Of($"d{i % 500}", "alpha beta delta", $"gamma {i}"));
                index.Refresh();
            }
        });

        var searches = 0;
        while (!writer.IsCompleted)
        {
            var hits = engine.Search(new SearchRequest("alpha") { Top = 1000 }).Hits;
            Assert.Equal(500, hits.Count);
            Assert.Equal(500, hits.Select(h => h.Id).Distinct().Count());
            searches++;
        }

        await writer;
        Assert.True(searches > 0);
    }

    [Fact]
    public void Search_FilterAndBoost_ApplyToFacets()
    {
        var index = Docs.NewIndex();
        index.AddRange(
        [
            Docs.Of("kr-org", "battery", facets: new DocumentFacets { EntityType = "organization", Country = "KR", Fields = ["SECONDARY_BATTERY"], TrlMin = 3, TrlMax = 5 }),
            Docs.Of("de-org", "battery", facets: new DocumentFacets { EntityType = "organization", Country = "DE", Fields = ["SECONDARY_BATTERY"], TrlMin = 6, TrlMax = 8 }),
            Docs.Of("person", "battery", facets: new DocumentFacets { EntityType = "person", Country = "US" }),
        ]);
        var engine = new MatchEngine(index);

        var organizations = engine.Search(new SearchRequest("battery") { Filter = new SearchFilter { EntityTypes = new HashSet<string> { "organization" } } }).Hits;
        var trl = engine.Search(new SearchRequest("battery") { Filter = new SearchFilter { TrlMin = 7, TrlMax = 9 } }).Hits;
        var boosted = engine.Search(new SearchRequest("battery") { Boosts = new SearchBoosts { Countries = new Dictionary<string, float> { ["DE"] = 2f } } }).Hits;

        Assert.Equal(["kr-org", "de-org"], organizations.Select(h => h.Id));
        Assert.Equal("de-org", Assert.Single(trl).Id);
        Assert.Equal("de-org", boosted[0].Id);
    }

    [Fact]
    public void Explain_Hit_TermAndFieldScoresAddUpToTheScore()
    {
        var index = Docs.NewIndex();
        index.AddRange([Docs.Of("a", "solid electrolyte", "sulfide solid electrolyte interface"), Docs.Of("b", "cathode", "coating")]);

        var hit = new MatchEngine(index).Search(new SearchRequest("solid electrolyte coating") { Explain = true }).Hits[0];

        Assert.Equal("a", hit.Id);
        Assert.Equal(hit.Score, hit.Explanation!.Terms.Sum(t => t.Score) * hit.Explanation.Boost, 3);
        var solid = hit.Explanation.Terms.Single(t => t.Term == "solid");
        Assert.Equal(solid.Score, solid.Fields.Sum(f => f.Score), 4);
        Assert.Equal(["title", "body"], solid.Fields.Select(f => f.Field));
    }

    [Fact]
    public void Search_QueryWordMatchesDocumentStem_AndBigramsWeighLess()
    {
        var index = Docs.NewIndex();
        index.AddRange([Docs.Of("stem", "반도체를/반도체"), Docs.Of("bigram", "~반도 ~도체")]);

        var hits = new MatchEngine(index).Search(new SearchRequest("반도체 ~반도 ~도체")).Hits;

        Assert.Equal(["stem", "bigram"], hits.Select(h => h.Id));
    }

    [Fact]
    public void MoreLikeThis_Document_ExcludesItselfAndFindsTheClosest()
    {
        var index = Docs.NewIndex();
        var source = Docs.Of("src", "sulfide solid electrolyte", "interface coating lithium");
        index.AddRange(
        [
            source,
            Docs.Of("near", "solid electrolyte interface", "sulfide coating"),
            Docs.Of("far", "wind turbine blade", "composite fatigue"),
        ]);

        var hits = new MatchEngine(index).MoreLikeThis(source, new SearchRequest("")).Hits;

        Assert.Equal("near", hits[0].Id);
        Assert.DoesNotContain(hits, h => h.Id == "src");
    }

    [Fact]
    public void Search_Top_IsClampedToOneThousand()
    {
        var index = Docs.NewIndex();
        index.AddRange(Enumerable.Range(0, 1500).Select(i => Docs.Of($"d{i}", "common")));

        var hits = new MatchEngine(index).Search(new SearchRequest("common") { Top = 5000 }).Hits;

        Assert.Equal(SearchRequest.MaxTop, hits.Count);
    }
}
