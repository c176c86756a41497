using System.Text.Json;
using TechBridge.Matching.Evaluation;

namespace TechBridge.Matching.Tests.Evaluation;

public sealed class EvaluationReportTests
{
    [Fact]
    public void ToJson_Report_WritesOneObjectWithSnakeCaseKeys()
    {
        var report = new EvaluationReport(0.5, 0.25, 1, 0, 1, 3, 1.5, 12);

        Assert.Equal(
            """{"ndcg@10":0.5,"mrr@10":0.25,"recall@100":1,"hitrate@1":0,"hitrate@5":1,"queries":3,"latency_ms_p50":1.5,"latency_ms_p95":12}""",
            report.ToJson());
    }

    [Fact]
    public void ToJson_FractionalMetric_RoundTrips()
    {
        var report = new EvaluationReport(1 / 3.0, 0, 0, 0, 0, 1, 0.1, 0.2);

        using var json = JsonDocument.Parse(report.ToJson());

        Assert.Equal(1 / 3.0, json.RootElement.GetProperty("ndcg@10").GetDouble());
        Assert.Equal(0.1, json.RootElement.GetProperty("latency_ms_p50").GetDouble());
    }
}
