namespace TechBridge.Core.Matching.Snapshots;

/// <summary>How the matching index came to be at the last start.</summary>
public enum IndexStartKind
{
    /// <summary>Not started yet, or the start failed.</summary>
    None,

    /// <summary>Loaded from the snapshot file, which matched the database.</summary>
    Loaded,

    /// <summary>Built from the database; <see cref="IndexStartReport.Reason"/> says why the snapshot was not used.</summary>
    Rebuilt,
}

/// <summary>What the last start did: loaded or rebuilt (and why), how many documents, how long it took.</summary>
public sealed record IndexStartReport(IndexStartKind Kind, string? Reason, int Documents, TimeSpan Elapsed)
{
    public static IndexStartReport NotStarted { get; } = new(IndexStartKind.None, null, 0, TimeSpan.Zero);
}
