namespace TechBridge.Matching.Evaluation;

/// <summary>A BEIR data set loaded into memory: the corpus, the queries and the judgments of one split.</summary>
/// <param name="Corpus">Documents in file order (a repeated <c>_id</c> is kept as read).</param>
/// <param name="Queries">All queries of <c>queries.jsonl</c> in file order, judged or not.</param>
/// <param name="Qrels">The judgments of <paramref name="Split"/>.</param>
/// <param name="Split">The qrels split that was read (<c>qrels/&lt;split&gt;.tsv</c>).</param>
public sealed record BeirDataset(IReadOnlyList<BeirDocument> Corpus, IReadOnlyList<BeirQuery> Queries, Qrels Qrels, string Split)
{
    /// <summary>
    /// The queries that have at least one relevant document in <see cref="Qrels"/>: the ones the BEIR
    /// convention evaluates, in <c>queries.jsonl</c> order.
    /// </summary>
    public IReadOnlyList<BeirQuery> JudgedQueries()
    {
        var judged = Qrels.JudgedQueryIds().ToHashSet(StringComparer.Ordinal);
        return Queries.Where(query => judged.Contains(query.Id)).ToList();
    }
}
