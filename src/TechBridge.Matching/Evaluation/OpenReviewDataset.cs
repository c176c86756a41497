namespace TechBridge.Matching.Evaluation;

/// <summary>An openreview-expertise data set: the reviewers' archives and the submissions.</summary>
/// <param name="Archives">One archive per reviewer, ordered by reviewer id (ordinal).</param>
/// <param name="Submissions">The submissions in file order.</param>
public sealed record OpenReviewDataset(IReadOnlyList<ReviewerArchive> Archives, IReadOnlyList<Submission> Submissions);
