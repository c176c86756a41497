namespace TechBridge.Matching.Search;

/// <summary>A Korean↔English term pair with the fields it belongs to.</summary>
public sealed record GlossaryEntry(string Korean, string English, IReadOnlyList<string> Fields)
{
    /// <summary>The CSV's note for people (what the pair means, what it is not); the engine ignores it.</summary>
    public string? Note { get; init; }
}
