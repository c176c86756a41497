namespace TechBridge.Matching.Evaluation;

/// <summary>A submission to be matched with reviewers (an entry of <c>submissions.json</c>).</summary>
/// <param name="Id">The submission id: the key in the object form, <c>id</c> in the list form.</param>
/// <param name="Title">The title; "" when missing or null.</param>
/// <param name="Abstract">The abstract; "" when missing or null.</param>
public sealed record Submission(string Id, string Title, string Abstract);
