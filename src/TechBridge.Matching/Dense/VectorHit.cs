namespace TechBridge.Matching.Dense;

/// <summary>A document found by vector search and its cosine similarity to the query (−1 to 1).</summary>
public sealed record VectorHit(string Id, float Score);
