namespace TechBridge.Matching.Evaluation;

/// <summary>One line of a BEIR <c>queries.jsonl</c>: <c>_id</c> and <c>text</c>.</summary>
/// <param name="Id">The query id (<c>_id</c>; a JSON number is kept as written).</param>
/// <param name="Text">The query text.</param>
public sealed record BeirQuery(string Id, string Text);
