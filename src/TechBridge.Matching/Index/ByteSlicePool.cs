using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace TechBridge.Matching.Index;

/// <summary>
/// Growing byte streams, many at once, in a few large blocks: each stream is a chain of slices that double in size
/// (8 bytes up to 4 KiB), the last 4 bytes of a full slice holding the address of the next. A segment builder keeps
/// one stream of postings per term here instead of one array per term, so building allocates a block now and then
/// rather than an array (and its garbage on every growth) per term, and the collector has no per-term objects to trace.
/// </summary>
/// <remarks>Addresses are <c>block &lt;&lt; BlockBits | offset</c>; a pool holds at most 2 GiB.</remarks>
internal sealed class ByteSlicePool
{
    private const int BlockBits = 16;
    private const int BlockSize = 1 << BlockBits;
    private const int BlockMask = BlockSize - 1;
    private const int PointerBytes = 4;
    private const int MaxLevel = 9; // 8 << 9 = 4 KiB

    private readonly List<byte[]> blocks = [];
    private int blockUsed = BlockSize; // forces a block on first use

    /// <summary>Starts an empty stream.</summary>
    public void Start(ref SliceStream stream)
    {
        stream.Start = Allocate(0);
        stream.Write = stream.Start;
        stream.Limit = stream.Start + SliceSize(0) - PointerBytes;
        stream.Level = 0;
        stream.Length = 0;
    }

    /// <summary>Appends <paramref name="bytes"/> to the stream.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(ref SliceStream stream, ReadOnlySpan<byte> bytes)
    {
        var room = stream.Limit - stream.Write;
        if (bytes.Length <= room)
        {
            // Postings are mostly one or two bytes: a loop beats a call to memmove.
            var block = blocks[stream.Write >> BlockBits];
            var at = stream.Write & BlockMask;
            for (var i = 0; i < bytes.Length; i++)
            {
                block[at + i] = bytes[i];
            }

            stream.Write += bytes.Length;
            stream.Length += bytes.Length;
            return;
        }

        AppendAcross(ref stream, bytes);
    }

    /// <summary>Copies the whole stream, in order, into <paramref name="destination"/> (at least <see cref="SliceStream.Length"/> long).</summary>
    public void CopyTo(in SliceStream stream, Span<byte> destination)
    {
        var address = stream.Start;
        var level = 0;
        var remaining = stream.Length;
        var at = 0;
        while (true)
        {
            var payload = SliceSize(level) - PointerBytes;
            var take = Math.Min(payload, remaining);
            blocks[address >> BlockBits].AsSpan((address & BlockMask), take).CopyTo(destination[at..]);
            at += take;
            remaining -= take;
            if (remaining == 0)
            {
                return;
            }

            address = BinaryPrimitives.ReadInt32LittleEndian(blocks[address >> BlockBits].AsSpan((address & BlockMask) + payload, PointerBytes));
            level = Math.Min(level + 1, MaxLevel);
        }
    }

    private void AppendAcross(ref SliceStream stream, ReadOnlySpan<byte> bytes)
    {
        while (bytes.Length > 0)
        {
            var room = stream.Limit - stream.Write;
            if (room == 0)
            {
                var level = Math.Min(stream.Level + 1, MaxLevel);
                var next = Allocate(level);
                BinaryPrimitives.WriteInt32LittleEndian(blocks[stream.Limit >> BlockBits].AsSpan(stream.Limit & BlockMask, PointerBytes), next);
                stream.Level = (byte)level;
                stream.Write = next;
                stream.Limit = next + SliceSize(level) - PointerBytes;
                continue;
            }

            var take = Math.Min(room, bytes.Length);
            bytes[..take].CopyTo(blocks[stream.Write >> BlockBits].AsSpan(stream.Write & BlockMask));
            stream.Write += take;
            stream.Length += take;
            bytes = bytes[take..];
        }
    }

    private int Allocate(int level)
    {
        var size = SliceSize(level);
        if (blockUsed + size > BlockSize)
        {
            if (blocks.Count == (int.MaxValue >> BlockBits) + 1)
            {
                throw new InvalidOperationException("A segment's postings exceed 2 GiB; build the index in more segments.");
            }

            blocks.Add(new byte[BlockSize]);
            blockUsed = 0;
        }

        var address = ((blocks.Count - 1) << BlockBits) | blockUsed;
        blockUsed += size;
        return address;
    }

    private static int SliceSize(int level) => 8 << level;
}

/// <summary>Where one stream of a <see cref="ByteSlicePool"/> starts, where its next byte goes and how long it is.</summary>
internal struct SliceStream
{
    public int Start;
    public int Write;

    /// <summary>The address of the current slice's forward pointer: no data byte may be written there.</summary>
    public int Limit;

    public int Length;
    public byte Level;
}
