using TechBridge.Core.Programs.Review.Assignments;
using TechBridge.Core.Programs.Review.Reviews;

namespace TechBridge.Web.Api;

/// <summary>
/// A reviewer's form as the API takes it: per criterion of the stage's rubric, in its order, a score (1 to the
/// criterion's scale; null while not chosen) and a comment; then the comment for the applicant and the confidential one
/// for the program managers. A missing list or criterion counts as empty, so Core answers with the fields.
/// </summary>
public sealed record ReviewBody(IReadOnlyList<ReviewCriterionBody?>? Criteria, string? CommentToApplicant, string? CommentToManagers)
{
    public ReviewInput ToInput() =>
        new([.. (Criteria ?? []).Select(c => new CriterionInput(c?.Score, c?.Comment))], CommentToApplicant, CommentToManagers);
}

public sealed record ReviewCriterionBody(int? Score, string? Comment);

/// <summary>Why the reviewer declines; a note is required for a conflict of interest and for another reason.</summary>
public sealed record ReviewDeclineBody(DeclineReason? Reason, string? Note);

/// <summary>The review's version after a change (also its new ETag) and its total on 0–100 once every criterion is scored.</summary>
public sealed record ReviewSaved(long Version, double? Total);
