using System.Numerics;

namespace TechBridge.Matching.Index;

/// <summary>
/// The sealed term dictionary of a segment: every key's characters in one array, an offset per term, and an
/// open-addressing table of ordinals. About 12 bytes plus the characters per term, where a
/// <c>Dictionary&lt;string,int&gt;</c> costs some 50 bytes plus a string object.
/// </summary>
/// <remarks>Hashing is <see cref="string.GetHashCode(ReadOnlySpan{char})"/>: randomised per process, so a crafted
/// document cannot pile its terms into one chain. The table is rebuilt when a segment is loaded.</remarks>
internal sealed class TermDictionary
{
    private readonly char[] chars;
    private readonly int[] offsets;
    private readonly int[] slots; // ordinal + 1; 0 = empty
    private readonly int mask;

    /// <param name="chars">The keys, concatenated in ordinal order.</param>
    /// <param name="offsets">Where each key starts in <paramref name="chars"/>; one extra entry marks the end.</param>
    public TermDictionary(char[] chars, int[] offsets)
    {
        ArgumentNullException.ThrowIfNull(chars);
        ArgumentNullException.ThrowIfNull(offsets);
        if (offsets.Length == 0 || offsets[0] != 0 || offsets[^1] != chars.Length)
        {
            throw new InvalidDataException("term offsets do not cover the characters");
        }

        this.chars = chars;
        this.offsets = offsets;
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, Count + (Count / 3) + 1)); // load ≤ 0.75
        slots = new int[size];
        mask = size - 1;
        for (var ordinal = 0; ordinal < Count; ordinal++)
        {
            if (offsets[ordinal + 1] < offsets[ordinal])
            {
                throw new InvalidDataException("term offsets go backwards");
            }

            var key = Key(ordinal);
            var slot = string.GetHashCode(key) & mask;
            while (slots[slot] != 0)
            {
                if (Key(slots[slot] - 1).SequenceEqual(key))
                {
                    throw new InvalidDataException("duplicate term");
                }

                slot = (slot + 1) & mask;
            }

            slots[slot] = ordinal + 1;
        }
    }

    public int Count => offsets.Length - 1;

    /// <summary>Characters of all keys (for the snapshot file).</summary>
    internal ReadOnlySpan<char> Characters => chars;

    /// <summary>Start offsets of the keys plus the end (for the snapshot file).</summary>
    internal ReadOnlySpan<int> Offsets => offsets;

    public ReadOnlySpan<char> Key(int ordinal) => chars.AsSpan(offsets[ordinal], offsets[ordinal + 1] - offsets[ordinal]);

    public bool TryGet(ReadOnlySpan<char> key, out int ordinal)
    {
        var slot = string.GetHashCode(key) & mask;
        while (slots[slot] is var entry && entry != 0)
        {
            if (Key(entry - 1).SequenceEqual(key))
            {
                ordinal = entry - 1;
                return true;
            }

            slot = (slot + 1) & mask;
        }

        ordinal = -1;
        return false;
    }
}
