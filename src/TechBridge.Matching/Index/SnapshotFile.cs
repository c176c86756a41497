using System.Runtime.InteropServices;
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
    public const int FormatVersion = 6;
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

        WriteArray<ushort>(writer, segment.Lengths);
        WriteArray<long>(writer, segment.LengthSums);
        WriteArray(writer, segment.Terms.Offsets);
        WriteArray(writer, segment.Terms.Characters);
        WriteArray<int>(writer, segment.DocFreqs);
        WriteArray<int>(writer, segment.PostingStarts);
        WriteArray<byte>(writer, segment.Postings);
        WriteArray<int>(writer, segment.SkipStarts);
        WriteArray<int>(writer, segment.SkipDocs);
        WriteArray<int>(writer, segment.SkipOffsets);
        WriteArray<double>(writer, segment.Bounds.BuildAverages);
        WriteArray<float>(writer, segment.Bounds.TermMax);
        WriteArray<float>(writer, segment.Bounds.BlockMax);
        WriteArray<ulong>(writer, deleted);
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

        var lengths = ReadArray<ushort>(reader);
        var lengthSums = ReadArray<long>(reader);
        var termOffsets = ReadArray<int>(reader);
        var termChars = ReadArray<char>(reader);
        var docFreqs = ReadArray<int>(reader);
        var starts = ReadArray<int>(reader);
        var postings = ReadArray<byte>(reader);
        var skipStarts = ReadArray<int>(reader);
        var skipDocs = ReadArray<int>(reader);
        var skipOffsets = ReadArray<int>(reader);
        var buildAverages = ReadArray<double>(reader);
        var termMax = ReadArray<float>(reader);
        var blockMax = ReadArray<float>(reader);
        var deleted = ReadArray<ulong>(reader);
        var terms = new TermDictionary(termChars, termOffsets);
        if (lengths.Length != docCount * fieldCount || starts.Length != terms.Count + 1 || docFreqs.Length != terms.Count
            || skipStarts.Length != terms.Count + 1 || skipDocs.Length != skipOffsets.Length || deleted.Length != (docCount + 63) / 64
            || starts[^1] != postings.Length || buildAverages.Length != fieldCount || termMax.Length != terms.Count
            || blockMax.Length != skipDocs.Length)
        {
            throw new InvalidDataException("segment arrays do not agree");
        }

        return (new Segment(fieldCount, ids, facets, lengths, lengthSums, terms, docFreqs, starts, postings, skipStarts, skipDocs, skipOffsets,
            new ScoreBounds(buildAverages, termMax, blockMax)), deleted);
    }

    private static void WriteArray<T>(BinaryWriter writer, ReadOnlySpan<T> values)
        where T : unmanaged
    {
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values));
    }

    private static T[] ReadArray<T>(BinaryReader reader)
        where T : unmanaged
    {
        var length = reader.ReadInt32();
        var size = System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
        if (length < 0 || (long)length * size > reader.BaseStream.Length - reader.BaseStream.Position)
        {
            throw new InvalidDataException("array length out of range");
        }

        var values = new T[length];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }
}
