namespace TechBridge.Matching.Dense;

/// <summary>How <see cref="HybridSearcher"/> fuses BM25F with dense retrieval.</summary>
public sealed record HybridOptions
{
    public static HybridOptions Default { get; } = new();

    /// <summary>The RRF constant k.</summary>
    public int RrfK { get; init; } = ReciprocalRankFusion.DefaultK;

    /// <summary>How many candidates each side contributes at least (more when the request asks for more hits).</summary>
    public int CandidateDepth { get; init; } = 100;

    /// <summary>RRF weight of the BM25F list.</summary>
    public double LexicalWeight { get; init; } = 1d;

    /// <summary>RRF weight of the dense list.</summary>
    public double DenseWeight { get; init; } = 1d;

    /// <summary>
    /// Dense candidates with a lower cosine are dropped (exact k-NN always returns k neighbours, related or not);
    /// null keeps them all. The right value depends on the embedding model.
    /// </summary>
    public float? MinDenseScore { get; init; }
}
