namespace TechBridge.Core.Programs.Review.Reviews;

/// <summary>A reviewer's form: per criterion of the stage's rubric (in its order) a score and a comment, then the comments.</summary>
public sealed record ReviewInput(IReadOnlyList<CriterionInput> Criteria, string? CommentToApplicant, string? CommentToManagers);

/// <param name="Score">1 to the criterion's scale; null while not scored yet.</param>
public sealed record CriterionInput(int? Score, string? Comment);
