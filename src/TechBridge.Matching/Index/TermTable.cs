using System.Numerics;
using System.Runtime.CompilerServices;
using TechBridge.Matching.Text;

namespace TechBridge.Matching.Index;

/// <summary>
/// The growing term table of a segment being built: (text, is-bigram) → dense term id. The keys' characters are
/// kept in one array, already in the sealed dictionary's layout (bigrams behind <see cref="TermKeys.BigramPrefix"/>),
/// so a term costs no string and sealing copies one array. Each slot holds the hash, id and where the key's characters
/// are, so a probe reads the slot array and, on a hash match, the characters: nothing else.
/// </summary>
/// <remarks>Hashing is <see cref="string.GetHashCode(ReadOnlySpan{char})"/>: randomised per process, so a crafted
/// document cannot pile its terms into one chain.</remarks>
internal sealed class TermTable
{
    private const int BigramSalt = 0x5BD1E995;
    private const int BigramBit = 1 << 31;

    private Slot[] slots = new Slot[1 << 12];
    private int mask = (1 << 12) - 1;
    private char[] chars = new char[1 << 14];
    private int charCount;
    private int[] offsets = new int[(1 << 11) + 1];

    public int Count { get; private set; }

    /// <summary>The keys so far, concatenated in id order.</summary>
    public ReadOnlySpan<char> Characters => chars.AsSpan(0, charCount);

    /// <summary>Where each key starts in <see cref="Characters"/>, plus the end: <see cref="Count"/> + 1 entries.</summary>
    public ReadOnlySpan<int> Offsets => offsets.AsSpan(0, Count + 1);

    /// <summary>The key of term <paramref name="id"/> as the sealed dictionary stores it.</summary>
    public ReadOnlySpan<char> Key(int id) => chars.AsSpan(offsets[id], offsets[id + 1] - offsets[id]);

    /// <summary>The id of the term, adding it when new; <paramref name="added"/> tells which.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int GetOrAdd(ReadOnlySpan<char> text, TermKind kind, out bool added)
    {
        var bigram = kind == TermKind.Bigram;
        var hash = string.GetHashCode(text) ^ (bigram ? BigramSalt : 0);
        var skip = bigram ? 1 : 0;
        var lengthAndKind = text.Length | (bigram ? BigramBit : 0);
        var index = hash & mask;
        while (slots[index].Id != 0)
        {
            ref var slot = ref slots[index];
            if (slot.Hash == hash && slot.LengthAndKind == lengthAndKind
                && chars.AsSpan(slot.Start + skip, text.Length).SequenceEqual(text))
            {
                added = false;
                return slot.Id - 1;
            }

            index = (index + 1) & mask;
        }

        added = true;
        return Add(text, bigram, hash, lengthAndKind, index);
    }

    private int Add(ReadOnlySpan<char> text, bool bigram, int hash, int lengthAndKind, int index)
    {
        var id = Count++;
        var keyLength = text.Length + (bigram ? 1 : 0);
        if (charCount + keyLength > chars.Length)
        {
            Array.Resize(ref chars, Math.Max(chars.Length * 2, charCount + keyLength));
        }

        var start = charCount;
        if (bigram)
        {
            chars[charCount++] = TermKeys.BigramPrefix;
        }

        text.CopyTo(chars.AsSpan(charCount));
        charCount += text.Length;
        if (id + 2 > offsets.Length)
        {
            Array.Resize(ref offsets, offsets.Length * 2);
        }

        offsets[id] = start;
        offsets[id + 1] = charCount;
        slots[index] = new Slot { Hash = hash, Id = id + 1, Start = start, LengthAndKind = lengthAndKind };
        if (Count * 2 > slots.Length)
        {
            Grow();
        }

        return id;
    }

    private void Grow()
    {
        var old = slots;
        slots = new Slot[(int)BitOperations.RoundUpToPowerOf2((uint)old.Length * 2)];
        mask = slots.Length - 1;
        foreach (var entry in old)
        {
            if (entry.Id != 0)
            {
                var index = entry.Hash & mask;
                while (slots[index].Id != 0)
                {
                    index = (index + 1) & mask;
                }

                slots[index] = entry;
            }
        }
    }

    private struct Slot
    {
        public int Hash;

        /// <summary>Term id + 1; 0 marks an empty slot.</summary>
        public int Id;

        /// <summary>Where the key starts in the character array (at the bigram prefix for a bigram).</summary>
        public int Start;

        /// <summary>Length of the term's text (without prefix), with the top bit set for a bigram.</summary>
        public int LengthAndKind;
    }
}
