using TechBridge.Core.Matching.Embeddings;

namespace TechBridge.Core.Matching;

/// <summary>
/// Settings of the platform's matching index (configuration section <c>TechBridge:Matching</c>): where its snapshot is
/// kept across restarts, and the optional dense retrieval through an external embedding service.
/// </summary>
public sealed class MatchingOptions
{
    public const string Section = "TechBridge:Matching";

    /// <summary>The index snapshot file; relative paths are under the data directory. Default <c>index/partners.tbix</c>.</summary>
    public string? SnapshotPath { get; set; }

    /// <summary>Load the snapshot at start (when it matches the database) and save it after changes; off = rebuild every start.</summary>
    public bool PersistSnapshot { get; set; } = true;

    /// <summary>A changed index is saved at most this long after its first unsaved change (and at shutdown).</summary>
    public TimeSpan SnapshotInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Dense retrieval (off unless <see cref="EmbeddingSettings.Enabled"/>).</summary>
    public EmbeddingSettings Embeddings { get; set; } = new();

    /// <summary>The snapshot file's full path: <see cref="SnapshotPath"/> resolved against <paramref name="dataDirectory"/>.</summary>
    public string ResolveSnapshotPath(string dataDirectory) =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(SnapshotPath) ? Path.Combine("index", "partners.tbix") : SnapshotPath, dataDirectory);
}
