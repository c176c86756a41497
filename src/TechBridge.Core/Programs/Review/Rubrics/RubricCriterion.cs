namespace TechBridge.Core.Programs.Review.Rubrics;

/// <summary>
/// One criterion of a stage's review form: what reviewers judge (named and explained in Korean and English), its weight in
/// the review's total (the weights of a rubric add up to 100), the scale it is scored on (1 to <see cref="ScaleMax"/>), and
/// whether the reviewer must explain the score in a comment.
/// </summary>
public sealed record RubricCriterion(
    string NameKo, string NameEn, string GuidanceKo, string GuidanceEn, int WeightPercent, int ScaleMax, bool CommentRequired);
