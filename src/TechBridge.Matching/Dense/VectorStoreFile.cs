using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace TechBridge.Matching.Dense;

/// <summary>
/// The on-disk form of a <see cref="VectorStore"/>: magic number, format version, fingerprint (which model made
/// the vectors), dimensions, count, the ids, then the live rows as little-endian floats, and a SHA-256 of all of
/// it at the end. Reading refuses (with a reason, never an exception) a file that is missing, damaged, of another
/// version, or made by another model or dimension, so the caller re-embeds instead of serving stale vectors.
/// </summary>
internal static class VectorStoreFile
{
    public const int FormatVersion = 1;
    private const uint Magic = 0x53564254; // "TBVS"
    private const int HashLength = 32;

    public static void Save(VectorSnapshot snapshot, int dims, string path, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(fingerprint);
        var temporary = path + ".tmp";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
        {
            using (var header = new MemoryStream())
            {
                using (var writer = new BinaryWriter(header, Encoding.UTF8, leaveOpen: true))
                {
                    writer.Write(Magic);
                    writer.Write(FormatVersion);
                    writer.Write(fingerprint);
                    writer.Write(dims);
                    writer.Write(snapshot.Live);
                    for (var row = 0; row < snapshot.Rows; row++)
                    {
                        if (!snapshot.IsDead(row))
                        {
                            writer.Write(snapshot.Ids[row]!);
                        }
                    }
                }

                Emit(file, hash, header.GetBuffer().AsSpan(0, (int)header.Length));
            }

            var bytes = new byte[dims * sizeof(float)];
            for (var row = 0; row < snapshot.Rows; row++)
            {
                if (snapshot.IsDead(row))
                {
                    continue;
                }

                var values = snapshot.Data.AsSpan(row * dims, dims);
                if (BitConverter.IsLittleEndian)
                {
                    MemoryMarshal.AsBytes(values).CopyTo(bytes);
                }
                else
                {
                    for (var i = 0; i < dims; i++)
                    {
                        BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), values[i]);
                    }
                }

                Emit(file, hash, bytes);
            }

            file.Write(hash.GetHashAndReset());
        }

        File.Move(temporary, path, overwrite: true);
    }

    public static bool TryRead(
        string path,
        int dims,
        string fingerprint,
        [NotNullWhen(true)] out string[]? ids,
        [NotNullWhen(true)] out float[]? data,
        [NotNullWhen(false)] out string? reason)
    {
        ids = null;
        data = null;
        if (!File.Exists(path))
        {
            reason = "no vector file";
            return false;
        }

        try
        {
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length < HashLength + 16)
            {
                reason = "file too short";
                return false;
            }

            var body = bytes.AsSpan(0, bytes.Length - HashLength);
            if (!SHA256.HashData(body).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - HashLength)))
            {
                reason = "checksum mismatch (damaged or truncated file)";
                return false;
            }

            using var stream = new MemoryStream(bytes, 0, body.Length);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (reader.ReadUInt32() != Magic)
            {
                reason = "not a TechBridge vector file";
                return false;
            }

            var version = reader.ReadInt32();
            if (version != FormatVersion)
            {
                reason = $"format version {version}, expected {FormatVersion}";
                return false;
            }

            var storedFingerprint = reader.ReadString();
            if (!string.Equals(storedFingerprint, fingerprint, StringComparison.Ordinal))
            {
                reason = $"made for \"{storedFingerprint}\", expected \"{fingerprint}\" (stale vectors)";
                return false;
            }

            var storedDims = reader.ReadInt32();
            if (storedDims != dims)
            {
                reason = $"vectors of {storedDims} dimensions, expected {dims}";
                return false;
            }

            var count = reader.ReadInt32();
            if (count < 0 || count > body.Length)
            {
                throw new InvalidDataException("count out of range");
            }

            var seen = new HashSet<string>(count, StringComparer.Ordinal);
            var readIds = new string[count];
            for (var i = 0; i < count; i++)
            {
                readIds[i] = reader.ReadString();
                if (!seen.Add(readIds[i]))
                {
                    throw new InvalidDataException($"duplicate id {readIds[i]}");
                }
            }

            var start = (int)stream.Position;
            var floats = body[start..];
            if ((long)count * dims * sizeof(float) != floats.Length)
            {
                throw new InvalidDataException("vector block has the wrong length");
            }

            var values = new float[count * dims];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = BinaryPrimitives.ReadSingleLittleEndian(floats.Slice(i * sizeof(float)));
                if (!float.IsFinite(values[i]))
                {
                    throw new InvalidDataException("non-finite value");
                }
            }

            ids = readIds;
            data = values;
            reason = null;
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException
            or FormatException or OverflowException or IndexOutOfRangeException or OutOfMemoryException)
        {
            reason = "unreadable: " + ex.Message;
            return false;
        }
    }

    private static void Emit(FileStream file, IncrementalHash hash, ReadOnlySpan<byte> bytes)
    {
        hash.AppendData(bytes);
        file.Write(bytes);
    }
}
