using System.Security.Cryptography;
using System.Text;

namespace TechBridge.Matching.Index;

/// <summary>
/// Saves an index snapshot to one file and loads it back, so a restart does not re-analyse every document.
/// The file starts with a magic number, a format version and a fingerprint of the schema, and ends with a
/// SHA-256 of everything before it; <see cref="TryLoad"/> refuses a file that is stale, foreign or damaged,
/// and the caller rebuilds from the source instead of crashing.
/// </summary>
public static class SnapshotFile
{
    public const int FormatVersion = 1;
    private const uint Magic = 0x58494254; // "TBIX"

    /// <summary>Writes atomically: a temporary file beside the target is renamed over it when complete.</summary>
    public static void Save(MatchIndex index, string path)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(path);
        var snapshot = index.Snapshot;
        var temporary = path + ".tmp";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        using (var hashing = new HashingStream(file))
        {
            using (var writer = new BinaryWriter(hashing, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(Magic);
                writer.Write(FormatVersion);
                writer.Write(Fingerprint(index.Schema));
                writer.Write(snapshot.Segments.Count);
                for (var s = 0; s < snapshot.Segments.Count; s++)
                {
                    WriteSegment(writer, snapshot.Segments[s], snapshot.Deleted[s]);
                }
            }

            file.Write(hashing.Hash());
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Loads the file into <paramref name="index"/>; false (with the reason) when it cannot be used.</summary>
    public static bool TryLoad(MatchIndex index, string path, out string? reason)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (!File.Exists(path))
        {
            reason = "no snapshot file";
            return false;
        }

        try
        {
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length < 32 + 16)
            {
                reason = "file too short";
                return false;
            }

            var body = bytes.AsSpan(0, bytes.Length - 32);
            if (!SHA256.HashData(body).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - 32)))
            {
                reason = "checksum mismatch (damaged or truncated file)";
                return false;
            }

            using var reader = new BinaryReader(new MemoryStream(bytes, 0, bytes.Length - 32), Encoding.UTF8);
            if (reader.ReadUInt32() != Magic)
            {
                reason = "not a TechBridge index file";
                return false;
            }

            var version = reader.ReadInt32();
            if (version != FormatVersion)
            {
                reason = $"format version {version}, expected {FormatVersion}";
                return false;
            }

            if (reader.ReadString() != Fingerprint(index.Schema))
            {
                reason = "built with a different schema";
                return false;
            }

            var count = reader.ReadInt32();
            var segments = new List<Segment>(count);
            var deleted = new List<ulong[]>(count);
            for (var s = 0; s < count; s++)
            {
                var (segment, bits) = ReadSegment(reader);
                segments.Add(segment);
                deleted.Add(bits);
            }

            index.Load(segments, deleted);
            reason = null;
            return true;
        }
        catch (Exception ex) when (ex is IOException or EndOfStreamException or InvalidDataException or ArgumentException or FormatException or OverflowException or IndexOutOfRangeException)
        {
            reason = "unreadable: " + ex.Message;
            return false;
        }
    }

    private static string Fingerprint(IndexSchema schema) =>
        string.Join('|', schema.Fields.Select(f => FormattableString.Invariant($"{f.Name}:{f.Weight}:{f.B}"))) + FormattableString.Invariant($"|k1:{schema.K1}");

    private static void WriteSegment(BinaryWriter writer, Segment segment, ulong[] deleted)
    {
        writer.Write(segment.FieldCount);
        writer.Write(segment.DocCount);
        foreach (var id in segment.Ids)
        {
            writer.Write(id);
        }

        foreach (var facets in segment.Facets)
        {
            FacetsCodec.Write(writer, facets);
        }

        WriteArray(writer, segment.Lengths, w => writer.Write(w));
        WriteArray(writer, segment.LengthSums, w => writer.Write(w));
        var terms = new string[segment.TermCount];
        foreach (var (term, ordinal) in segment.Terms)
        {
            terms[ordinal] = term;
        }

        WriteArray(writer, terms, writer.Write);
        WriteArray(writer, segment.DocFreqs, writer.Write);
        WriteArray(writer, segment.PostingStarts, writer.Write);
        writer.Write(segment.Postings.Length);
        writer.Write(segment.Postings);
        WriteArray(writer, segment.SkipStarts, writer.Write);
        WriteArray(writer, segment.SkipDocs, writer.Write);
        WriteArray(writer, segment.SkipOffsets, writer.Write);
        WriteArray(writer, deleted, writer.Write);
    }

    private static (Segment Segment, ulong[] Deleted) ReadSegment(BinaryReader reader)
    {
        var fieldCount = reader.ReadInt32();
        var docCount = reader.ReadInt32();
        var ids = new string[docCount];
        for (var i = 0; i < docCount; i++)
        {
            ids[i] = reader.ReadString();
        }

        var facets = new DocumentFacets[docCount];
        for (var i = 0; i < docCount; i++)
        {
            facets[i] = FacetsCodec.Read(reader);
        }

        var lengths = ReadArray(reader, r => r.ReadUInt16());
        var lengthSums = ReadArray(reader, r => r.ReadInt64());
        var terms = ReadArray(reader, r => r.ReadString());
        var docFreqs = ReadArray(reader, r => r.ReadInt32());
        var starts = ReadArray(reader, r => r.ReadInt64());
        var postings = reader.ReadBytes(reader.ReadInt32());
        var skipStarts = ReadArray(reader, r => r.ReadInt32());
        var skipDocs = ReadArray(reader, r => r.ReadInt32());
        var skipOffsets = ReadArray(reader, r => r.ReadInt32());
        var deleted = ReadArray(reader, r => r.ReadUInt64());
        if (lengths.Length != docCount * fieldCount || starts.Length != terms.Length + 1 || deleted.Length != (docCount + 63) / 64)
        {
            throw new InvalidDataException("segment arrays do not agree");
        }

        var dictionary = new Dictionary<string, int>(terms.Length, StringComparer.Ordinal);
        for (var i = 0; i < terms.Length; i++)
        {
            dictionary[terms[i]] = i;
        }

        return (new Segment(fieldCount, ids, facets, lengths, lengthSums, dictionary, docFreqs, starts, postings, skipStarts, skipDocs, skipOffsets), deleted);
    }

    private static void WriteArray<T>(BinaryWriter writer, T[] values, Action<T> write)
    {
        writer.Write(values.Length);
        foreach (var value in values)
        {
            write(value);
        }
    }

    private static T[] ReadArray<T>(BinaryReader reader, Func<BinaryReader, T> read)
    {
        var length = reader.ReadInt32();
        if (length < 0 || length > reader.BaseStream.Length)
        {
            throw new InvalidDataException("array length out of range");
        }

        var values = new T[length];
        for (var i = 0; i < length; i++)
        {
            values[i] = read(reader);
        }

        return values;
    }
}
