using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Matching;

/// <summary>A Korean↔English term pair added by an administrator (the shipped pairs live in data/seed/glossary.csv).</summary>
public sealed class GlossaryTerm : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Korean { get; set; }
    public required string English { get; set; }

    /// <summary>Field, industry or topic codes separated by ';' (as in the CSV).</summary>
    public string Fields { get; set; } = string.Empty;
    public string? Note { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Kept by the DbContext (see <see cref="IVersioned"/>).</summary>
    public long Version { get; private set; }
}
