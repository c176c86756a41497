namespace TechBridge.Matching.Evaluation;

/// <summary>One line of a BEIR <c>corpus.jsonl</c>: <c>_id</c>, <c>title</c> and <c>text</c> (missing or null title/text read as "").</summary>
/// <param name="Id">The document id (<c>_id</c>; a JSON number is kept as written).</param>
/// <param name="Title">The title; often empty in BEIR corpora.</param>
/// <param name="Text">The body text.</param>
public sealed record BeirDocument(string Id, string Title, string Text);
