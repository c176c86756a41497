using System.Runtime.CompilerServices;

namespace TechBridge.Matching.Index;

/// <summary>LEB128 unsigned variable-length integers: doc-id gaps and term frequencies are mostly one byte.</summary>
internal static class VarInt
{
    public static void Write(ByteBuffer buffer, uint value)
    {
        while (value >= 0x80)
        {
            buffer.Add((byte)(value | 0x80));
            value >>= 7;
        }

        buffer.Add((byte)value);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Read(ReadOnlySpan<byte> data, ref int offset)
    {
        uint b = data[offset++];
        if (b < 0x80)
        {
            return b;
        }

        var result = b & 0x7F;
        var shift = 7;
        do
        {
            b = data[offset++];
            result |= (b & 0x7F) << shift;
            shift += 7;
        }
        while (b >= 0x80);
        return result;
    }
}

/// <summary>A growable byte array without the per-call overhead of List&lt;byte&gt;.</summary>
internal sealed class ByteBuffer(int capacity = 16)
{
    private byte[] data = new byte[capacity];

    public int Length { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(byte value)
    {
        if (Length == data.Length)
        {
            Array.Resize(ref data, data.Length * 2);
        }

        data[Length++] = value;
    }

    public ReadOnlySpan<byte> Span => data.AsSpan(0, Length);
}
