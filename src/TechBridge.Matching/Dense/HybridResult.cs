using TechBridge.Matching.Search;

namespace TechBridge.Matching.Dense;

/// <summary>
/// One hit of a hybrid search. <see cref="Score"/> is the fused RRF score when dense retrieval took part,
/// otherwise the BM25F score (hits are ordered by it either way). Ranks are 1-based; a null rank means the
/// document was not among that side's candidates.
/// </summary>
public sealed record HybridHit(
    string Id,
    double Score,
    int? LexicalRank,
    float? LexicalScore,
    int? DenseRank,
    float? DenseScore,
    HitExplanation? Explanation = null);

/// <summary>
/// The hits of a hybrid search and the BM25F result they came from. When <see cref="DenseUsed"/> is false the
/// hits are the BM25F hits unchanged and <see cref="DenseSkippedReason"/> says why (not configured, the
/// embedding call failed, …).
/// </summary>
public sealed record HybridResult(IReadOnlyList<HybridHit> Hits, SearchResult Lexical, bool DenseUsed, string? DenseSkippedReason);
