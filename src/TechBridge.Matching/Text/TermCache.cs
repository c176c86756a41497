namespace TechBridge.Matching.Text;

/// <summary>
/// Per-thread caches that let the analyser turn a character span into a term string without allocating when the
/// term was seen before, and stem a word once per thread instead of once per occurrence.
/// </summary>
/// <remarks>
/// Per-thread rather than shared so that lookups take no lock; each cache is simply cleared when it reaches
/// its bound, which keeps memory flat on corpora with huge vocabularies.
/// </remarks>
internal sealed class TermCache
{
    private const int MaxStrings = 1 << 17;
    private const int MaxStems = 1 << 15;

    [ThreadStatic]
    private static TermCache? t_current;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _stringLookup;
    private readonly Dictionary<string, string> _stems = new(StringComparer.Ordinal);

    private TermCache()
    {
        _stringLookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The cache of the calling thread.</summary>
    public static TermCache Current => t_current ??= new TermCache();

    /// <summary>Returns a string equal to <paramref name="text"/>, shared with earlier calls on this thread.</summary>
    public string GetString(ReadOnlySpan<char> text)
    {
        if (_stringLookup.TryGetValue(text, out var cached))
        {
            return cached;
        }

        if (_strings.Count >= MaxStrings)
        {
            _strings.Clear();
        }

        var created = new string(text);
        _strings.Add(created, created);
        return created;
    }

    /// <summary>Returns the Porter2 stem of the lower-case <paramref name="word"/>.</summary>
    public string GetStem(string word)
    {
        if (_stems.TryGetValue(word, out var stem))
        {
            return stem;
        }

        if (_stems.Count >= MaxStems)
        {
            _stems.Clear();
        }

        stem = EnglishStemmer.Stem(word);
        _stems.Add(word, stem);
        return stem;
    }
}
