using System.Buffers;

namespace TechBridge.Matching.Evaluation;

/// <summary>One non-blank line of a JSON Lines file: its 1-based number and its UTF-8 bytes (without CR/LF).</summary>
/// <remarks>The bytes point into a shared buffer and are valid only until the enumerator moves on.</remarks>
internal readonly record struct JsonLine(long Number, ReadOnlyMemory<byte> Utf8);

/// <summary>
/// Streams the lines of a UTF-8 file as raw bytes without decoding the whole file: skips a UTF-8 BOM and
/// blank (whitespace-only) lines, accepts LF and CRLF line ends and a last line without one.
/// </summary>
internal static class JsonLinesFile
{
    private const int InitialBufferSize = 64 * 1024;

    /// <summary>Enumerates the non-blank lines of <paramref name="path"/>; the file is opened on the first MoveNext.</summary>
    public static IEnumerable<JsonLine> ReadLines(string path)
    {
        using var stream = OpenRead(path);
        var buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
        try
        {
            var end = stream.ReadAtLeast(buffer, 3, throwOnEndOfStream: false);
            var start = end >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;
            var scanFrom = start;
            var eof = end == 0;
            long lineNumber = 0;

            while (true)
            {
                var newline = buffer.AsSpan(scanFrom, end - scanFrom).IndexOf((byte)'\n');
                if (newline >= 0)
                {
                    newline += scanFrom;
                    lineNumber++;
                    var line = Trim(buffer, start, newline);
                    start = newline + 1;
                    scanFrom = start;
                    if (!line.IsEmpty)
                    {
                        yield return new JsonLine(lineNumber, line);
                    }

                    continue;
                }

                if (eof)
                {
                    if (start < end)
                    {
                        lineNumber++;
                        var last = Trim(buffer, start, end);
                        if (!last.IsEmpty)
                        {
                            yield return new JsonLine(lineNumber, last);
                        }
                    }

                    yield break;
                }

                // No newline in [start, end): keep that partial line and read more after it.
                if (start > 0)
                {
                    Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                    end -= start;
                    start = 0;
                }

                if (end == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    Buffer.BlockCopy(buffer, 0, larger, 0, end);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                scanFrom = end;
                var read = stream.Read(buffer, end, buffer.Length - end);
                if (read == 0)
                {
                    eof = true;
                }
                else
                {
                    end += read;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Opens a file for sequential reading; a missing file becomes a <see cref="DatasetFormatException"/>.</summary>
    public static FileStream OpenRead(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DatasetFormatException(path, null, "file not found", ex);
        }
    }

    /// <summary>The bytes [from, to) without surrounding spaces, tabs and CRs; empty for a blank line.</summary>
    private static ReadOnlyMemory<byte> Trim(byte[] buffer, int from, int to)
    {
        while (from < to && IsBlank(buffer[from]))
        {
            from++;
        }

        while (to > from && IsBlank(buffer[to - 1]))
        {
            to--;
        }

        return buffer.AsMemory(from, to - from);
    }

    private static bool IsBlank(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r';
}
