namespace TechBridge.Core.Matching.Snapshots;

/// <summary>
/// The JSON file beside the index snapshot (<c>partners.tbix.json</c>): the database stamp the snapshot was saved
/// with, and the SHA-256 of each data file written with it, so a snapshot file replaced by another writer (or half
/// of an interrupted save) never passes for this one.
/// </summary>
public sealed record SnapshotManifest(IndexStamp Stamp, string IndexSha256, int Documents, DateTimeOffset SavedAt, VectorManifest? Vectors);

/// <summary>The saved vectors: which model made them, their length, and the checksums of the vector and entry files.</summary>
public sealed record VectorManifest(string Fingerprint, int Dimensions, int Count, string VectorsSha256, string EntriesSha256);
