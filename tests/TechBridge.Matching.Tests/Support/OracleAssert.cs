using TechBridge.Matching.Search;

namespace TechBridge.Matching.Tests.Support;

/// <summary>Compares a pruned search with <see cref="ExhaustiveBm25F"/>.</summary>
public static class OracleAssert
{
    /// <summary>Same scores in the same order; ids may differ only between documents whose scores tie (float vs double sums).</summary>
    public static void SameRanking(IReadOnlyList<(string Id, float Score)> expected, IReadOnlyList<SearchHit> actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        Assert.Equal(expected.Count, actual.Count);
        Assert.All(expected.Zip(actual), p => Assert.Equal(p.First.Score, p.Second.Score, 0.001));
        var expectedScores = expected.ToDictionary(h => h.Id, h => h.Score);
        Assert.All(actual.Where(h => !expectedScores.ContainsKey(h.Id)), h => Assert.Equal(expected[^1].Score, h.Score, 0.001));
        Assert.All(actual.Where(h => expectedScores.ContainsKey(h.Id)), h => Assert.Equal(expectedScores[h.Id], h.Score, 0.001));
    }
}
