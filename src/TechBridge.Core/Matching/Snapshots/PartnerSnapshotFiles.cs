using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text.Json;
using TechBridge.Core.Matching.Embeddings;
using TechBridge.Matching.Dense;
using TechBridge.Matching.Index;

namespace TechBridge.Core.Matching.Snapshots;

/// <summary>
/// The files that carry the matching index across restarts: the engine's snapshot (<c>partners.tbix</c>), optionally the
/// vectors (<c>partners.tbvs</c>) and their entries (<c>partners.tbve</c>), and the manifest (<c>partners.tbix.json</c>)
/// that ties them to a database stamp. Every file is written under a unique temporary name and renamed into place,
/// the manifest last; the manifest holds each file's SHA-256, so files from two writers (or from a save cut short)
/// are never taken for a matching set.
/// </summary>
public sealed class PartnerSnapshotFiles
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public PartnerSnapshotFiles(string indexPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexPath);
        IndexPath = Path.GetFullPath(indexPath);
    }

    public string IndexPath { get; }

    public string ManifestPath => IndexPath + ".json";

    public string VectorsPath => Path.ChangeExtension(IndexPath, ".tbvs");

    public string EntriesPath => Path.ChangeExtension(IndexPath, ".tbve");

    /// <summary>Reads the manifest; false (with the reason) when it is missing or unreadable.</summary>
    public bool TryReadManifest([NotNullWhen(true)] out SnapshotManifest? manifest, [NotNullWhen(false)] out string? reason)
    {
        manifest = null;
        if (!File.Exists(ManifestPath))
        {
            reason = File.Exists(IndexPath) ? "the snapshot has no manifest" : "no snapshot file";
            return false;
        }

        try
        {
            using var stream = File.OpenRead(ManifestPath);
            manifest = JsonSerializer.Deserialize<SnapshotManifest>(stream, Json);
            if (manifest?.Stamp is null || string.IsNullOrEmpty(manifest.IndexSha256))
            {
                manifest = null;
                reason = "the snapshot manifest is incomplete";
                return false;
            }

            reason = null;
            return true;
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            reason = "the snapshot manifest is unreadable: " + ex.Message;
            return false;
        }
    }

    /// <summary>Loads the index file named by <paramref name="manifest"/> into <paramref name="index"/>; false (with the reason) when it cannot be used.</summary>
    public bool TryLoadIndex(SnapshotManifest manifest, MatchIndex index, [NotNullWhen(false)] out string? reason)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(index);
        if (!Matches(IndexPath, manifest.IndexSha256, "snapshot", out reason))
        {
            return false;
        }

        if (!SnapshotFile.TryLoad(index, IndexPath, out var engineReason))
        {
            reason = "the engine cannot use the snapshot: " + (engineReason ?? "unknown reason");
            return false;
        }

        return true;
    }

    /// <summary>Loads the vectors and entries named by <paramref name="manifest"/>, when they were made by <paramref name="fingerprint"/>.</summary>
    public bool TryLoadVectors(
        SnapshotManifest manifest,
        string fingerprint,
        [NotNullWhen(true)] out VectorStore? store,
        [NotNullWhen(true)] out Dictionary<string, DenseEntry>? entries,
        [NotNullWhen(false)] out string? reason)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        store = null;
        entries = null;
        if (manifest.Vectors is not { } vectors)
        {
            reason = "no vectors were saved with the snapshot";
            return false;
        }

        if (!string.Equals(vectors.Fingerprint, fingerprint, StringComparison.Ordinal))
        {
            reason = $"the saved vectors were made by \"{vectors.Fingerprint}\", not \"{fingerprint}\"";
            return false;
        }

        if (vectors.Dimensions < 1)
        {
            reason = "the saved vectors have no dimensions";
            return false;
        }

        if (!Matches(VectorsPath, vectors.VectorsSha256, "vector file", out reason) || !Matches(EntriesPath, vectors.EntriesSha256, "vector entries file", out reason))
        {
            return false;
        }

        var loaded = new VectorStore(vectors.Dimensions);
        if (!loaded.TryLoad(VectorsPath, fingerprint, out var storeReason))
        {
            reason = "the vector file is unusable: " + storeReason;
            return false;
        }

        if (!DenseEntriesFile.TryRead(EntriesPath, out var read, out var entriesReason))
        {
            reason = "the vector entries are unusable: " + entriesReason;
            return false;
        }

        if (read.Count != loaded.Count || read.Keys.Any(id => !loaded.Contains(id)))
        {
            reason = "the vector file and its entries disagree";
            return false;
        }

        (store, entries) = (loaded, read);
        return true;
    }

    /// <summary>Writes the index (and the vectors, when given) and then the manifest that names them with <paramref name="stamp"/>.</summary>
    public void Save(MatchIndex index, IndexStamp stamp, DateTimeOffset savedAt, SavedVectors? vectors)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(stamp);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(IndexPath)!);
        var temporary = new List<string>();
        try
        {
            var indexTemp = Temporary(IndexPath, temporary);
            temporary.Add(indexTemp + ".tmp"); // SnapshotFile.Save writes there first
            SnapshotFile.Save(index, indexTemp);
            var documents = index.Count;
            VectorManifest? vectorManifest = null;
            string? vectorsTemp = null;
            string? entriesTemp = null;
            if (vectors is not null)
            {
                vectorsTemp = Temporary(VectorsPath, temporary);
                temporary.Add(vectorsTemp + ".tmp"); // VectorStore.Save writes there first
                vectors.Store.Save(vectorsTemp, vectors.Fingerprint);
                entriesTemp = Temporary(EntriesPath, temporary);
                DenseEntriesFile.Write(entriesTemp, vectors.Entries);
                vectorManifest = new VectorManifest(vectors.Fingerprint, vectors.Store.Dimensions, vectors.Entries.Count, Sha256Of(vectorsTemp), Sha256Of(entriesTemp));
            }

            var manifest = new SnapshotManifest(stamp, Sha256Of(indexTemp), documents, savedAt, vectorManifest);
            var manifestTemp = Temporary(ManifestPath, temporary);
            File.WriteAllBytes(manifestTemp, JsonSerializer.SerializeToUtf8Bytes(manifest, Json));
            File.Move(indexTemp, IndexPath, overwrite: true);
            if (vectorsTemp is not null && entriesTemp is not null)
            {
                File.Move(vectorsTemp, VectorsPath, overwrite: true);
                File.Move(entriesTemp, EntriesPath, overwrite: true);
            }

            File.Move(manifestTemp, ManifestPath, overwrite: true);
        }
        finally
        {
            foreach (var path in temporary)
            {
                TryDelete(path);
            }
        }
    }

    private static string Temporary(string target, List<string> created)
    {
        var path = $"{target}.{Guid.NewGuid():N}.tmp";
        created.Add(path);
        return path;
    }

    private static bool Matches(string path, string expectedSha256, string what, [NotNullWhen(false)] out string? reason)
    {
        if (!File.Exists(path))
        {
            reason = $"the {what} is missing";
            return false;
        }

        try
        {
            if (!string.Equals(Sha256Of(path), expectedSha256, StringComparison.OrdinalIgnoreCase))
            {
                reason = $"the {what} does not match its manifest (changed, damaged, or written by another process)";
                return false;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            reason = $"the {what} is unreadable: {ex.Message}";
            return false;
        }

        reason = null;
        return true;
    }

    private static string Sha256Of(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        return Convert.ToHexString(SHA256.HashData(stream));
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary file is harmless; the next save writes new ones.
        }
    }
}
