using System.Numerics;

namespace TechBridge.Matching.Index;

/// <summary>
/// How a full block of <see cref="Size"/> postings is written: bit-packed instead of varints. A block
/// is one width byte for the doc gaps and one per field for the term frequencies, then the gaps packed at their width,
/// then each field's frequencies packed at theirs (a field no posting of the block has costs its width byte only).
/// A frequent term's gap of about 100 with one field hit takes some 10 bits here where its varint takes 16.
/// </summary>
/// <remarks>A term's postings are its full blocks, in this form, then the rest (fewer than a block) as
/// <see cref="PostingCodec"/> varints. Skip entries point at block boundaries, so a cursor decodes whole blocks.</remarks>
internal static class PostingBlockCodec
{
    /// <summary>Postings per block; also the skip interval: a term has one skip entry per full block.</summary>
    public const int Size = 64;

    /// <summary>The longest encoding of a block: widths, then up to 32 bits per gap and per frequency.</summary>
    public static int MaxLength(int fieldCount) => 1 + fieldCount + ((Size * 32 / 8) * (1 + fieldCount));

    /// <summary>Encodes <see cref="Size"/> postings (gaps, and frequencies posting-major) into <paramref name="destination"/>; returns the length.</summary>
    public static int Encode(ReadOnlySpan<int> gaps, ReadOnlySpan<int> tfs, int fieldCount, Span<byte> destination)
    {
        Span<int> column = stackalloc int[Size];
        var at = 1 + fieldCount;
        var width = Width(gaps);
        destination[0] = (byte)width;
        at += Pack(gaps, width, destination[at..]);
        for (var f = 0; f < fieldCount; f++)
        {
            for (var i = 0; i < Size; i++)
            {
                column[i] = tfs[(i * fieldCount) + f];
            }

            width = Width(column);
            destination[1 + f] = (byte)width;
            at += Pack(column, width, destination[at..]);
        }

        return at;
    }

    /// <summary>Decodes the block at <paramref name="position"/>: doc ids (from <paramref name="previousDoc"/>) and frequencies posting-major.</summary>
    public static void Decode(ReadOnlySpan<byte> data, ref int position, int fieldCount, int previousDoc, Span<int> docs, Span<int> tfs)
    {
        var at = position + 1 + fieldCount;
        at += Unpack(data[at..], data[position], docs);
        var doc = previousDoc;
        for (var i = 0; i < Size; i++)
        {
            doc += docs[i];
            docs[i] = doc;
        }

        Span<int> column = stackalloc int[Size];
        for (var f = 0; f < fieldCount; f++)
        {
            at += Unpack(data[at..], data[position + 1 + f], column);
            for (var i = 0; i < Size; i++)
            {
                tfs[(i * fieldCount) + f] = column[i];
            }
        }

        position = at;
    }

    private static int Width(ReadOnlySpan<int> values)
    {
        var any = 0;
        foreach (var v in values)
        {
            any |= v;
        }

        return 32 - BitOperations.LeadingZeroCount((uint)any);
    }

    // Size values of `width` bits, low bits first, in Size * width / 8 bytes (Size is a multiple of 8).
    private static int Pack(ReadOnlySpan<int> values, int width, Span<byte> destination)
    {
        ulong buffer = 0;
        var bits = 0;
        var at = 0;
        foreach (var v in values)
        {
            buffer |= (ulong)(uint)v << bits;
            bits += width;
            while (bits >= 8)
            {
                destination[at++] = (byte)buffer;
                buffer >>= 8;
                bits -= 8;
            }
        }

        return at;
    }

    private static int Unpack(ReadOnlySpan<byte> source, int width, Span<int> values)
    {
        if (width == 0)
        {
            values[..Size].Clear();
            return 0;
        }

        var mask = width == 32 ? ulong.MaxValue >> 32 : (1UL << width) - 1;
        ulong buffer = 0;
        var bits = 0;
        var at = 0;
        for (var i = 0; i < Size; i++)
        {
            while (bits < width)
            {
                buffer |= (ulong)source[at++] << bits;
                bits += 8;
            }

            values[i] = (int)(buffer & mask);
            buffer >>= width;
            bits -= width;
        }

        return at;
    }
}
