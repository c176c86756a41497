using TechBridge.Matching.Evaluation;

namespace TechBridge.Matching.Tests.Evaluation;

public sealed class RunEvaluatorTests
{
    private const double Tolerance = 1e-12;

    private static Qrels BuildQrels()
    {
        var qrels = new Qrels();
        qrels.Set("q1", "d1", 2);
        qrels.Set("q1", "d2", 1);
        qrels.Set("q1", "d3", 0);
        qrels.Set("q2", "d5", 1);
        qrels.Set("q3", "d6", 0); // no relevant document: skipped (BEIR convention)
        qrels.Set("q4", "d7", 1); // judged but missing from the run: scores 0
        return qrels;
    }

    private static Dictionary<string, IReadOnlyList<string>> BuildRun() => new()
    {
        ["q1"] = ["d3", "d1", "d4", "d2"],
        ["q2"] = ["d5"],
        ["q3"] = ["d6"],
        ["q5"] = ["x"], // not judged: ignored
    };

    [Fact]
    public void Evaluate_BeirConvention_AveragesOverQueriesWithRelevantDocs()
    {
        var report = RunEvaluator.Evaluate(BuildQrels(), BuildRun());

        var ndcgQ1 = (2 / Math.Log2(3) + 1 / Math.Log2(5)) / (2 / Math.Log2(2) + 1 / Math.Log2(3));
        Assert.Equal(3, report.QueryCount);
        Assert.Equal((ndcgQ1 + 1 + 0) / 3, report.NDCG10, Tolerance);
        Assert.Equal((0.5 + 1 + 0) / 3, report.MRR10, Tolerance);
        Assert.Equal((1 + 1 + 0) / 3.0, report.Recall100, Tolerance);
        Assert.Equal((0 + 1 + 0) / 3.0, report.HitRate1, Tolerance);
        Assert.Equal((1 + 1 + 0) / 3.0, report.HitRate5, Tolerance);
    }

    [Fact]
    public void Evaluate_Latencies_UsesNearestRankPercentiles()
    {
        double[] latencies = [.. Enumerable.Range(1, 20).Select(i => (double)(21 - i))];

        var report = RunEvaluator.Evaluate(BuildQrels(), BuildRun(), latencies);

        Assert.Equal(10, report.LatencyP50Ms);
        Assert.Equal(19, report.LatencyP95Ms);
    }

    [Fact]
    public void Evaluate_NoLatencies_ReportsZero()
    {
        var report = RunEvaluator.Evaluate(BuildQrels(), BuildRun());

        Assert.Equal(0, report.LatencyP50Ms);
        Assert.Equal(0, report.LatencyP95Ms);
    }

    [Fact]
    public void Mean_NoJudgedQueries_IsZero()
    {
        var qrels = new Qrels();
        qrels.Set("q1", "d1", 0);

        Assert.Equal(0, RunEvaluator.Mean(qrels, BuildRun(), (ranking, judgments) => 1));
    }

    [Fact]
    public void Mean_CustomMetric_IsAveragedOverJudgedQueries()
    {
        var mean = RunEvaluator.Mean(BuildQrels(), BuildRun(), (ranking, judgments) => RankingMetrics.Precision(ranking, judgments, 1));

        Assert.Equal((0 + 1 + 0) / 3.0, mean, Tolerance);
    }
}
