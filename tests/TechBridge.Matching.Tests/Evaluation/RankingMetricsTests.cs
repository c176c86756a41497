using TechBridge.Matching.Evaluation;

namespace TechBridge.Matching.Tests.Evaluation;

public sealed class RankingMetricsTests
{
    private const double Tolerance = 1e-12;

    // Graded judgments {d1: 2, d2: 1, d3: 0}; the run ranks d3 (judged non-relevant), d1, d4 (unjudged), d2.
    private static readonly Dictionary<string, int> Graded = new() { ["d1"] = 2, ["d2"] = 1, ["d3"] = 0 };
    private static readonly string[] Ranking = ["d3", "d1", "d4", "d2"];

    [Fact]
    public void Ndcg_GradedJudgments_MatchesHandComputedValue()
    {
        var expected = (2 / Math.Log2(3) + 1 / Math.Log2(5)) / (2 / Math.Log2(2) + 1 / Math.Log2(3));

        Assert.Equal(expected, RankingMetrics.Ndcg(Ranking, Graded, 10), Tolerance);
    }

    [Fact]
    public void Ndcg_CutoffBelowRanking_CutsBothRunAndIdeal()
    {
        var expected = (2 / Math.Log2(3)) / (2 / Math.Log2(2) + 1 / Math.Log2(3));

        Assert.Equal(expected, RankingMetrics.Ndcg(Ranking, Graded, 2), Tolerance);
        Assert.Equal(0, RankingMetrics.Ndcg(Ranking, Graded, 1), Tolerance);
    }

    [Fact]
    public void Ndcg_IdealRanking_IsOne()
    {
        Assert.Equal(1, RankingMetrics.Ndcg(["d1", "d2", "d3"], Graded, 10), Tolerance);
    }

    [Fact]
    public void Ndcg_NoRelevantJudgment_IsZero()
    {
        Assert.Equal(0, RankingMetrics.Ndcg(["d3"], new Dictionary<string, int> { ["d3"] = 0 }, 10));
    }

    [Fact]
    public void ReciprocalRank_FirstRelevantAtRank2_IsHalf()
    {
        Assert.Equal(0.5, RankingMetrics.ReciprocalRank(Ranking, Graded, 10), Tolerance);
        Assert.Equal(0, RankingMetrics.ReciprocalRank(Ranking, Graded, 1));
    }

    [Fact]
    public void Recall_CountsRelevantWithinCutoff()
    {
        Assert.Equal(1, RankingMetrics.Recall(Ranking, Graded, 10), Tolerance);
        Assert.Equal(0.5, RankingMetrics.Recall(Ranking, Graded, 2), Tolerance);
        Assert.Equal(0, RankingMetrics.Recall(Ranking, Graded, 1));
    }

    [Fact]
    public void HitRate_IsOneOnlyWhenARelevantDocIsInTopK()
    {
        Assert.Equal(0, RankingMetrics.HitRate(Ranking, Graded, 1));
        Assert.Equal(1, RankingMetrics.HitRate(Ranking, Graded, 2));
        Assert.Equal(1, RankingMetrics.HitRate(Ranking, Graded, 5));
    }

    [Fact]
    public void Precision_DividesByKEvenWhenFewerRetrieved()
    {
        Assert.Equal(0.5, RankingMetrics.Precision(Ranking, Graded, 4), Tolerance);
        Assert.Equal(0.2, RankingMetrics.Precision(Ranking, Graded, 10), Tolerance);
    }

    [Fact]
    public void Metrics_RepeatedDocument_CountsOnceAndTakesNoRank()
    {
        string[] ranking = ["d1", "d1", "d2"];

        Assert.Equal(1, RankingMetrics.Ndcg(ranking, Graded, 10), Tolerance);
        Assert.Equal(1, RankingMetrics.Recall(ranking, Graded, 2), Tolerance);
        Assert.Equal(1, RankingMetrics.Precision(ranking, Graded, 2), Tolerance);
    }

    [Fact]
    public void Metrics_EmptyRanking_AreZero()
    {
        Assert.Equal(0, RankingMetrics.Ndcg([], Graded, 10));
        Assert.Equal(0, RankingMetrics.ReciprocalRank([], Graded, 10));
        Assert.Equal(0, RankingMetrics.Recall([], Graded, 10));
        Assert.Equal(0, RankingMetrics.HitRate([], Graded, 10));
        Assert.Equal(0, RankingMetrics.Precision([], Graded, 10));
    }

    [Fact]
    public void Metrics_NonPositiveK_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RankingMetrics.Ndcg(Ranking, Graded, 0));
    }
}
