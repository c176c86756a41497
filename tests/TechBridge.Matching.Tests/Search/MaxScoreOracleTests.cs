using TechBridge.Matching.Index;
using TechBridge.Matching.Search;
using TechBridge.Matching.Tests.Support;

namespace TechBridge.Matching.Tests.Search;

/// <summary>MaxScore pruning and skip lists must return exactly what scoring every document would.</summary>
public sealed class MaxScoreOracleTests
{
    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 10)]
    [InlineData(3, 100)]
    [InlineData(4, 1)]
    public void Search_RandomCorpus_EqualsExhaustiveBm25F(int seed, int top)
    {
        var random = new Random(seed);
        var words = new ZipfWords(random, 400);
        var documents = Enumerable.Range(0, 3000).Select(i => Docs.Of($"d{i}", words.Text(random.Next(1, 8)), words.Text(random.Next(5, 60)))).ToList();
        var index = Docs.NewIndex();
        index.AddRange(documents.Take(2000));
        index.AddRange(documents.Skip(2000)); // two segments
        foreach (var id in new[] { "d5", "d1500", "d2500" })
        {
            index.Delete(id);
        }

        index.Refresh();
        var engine = new MatchEngine(index);
        var oracle = new ExhaustiveBm25F(Docs.TitleBody, SpaceAnalyzer.Instance, documents, new HashSet<string> { "d5", "d1500", "d2500" });

        for (var q = 0; q < 60; q++)
        {
            var query = words.Query(random.Next(1, 6));

            var actual = engine.Search(new SearchRequest(query) { Top = top }).Hits;
            var expected = oracle.Search(query, top);

            OracleAssert.SameRanking(expected, actual);
        }
    }
}
