namespace TechBridge.Matching.Search;

/// <summary>A Korean↔English term pair with the fields it belongs to.</summary>
public sealed record GlossaryEntry(string Korean, string English, IReadOnlyList<string> Fields);
