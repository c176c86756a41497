using TechBridge.Matching.Index;
using TechBridge.Matching.Search;
using TechBridge.Matching.Tests.Support;

namespace TechBridge.Matching.Tests.Search;

/// <summary>One pass ranked per group must return what one search per group returns, explanations included.</summary>
public sealed class GroupedSearchTests
{
    private static readonly string[] Types = ["org", "person", "equipment", "technology"];

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 15)]
    [InlineData(3, 1)]
    public void SearchGroups_RandomCorpus_EqualsOneSearchPerGroup(int seed, int top)
    {
        var random = new Random(seed);
        var words = new ZipfWords(random, 300);
        var documents = Enumerable.Range(0, 2500).Select(i => Docs.Of($"d{i}", words.Text(random.Next(1, 8)), words.Text(random.Next(5, 50)),
            new DocumentFacets
            {
                // "equipment" is rare, so its group never fills and keeps every term essential.
                EntityType = i % 97 == 0 ? "equipment" : Types[random.Next(Types.Length)] is "equipment" ? "org" : Types[random.Next(Types.Length)],
                Country = random.Next(3) == 0 ? "KR" : "DE",
                TrlMin = random.Next(1, 6),
                TrlMax = random.Next(6, 10),
            })).ToList();
        var index = Docs.NewIndex();
        index.AddRange(documents.Take(1500));
        index.AddRange(documents.Skip(1500));
        index.Delete("d7");
        index.Refresh();
        var engine = new MatchEngine(index);
        var boosts = new SearchBoosts { Countries = new Dictionary<string, float> { ["KR"] = 1.3f } };
        SearchFilter[] groups =
        [
            new() { EntityTypes = new HashSet<string> { "org" } },
            new() { EntityTypes = new HashSet<string> { "person", "equipment" }, TrlMin = 3, TrlMax = 7 },
            new() { EntityTypes = new HashSet<string> { "technology" }, Countries = new HashSet<string> { "KR" } },
        ];

        for (var q = 0; q < 40; q++)
        {
            var text = words.Query(random.Next(1, 12));
            var request = new SearchRequest(text) { Top = top, Explain = true, Boosts = boosts };

            var grouped = engine.SearchGroups(request, groups);

            Assert.Equal(groups.Length, grouped.Count);
            for (var g = 0; g < groups.Length; g++)
            {
                var alone = engine.Search(request with { Filter = groups[g] });
                // The same hits in the same order; float sums may differ in the last bit where terms were added in another order.
                Assert.Equal(alone.Hits.Count, grouped[g].Hits.Count);
                Assert.All(alone.Hits.Zip(grouped[g].Hits), p =>
                {
                    Assert.Equal(p.First.Score, p.Second.Score, 0.001);
                    Assert.True(p.First.Id == p.Second.Id || Math.Abs(p.First.Score - p.Second.Score) < 0.001, $"{p.First.Id} vs {p.Second.Id}");
                });
                var explained = grouped[g].Hits.ToDictionary(h => h.Id, h => string.Join(',', h.Explanation!.Terms.Select(t => t.Term)));
                Assert.All(alone.Hits.Where(h => explained.ContainsKey(h.Id)),
                    h => Assert.Equal(string.Join(',', h.Explanation!.Terms.Select(t => t.Term)), explained[h.Id]));
            }
        }
    }

    [Fact]
    public void SearchGroups_DocumentInTwoGroups_CountsForTheFirstOnly()
    {
        var index = Docs.NewIndex();
        index.AddRange([Docs.Of("a", "battery", facets: new DocumentFacets { EntityType = "org" }), Docs.Of("b", "battery", facets: new DocumentFacets { EntityType = "person" })]);
        index.Refresh();
        var engine = new MatchEngine(index);

        var grouped = engine.SearchGroups(new SearchRequest("battery"), [SearchFilter.None, new SearchFilter { EntityTypes = new HashSet<string> { "org" } }]);

        Assert.Equal(["a", "b"], grouped[0].Hits.Select(h => h.Id).Order());
        Assert.Empty(grouped[1].Hits);
    }

    [Fact]
    public void SearchGroups_NoGroups_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new MatchEngine(Docs.NewIndex()).SearchGroups(new SearchRequest("x"), []));
}
