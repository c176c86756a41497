namespace TechBridge.Matching.Evaluation;

/// <summary>A per-query metric: the ranking (best first), the query's judgments → a score.</summary>
public delegate double QueryMetric(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judgments);

/// <summary>
/// Averages per-query metrics over a run (query id → ranked document ids) by the BEIR convention: the mean is
/// taken over the queries of the qrels that have at least one relevant (grade &gt; 0) document; such a query
/// missing from the run scores 0; run queries without relevant judgments are ignored.
/// </summary>
public static class RunEvaluator
{
    /// <summary>Evaluates a run into an <see cref="EvaluationReport"/>.</summary>
    /// <param name="qrels">The judgments.</param>
    /// <param name="run">Query id → document ids, best first.</param>
    /// <param name="latenciesMs">Per-query latencies in milliseconds, for the p50/p95 (nearest rank); null or empty gives 0.</param>
    public static EvaluationReport Evaluate(
        Qrels qrels, IReadOnlyDictionary<string, IReadOnlyList<string>> run, IReadOnlyCollection<double>? latenciesMs = null)
    {
        ArgumentNullException.ThrowIfNull(qrels);
        ArgumentNullException.ThrowIfNull(run);
        latenciesMs ??= [];
        return new EvaluationReport(
            NDCG10: Mean(qrels, run, (ranking, judgments) => RankingMetrics.Ndcg(ranking, judgments, 10)),
            MRR10: Mean(qrels, run, (ranking, judgments) => RankingMetrics.ReciprocalRank(ranking, judgments, 10)),
            Recall100: Mean(qrels, run, (ranking, judgments) => RankingMetrics.Recall(ranking, judgments, 100)),
            HitRate1: Mean(qrels, run, (ranking, judgments) => RankingMetrics.HitRate(ranking, judgments, 1)),
            HitRate5: Mean(qrels, run, (ranking, judgments) => RankingMetrics.HitRate(ranking, judgments, 5)),
            QueryCount: qrels.JudgedQueryIds().Count(),
            LatencyP50Ms: Percentile.NearestRank(latenciesMs, 50),
            LatencyP95Ms: Percentile.NearestRank(latenciesMs, 95));
    }

    /// <summary>The mean of <paramref name="metric"/> over the judged queries (BEIR convention); 0 when there are none.</summary>
    public static double Mean(Qrels qrels, IReadOnlyDictionary<string, IReadOnlyList<string>> run, QueryMetric metric)
    {
        ArgumentNullException.ThrowIfNull(qrels);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(metric);
        var sum = 0.0;
        var count = 0;
        foreach (var queryId in qrels.JudgedQueryIds())
        {
            count++;
            if (run.TryGetValue(queryId, out var ranking))
            {
                sum += metric(ranking, qrels[queryId]);
            }
        }

        return count == 0 ? 0 : sum / count;
    }
}
