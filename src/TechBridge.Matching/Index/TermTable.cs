using System.Numerics;
using System.Runtime.CompilerServices;
using TechBridge.Matching.Text;

namespace TechBridge.Matching.Index;

/// <summary>
/// The growing term table of a segment being built: (text, is-bigram) → dense term id. Each slot packs the
/// hash with the id, so a probe that misses touches one array only; the analyser's shared strings usually make
/// a hit a reference comparison.
/// </summary>
internal sealed class TermTable
{
    private const int BigramSalt = 0x5BD1E995;

    private const long BigramBit = 1L << 31;

    private long[] slots = new long[1 << 12]; // hash << 32 | bigram bit << 31 | id + 1; 0 = empty
    private int mask = (1 << 12) - 1;
    private string[] texts = new string[1 << 11];
    private bool[] bigrams = new bool[1 << 11];

    public int Count { get; private set; }

    public string Text(int id) => texts[id];

    public bool IsBigram(int id) => bigrams[id];

    /// <summary>The id of the term, adding it when new; <paramref name="added"/> tells which.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int GetOrAdd(string text, TermKind kind, out bool added)
    {
        var bigram = kind == TermKind.Bigram;
        var hash = string.GetHashCode(text.AsSpan()) ^ (bigram ? BigramSalt : 0);
        var slot = hash & mask;
        while (slots[slot] is var entry && entry != 0)
        {
            if ((int)(entry >> 32) == hash && ((entry & BigramBit) != 0) == bigram)
            {
                var id = (int)(entry & int.MaxValue) - 1;
                var existing = texts[id];
                if (ReferenceEquals(existing, text) || existing == text)
                {
                    added = false;
                    return id;
                }
            }

            slot = (slot + 1) & mask;
        }

        added = true;
        return Add(text, bigram, hash, slot);
    }

    private int Add(string text, bool bigram, int hash, int slot)
    {
        var id = Count++;
        if (id == texts.Length)
        {
            Array.Resize(ref texts, id * 2);
            Array.Resize(ref bigrams, id * 2);
        }

        texts[id] = text;
        bigrams[id] = bigram;
        slots[slot] = ((long)hash << 32) | (bigram ? BigramBit : 0) | (uint)(id + 1);
        if (Count * 2 > slots.Length)
        {
            Grow();
        }

        return id;
    }

    private void Grow()
    {
        var old = slots;
        slots = new long[(int)BitOperations.RoundUpToPowerOf2((uint)old.Length * 2)];
        mask = slots.Length - 1;
        foreach (var entry in old)
        {
            if (entry != 0)
            {
                var slot = (int)(entry >> 32) & mask;
                while (slots[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }

                slots[slot] = entry;
            }
        }
    }
}
