namespace TechBridge.Matching.Text;

/// <summary>
/// Per-thread caches that let the analyser turn a character span into a term string without allocating when the
/// term was seen before, and stem a word once per pooled string instead of once per occurrence.
/// </summary>
/// <remarks>
/// Per-thread rather than shared so that lookups take no lock. The string pool is an open-addressing table
/// (1 Ki slots, growing to 128 Ki) with a cheap hash because it is consulted for every emitted term; probing is capped, so even adversarial
/// collisions cost a bounded number of comparisons (the term is then simply allocated). A word's stem is kept in the
/// slot of the word's pooled string, so finding it costs one more probe of the same table, not a dictionary lookup.
/// The table is cleared when full, which keeps memory flat on corpora with huge vocabularies.
/// </remarks>
internal sealed class TermCache
{
    private const int InitialSlots = 1 << 10;
    private const int MaxSlots = 1 << 17;
    private const int MaxProbes = 8;
    private const int MaxPooledLength = 24;

    [ThreadStatic]
    private static TermCache? t_current;

    private string?[] _slots = new string?[InitialSlots];
    private uint[] _hashes = new uint[InitialSlots];
    private string?[] _stems = new string?[InitialSlots];
    private int _mask = InitialSlots - 1;
    private int _count;

    /// <summary>The cache of the calling thread.</summary>
    public static TermCache Current => t_current ??= new TermCache();

    /// <summary>Returns a string equal to <paramref name="text"/>, shared with earlier calls on this thread.</summary>
    public string GetString(ReadOnlySpan<char> text) => GetString(text, out _);

    /// <summary>As <see cref="GetString(ReadOnlySpan{char})"/>; <paramref name="slot"/> is where the string is pooled (-1 if it is not), for <see cref="GetStem"/>.</summary>
    public string GetString(ReadOnlySpan<char> text, out int slot)
    {
        slot = -1;
        if (text.Length > MaxPooledLength)
        {
            return new string(text);
        }

        var hash = Hash(text);
        var at = (int)hash & _mask;
        for (var probe = 0; probe < MaxProbes; probe++, at = (at + 1) & _mask)
        {
            var existing = _slots[at];
            if (existing is null)
            {
                return Insert(text, at, hash, out slot);
            }

            if (_hashes[at] == hash && text.SequenceEqual(existing))
            {
                slot = at;
                return existing;
            }
        }

        return new string(text);
    }

    /// <summary>Returns the Porter2 stem of the lower-case <paramref name="word"/>.</summary>
    /// <remarks>Cached in the pool's <paramref name="slot"/> when <paramref name="word"/> is the string pooled there (as
    /// <see cref="GetString(ReadOnlySpan{char}, out int)"/> just returned it), so the stem costs no second lookup.</remarks>
    public string GetStem(string word, int slot)
    {
        if (slot < 0 || !ReferenceEquals(_slots[slot], word))
        {
            return EnglishStemmer.Stem(word);
        }

        return _stems[slot] ??= EnglishStemmer.Stem(word);
    }

    private string Insert(ReadOnlySpan<char> text, int slot, uint hash, out int pooledAt)
    {
        var created = new string(text);
        pooledAt = -1;
        if (_count >= _slots.Length / 2)
        {
            // Grow while small (a thread that analyses only queries keeps a small table), then start afresh.
            Resize(_slots.Length < MaxSlots ? _slots.Length * 2 : _slots.Length, keep: _slots.Length < MaxSlots);
            slot = FreeSlot(hash);
            if (slot < 0)
            {
                return created;
            }
        }

        _slots[slot] = created;
        _hashes[slot] = hash;
        _count++;
        pooledAt = slot;
        return created;
    }

    private void Resize(int size, bool keep)
    {
        var oldSlots = _slots;
        var oldHashes = _hashes;
        var oldStems = _stems;
        _slots = new string?[size];
        _hashes = new uint[size];
        _stems = new string?[size];
        _mask = size - 1;
        _count = 0;
        if (!keep)
        {
            return;
        }

        for (var i = 0; i < oldSlots.Length; i++)
        {
            if (oldSlots[i] is { } entry)
            {
                var slot = FreeSlot(oldHashes[i]);
                if (slot >= 0)
                {
                    _slots[slot] = entry;
                    _hashes[slot] = oldHashes[i];
                    _stems[slot] = oldStems[i];
                    _count++;
                }
            }
        }
    }

    private int FreeSlot(uint hash)
    {
        var slot = (int)hash & _mask;
        for (var probe = 0; probe < MaxProbes; probe++, slot = (slot + 1) & _mask)
        {
            if (_slots[slot] is null)
            {
                return slot;
            }
        }

        return -1;
    }

    /// <summary>FNV-1a over UTF-16 code units, finished with a multiply-shift so that slots use the high bits too.</summary>
    private static uint Hash(ReadOnlySpan<char> text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (hash * 0x9E3779B1u) ^ (hash >> 15);
    }
}
