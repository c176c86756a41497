using TechBridge.Matching.Dense;

namespace TechBridge.Matching.Tests.Dense;

public sealed class ReciprocalRankFusionTests
{
    [Fact]
    public void Fuse_TwoListsDefaultK_MatchesHandComputedScores()
    {
        // BM25F: a b c; dense: c a d. With k = 60 (ranks from 1):
        //   a = 1/61 + 1/62 = 0.0325224…   c = 1/63 + 1/61 = 0.0322664…
        //   b = 1/62        = 0.0161290…   d = 1/63        = 0.0158730…
        var fused = ReciprocalRankFusion.Fuse([["a", "b", "c"], ["c", "a", "d"]]);

        Assert.Equal(["a", "c", "b", "d"], fused.Select(f => f.Id));
        Assert.Equal(0.0325224, fused[0].Score, 6);
        Assert.Equal(0.0322664, fused[1].Score, 6);
        Assert.Equal(0.0161290, fused[2].Score, 6);
        Assert.Equal(0.0158730, fused[3].Score, 6);
        Assert.Equal([1, 2], fused[0].Ranks);
        Assert.Equal([3, 1], fused[1].Ranks);
        Assert.Equal([2, null], fused[2].Ranks);
        Assert.Equal([null, 3], fused[3].Ranks);
    }

    [Fact]
    public void Fuse_WeightedLists_WeightsEachContribution()
    {
        // x = 2/61 + 1/62 = 0.0489164…, y = 2/62 + 1/61 = 0.0486516…
        var fused = ReciprocalRankFusion.Fuse([["x", "y"], ["y", "x"]], weights: [2d, 1d]);

        Assert.Equal(["x", "y"], fused.Select(f => f.Id));
        Assert.Equal((2d / 61) + (1d / 62), fused[0].Score, 12);
        Assert.Equal((2d / 62) + (1d / 61), fused[1].Score, 12);
    }

    [Fact]
    public void Fuse_EqualScores_EarliestBestRankThenOrdinalId()
    {
        // k = 0: a = 1/2 + 1/2 = 1, b = 1/1 = 1, c = 1/1 = 1 (exact). b and c have best rank 1, a only 2.
        var fused = ReciprocalRankFusion.Fuse([["b", "a"], ["c", "a"]], k: 0);

        Assert.Equal(["b", "c", "a"], fused.Select(f => f.Id));
        Assert.All(fused, f => Assert.Equal(1d, f.Score));
        Assert.Equal(["B", "a"], ReciprocalRankFusion.Fuse([["a"], ["B"]]).Select(f => f.Id)); // ordinal: 'B' < 'a'
    }

    [Fact]
    public void Fuse_IdRepeatedInOneList_CountsItsFirstRankOnly()
    {
        var fused = ReciprocalRankFusion.Fuse([["a", "b", "a"]]);

        Assert.Equal(["a", "b"], fused.Select(f => f.Id));
        Assert.Equal(1d / 61, fused[0].Score, 12);
        Assert.Equal(1, fused[0].BestRank);
    }

    [Fact]
    public void Fuse_NoListsOrEmptyLists_ReturnsEmpty()
    {
        Assert.Empty(ReciprocalRankFusion.Fuse([]));
        Assert.Empty(ReciprocalRankFusion.Fuse([[], []]));
    }

    [Fact]
    public void Fuse_BadArguments_Throw()
    {
        Assert.Throws<ArgumentException>(() => ReciprocalRankFusion.Fuse([["a"], ["b"]], weights: [1d]));
        Assert.Throws<ArgumentException>(() => ReciprocalRankFusion.Fuse([["a"]], weights: [-1d]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReciprocalRankFusion.Fuse([["a"]], k: -1));
    }
}
