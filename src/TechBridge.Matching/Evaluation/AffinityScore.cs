namespace TechBridge.Matching.Evaluation;

/// <summary>How well a reviewer's expertise fits a submission.</summary>
/// <param name="SubmissionId">The submission id.</param>
/// <param name="ReviewerId">The reviewer id.</param>
/// <param name="Score">The affinity; higher is better.</param>
public readonly record struct AffinityScore(string SubmissionId, string ReviewerId, double Score);
