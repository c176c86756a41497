using System.Buffers;
using System.Text;
using System.Text.Json;

namespace TechBridge.Matching.Evaluation;

/// <summary>
/// The quality and latency of a run: metric means over the judged queries (see <see cref="RunEvaluator"/>)
/// and query latency percentiles by the nearest-rank method (see <see cref="Percentile.NearestRank"/>).
/// </summary>
/// <param name="NDCG10">Mean nDCG@10.</param>
/// <param name="MRR10">Mean reciprocal rank at 10.</param>
/// <param name="Recall100">Mean recall@100.</param>
/// <param name="HitRate1">Mean hit rate@1 (share of queries whose first result is relevant).</param>
/// <param name="HitRate5">Mean hit rate@5.</param>
/// <param name="QueryCount">The number of queries evaluated: those with at least one relevant document.</param>
/// <param name="LatencyP50Ms">Median query latency in milliseconds (nearest rank); 0 without latencies.</param>
/// <param name="LatencyP95Ms">95th-percentile query latency in milliseconds (nearest rank); 0 without latencies.</param>
public sealed record EvaluationReport(
    double NDCG10,
    double MRR10,
    double Recall100,
    double HitRate1,
    double HitRate5,
    int QueryCount,
    double LatencyP50Ms,
    double LatencyP95Ms)
{
    /// <summary>
    /// One JSON object: <c>{"ndcg@10":…,"mrr@10":…,"recall@100":…,"hitrate@1":…,"hitrate@5":…,"queries":…,
    /// "latency_ms_p50":…,"latency_ms_p95":…}</c>, numbers in shortest round-trip form.
    /// </summary>
    public string ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("ndcg@10"u8, NDCG10);
            json.WriteNumber("mrr@10"u8, MRR10);
            json.WriteNumber("recall@100"u8, Recall100);
            json.WriteNumber("hitrate@1"u8, HitRate1);
            json.WriteNumber("hitrate@5"u8, HitRate5);
            json.WriteNumber("queries"u8, QueryCount);
            json.WriteNumber("latency_ms_p50"u8, LatencyP50Ms);
            json.WriteNumber("latency_ms_p95"u8, LatencyP95Ms);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
