namespace TechBridge.Matching.Evaluation;

/// <summary>A reviewer's publications: one file <c>archives/&lt;reviewer&gt;.jsonl</c>.</summary>
/// <param name="ReviewerId">The file name without its extension, e.g. <c>~Jane_Doe1</c>.</param>
/// <param name="Papers">The publications in file order; empty for an empty file.</param>
public sealed record ReviewerArchive(string ReviewerId, IReadOnlyList<Paper> Papers);
