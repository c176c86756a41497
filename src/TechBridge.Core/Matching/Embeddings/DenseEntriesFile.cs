using System.Diagnostics.CodeAnalysis;
using System.Text;
using TechBridge.Matching.Index;

namespace TechBridge.Core.Matching.Embeddings;

/// <summary>
/// The <see cref="DenseEntry"/> of every embedded document, saved beside the vector file: magic number, format version,
/// count, then per document its id, text hash and facets. Its integrity is checked by the manifest's SHA-256.
/// </summary>
public static class DenseEntriesFile
{
    private const uint Magic = 0x45564254; // "TBVE"
    private const int FormatVersion = 1;

    public static void Write(string path, IReadOnlyDictionary<string, DenseEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var writer = new BinaryWriter(file, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(entries.Count);
        foreach (var (id, entry) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            writer.Write(id);
            writer.Write(entry.TextHash);
            var facets = entry.Facets;
            WriteOptional(writer, facets.EntityType);
            WriteOptional(writer, facets.Industry);
            WriteOptional(writer, facets.RndStage);
            WriteOptional(writer, facets.Country);
            writer.Write(facets.TrlMin ?? 0);
            writer.Write(facets.TrlMax ?? 0);
            writer.Write(facets.Fields.Count);
            foreach (var field in facets.Fields)
            {
                writer.Write(field);
            }
        }
    }

    /// <summary>Reads the file; false (with the reason) when it is missing or unreadable. Never throws for a bad file.</summary>
    public static bool TryRead(string path, [NotNullWhen(true)] out Dictionary<string, DenseEntry>? entries, [NotNullWhen(false)] out string? reason)
    {
        entries = null;
        if (!File.Exists(path))
        {
            reason = "no entries file";
            return false;
        }

        try
        {
            using var file = File.OpenRead(path);
            using var reader = new BinaryReader(file, Encoding.UTF8);
            if (reader.ReadUInt32() != Magic || reader.ReadInt32() != FormatVersion)
            {
                reason = "not a TechBridge vector entries file of this version";
                return false;
            }

            var count = reader.ReadInt32();
            if (count < 0 || count > file.Length)
            {
                reason = "entry count out of range";
                return false;
            }

            var read = new Dictionary<string, DenseEntry>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var id = reader.ReadString();
                var hash = reader.ReadUInt64();
                var entityType = ReadOptional(reader);
                var industry = ReadOptional(reader);
                var rndStage = ReadOptional(reader);
                var country = ReadOptional(reader);
                var trlMin = reader.ReadInt32();
                var trlMax = reader.ReadInt32();
                var fields = new string[reader.ReadInt32()];
                for (var f = 0; f < fields.Length; f++)
                {
                    fields[f] = reader.ReadString();
                }

                read[id] = new DenseEntry(hash, new DocumentFacets
                {
                    EntityType = entityType, Industry = industry, RndStage = rndStage, Country = country,
                    TrlMin = trlMin == 0 ? null : trlMin, TrlMax = trlMax == 0 ? null : trlMax, Fields = fields,
                });
            }

            entries = read;
            reason = null;
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or OverflowException or OutOfMemoryException or FormatException)
        {
            reason = "unreadable: " + ex.Message;
            return false;
        }
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
