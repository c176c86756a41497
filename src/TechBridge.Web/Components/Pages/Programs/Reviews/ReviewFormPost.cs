using System.Globalization;
using TechBridge.Core.Programs.Review.Reviews;

namespace TechBridge.Web.Components.Pages.Programs.Reviews;

/// <summary>
/// The review form as the browser posts it: <c>Criteria[i].Score</c> and <c>Criteria[i].Comment</c> for each criterion of
/// the rubric, <c>CommentToApplicant</c>, <c>CommentToManagers</c>. A score that is not a whole number counts as not
/// chosen; Core judges the rest (range, required comments), so the fields get Core's messages.
/// </summary>
internal static class ReviewFormPost
{
    public static ReviewInput Read(IFormCollection form, int criteria) => new(
        [.. Enumerable.Range(0, criteria).Select(i => new CriterionInput(Score(form[$"Criteria[{i}].Score"]), Text(form[$"Criteria[{i}].Comment"])))],
        Text(form["CommentToApplicant"]),
        Text(form["CommentToManagers"]));

    private static int? Score(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var score) ? score : null;

    private static string? Text(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
