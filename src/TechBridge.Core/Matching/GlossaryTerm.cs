using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Matching;

/// <summary>
/// A Korean↔English term pair. The pairs shipped in data/seed/glossary.csv are loaded as rows too
/// (<see cref="SeedKey"/> set), so administrators see, edit and remove them like the pairs they add.
/// </summary>
public sealed class GlossaryTerm : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Korean { get; set; }
    public required string English { get; set; }

    /// <summary>Field, industry or topic codes separated by ';' (as in the CSV).</summary>
    public string Fields { get; set; } = string.Empty;
    public string? Note { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// For a shipped pair, its original "ko\ten" in the seed file, kept when an administrator edits it so the next start
    /// does not add the original again; null for pairs added by administrators.
    /// </summary>
    public string? SeedKey { get; set; }

    /// <summary>A shipped pair an administrator removed: kept (hidden) so the next start does not bring it back.</summary>
    public bool IsRemoved { get; set; }

    public bool IsSeeded => SeedKey is not null;

    /// <summary>Kept by the DbContext (see <see cref="IVersioned"/>).</summary>
    public long Version { get; private set; }
}
