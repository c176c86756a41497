using System.Runtime.CompilerServices;

namespace TechBridge.Matching.Index;

/// <summary>
/// How one posting (doc gap, term frequency per field) is written. Most postings are a term seen once in one
/// field; they take a single varint: <c>gap &lt;&lt; (fieldBits + 1) | field &lt;&lt; 1 | 1</c>, usually one or two
/// bytes. Any other posting is <c>gap &lt;&lt; 1</c>, a field-mask byte and a varint frequency per field present.
/// </summary>
internal static class PostingCodec
{
    /// <summary>Bits needed for a field number in a schema of <paramref name="fieldCount"/> fields.</summary>
    public static int FieldBits(int fieldCount) => fieldCount switch
    {
        <= 1 => 0,
        2 => 1,
        <= 4 => 2,
        _ => 3,
    };

    /// <summary>The longest encoding of one posting: a 5-byte header, the field mask and a 5-byte frequency for each of up to 8 fields.</summary>
    public const int MaxEncodedLength = 5 + 1 + (5 * 8);

    /// <summary>Encodes one posting into <paramref name="destination"/> (at least <see cref="MaxEncodedLength"/> bytes); returns its length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Encode(Span<byte> destination, int gap, ReadOnlySpan<int> tfs, int fieldBits)
    {
        var present = 0;
        var single = -1;
        for (var f = 0; f < tfs.Length; f++)
        {
            if (tfs[f] > 0)
            {
                present++;
                single = f;
            }
        }

        if (present == 1 && tfs[single] == 1)
        {
            return WriteVarInt(destination, 0, ((ulong)(uint)gap << (fieldBits + 1)) | ((ulong)(uint)single << 1) | 1);
        }

        var length = WriteVarInt(destination, 0, (ulong)(uint)gap << 1);
        byte mask = 0;
        for (var f = 0; f < tfs.Length; f++)
        {
            if (tfs[f] > 0)
            {
                mask |= (byte)(1 << f);
            }
        }

        destination[length++] = mask;
        for (var f = 0; f < tfs.Length; f++)
        {
            if (tfs[f] > 0)
            {
                length = WriteVarInt(destination, length, (uint)tfs[f]);
            }
        }

        return length;
    }

    /// <summary>Decodes the posting at <paramref name="position"/> into <paramref name="tfs"/>; returns the doc gap.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Read(ReadOnlySpan<byte> data, ref int position, Span<int> tfs, int fieldBits)
    {
        var header = ReadVarInt(data, ref position);
        tfs.Clear();
        if ((header & 1) != 0)
        {
            tfs[(int)(header >> 1) & ((1 << fieldBits) - 1)] = 1;
            return (int)(header >> (fieldBits + 1));
        }

        int mask = data[position++];
        for (var f = 0; f < tfs.Length; f++)
        {
            if ((mask & (1 << f)) != 0)
            {
                tfs[f] = (int)ReadVarInt(data, ref position);
            }
        }

        return (int)(header >> 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong ReadVarInt(ReadOnlySpan<byte> data, ref int position)
    {
        ulong b = data[position++];
        if (b < 0x80)
        {
            return b;
        }

        var result = b & 0x7F;
        var shift = 7;
        do
        {
            b = data[position++];
            result |= (b & 0x7F) << shift;
            shift += 7;
        }
        while (b >= 0x80 && shift < 64);
        return result;
    }

    // Values are at most 35 bits (a 31-bit gap shifted by up to 4): five bytes.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int WriteVarInt(Span<byte> destination, int length, ulong value)
    {
        while (value >= 0x80)
        {
            destination[length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        destination[length++] = (byte)value;
        return length;
    }
}
