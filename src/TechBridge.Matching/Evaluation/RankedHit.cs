namespace TechBridge.Matching.Evaluation;

/// <summary>A retrieved document and its score, as written to a TREC run file.</summary>
/// <param name="DocumentId">The document id.</param>
/// <param name="Score">The retrieval score; higher is better.</param>
public readonly record struct RankedHit(string DocumentId, double Score);
