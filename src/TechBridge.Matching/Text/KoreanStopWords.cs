using System.Collections.Frozen;

namespace TechBridge.Matching.Text;

/// <summary>
/// The few Korean function words dropped when they stand alone as a whole token.
/// </summary>
/// <remarks>
/// Korean content words carry their particles attached, so a frequency-based list would remove real terms.
/// Dropped are only tokens that are nothing but a particle written apart ("AI 와 반도체"), conjunctions
/// (및, 또는), bound nouns and light verbs that carry no topic (것, 수, 등, 위한, 통해, 있는). They are never removed
/// from inside a token, from a part of a mixed token, or from a stem.
/// </remarks>
public static class KoreanStopWords
{
    /// <summary>The stop words.</summary>
    public static FrozenSet<string> Words { get; } = FrozenSet.ToFrozenSet(
    [
        // Particles written as separate tokens.
        "을", "를", "이", "가", "은", "는", "의", "에", "와", "과", "도", "로", "으로", "에서", "에게",
        // Conjunctions and connectives.
        "및", "또는", "혹은", "그리고", "또한", "그러나", "하지만", "즉",
        // Bound nouns, demonstratives and light verbs.
        "것", "수", "등", "그", "저", "이러한", "그러한", "위한", "위해", "위하여", "대한", "대해", "대하여", "통한", "통해",
        "통하여", "관한", "따른", "따라", "있는", "있다", "있음", "없는", "하는", "한다", "할", "한", "된다", "되는",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the whole token <paramref name="token"/> is a Korean stop word.</summary>
    public static bool Contains(ReadOnlySpan<char> token) => Lookup.Contains(token);
}
