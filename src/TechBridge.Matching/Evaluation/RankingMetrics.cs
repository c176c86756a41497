namespace TechBridge.Matching.Evaluation;

/// <summary>
/// Per-query IR metrics at a cutoff k, as BEIR computes them (pytrec_eval / trec_eval for nDCG, recall and
/// precision; BEIR's own definitions for MRR and hit rate / top-k accuracy).
/// </summary>
/// <remarks>
/// <para>The ranking is taken in the given order (best first); rank positions start at 1. A document id that
/// repeats is ignored after its first occurrence and takes no rank position. A document is relevant when its
/// grade in the judgments is &gt; 0; unjudged documents are non-relevant.</para>
/// <para>Unlike trec_eval, which re-sorts a run by score (ties by document id, descending), these functions
/// trust the given order; give them the order the engine returned.</para>
/// </remarks>
public static class RankingMetrics
{
    /// <summary>
    /// nDCG@k (trec_eval <c>ndcg_cut</c>): DCG = Σ<sub>rank ≤ k</sub> grade / log2(rank + 1) with the grade as
    /// a linear gain (grades ≤ 0 gain nothing), divided by the DCG of the judged grades sorted descending and
    /// cut at k. 0 when the query has no relevant document.
    /// </summary>
    public static double Ndcg(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judgments, int k)
    {
        Validate(ranking, judgments, k);
        var dcg = 0.0;
        foreach (var (rank, grade) in Grades(ranking, judgments, k))
        {
            if (grade > 0)
            {
                dcg += grade / Math.Log2(rank + 1);
            }
        }

        var ideal = judgments.Values.Where(grade => grade > 0).OrderDescending().Take(k).ToList();
        var idcg = 0.0;
        for (var i = 0; i < ideal.Count; i++)
        {
            idcg += ideal[i] / Math.Log2(i + 2);
        }

        return idcg > 0 ? dcg / idcg : 0;
    }

    /// <summary>Reciprocal rank at k: 1 / the rank of the first relevant document within the top k, else 0. Its mean over queries is MRR@k.</summary>
    public static double ReciprocalRank(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judgments, int k)
    {
        Validate(ranking, judgments, k);
        foreach (var (rank, grade) in Grades(ranking, judgments, k))
        {
            if (grade > 0)
            {
                return 1.0 / rank;
            }
        }

        return 0;
    }

    /// <summary>Recall@k: relevant documents in the top k / all relevant documents of the query (0 when it has none).</summary>
    public static double Recall(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judgments, int k)
    {
        Validate(ranking, judgments, k);
        var relevant = judgments.Values.Count(grade => grade > 0);
        return relevant == 0 ? 0 : (double)RelevantInTop(ranking, judgments, k) / relevant;
    }

    /// <summary>Hit rate@k (top-k accuracy): 1 when at least one relevant document is in the top k, else 0.</summary>
    public static double HitRate(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judgments, int k)
    {
        Validate(ranking, judgments, k);
        return RelevantInTop(ranking, judgments, k) > 0 ? 1 : 0;
    }

    /// <summary>Precision@k (trec_eval <c>P_k</c>): relevant documents in the top k / k, also when fewer than k were retrieved.</summary>
    public static double Precision(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judgments, int k)
    {
        Validate(ranking, judgments, k);
        return (double)RelevantInTop(ranking, judgments, k) / k;
    }

    private static int RelevantInTop(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judgments, int k) =>
        Grades(ranking, judgments, k).Count(entry => entry.Grade > 0);

    /// <summary>(rank, grade) of the first k distinct documents of the ranking; ranks start at 1.</summary>
    private static IEnumerable<(int Rank, int Grade)> Grades(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judgments, int k)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rank = 0;
        for (var i = 0; i < ranking.Count && rank < k; i++)
        {
            var id = ranking[i];
            if (!seen.Add(id))
            {
                continue;
            }

            rank++;
            yield return (rank, judgments.TryGetValue(id, out var grade) ? grade : 0);
        }
    }

    private static void Validate(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judgments, int k)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(judgments);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
    }
}
