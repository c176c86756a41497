namespace TechBridge.Matching.Evaluation;

/// <summary>One publication of a reviewer's archive (a line of <c>archives/&lt;reviewer&gt;.jsonl</c>).</summary>
/// <param name="Id">The publication id (<c>id</c>); <c>&lt;reviewer&gt;:&lt;line&gt;</c> when the line has none.</param>
/// <param name="Title">The title; "" when missing or null.</param>
/// <param name="Abstract">The abstract; "" when missing or null.</param>
public sealed record Paper(string Id, string Title, string Abstract);
