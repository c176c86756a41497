namespace TechBridge.Matching.Search;

/// <summary>One ranked result; <see cref="Explanation"/> is set when the request asked for it.</summary>
public sealed record SearchHit(string Id, float Score, HitExplanation? Explanation = null);

/// <summary>Why a document matched: the query terms it contains and how much each field contributed.</summary>
public sealed record HitExplanation(IReadOnlyList<TermContribution> Terms, float Boost)
{
    /// <summary>Score per field name, summed over terms (before the boost).</summary>
    public IReadOnlyDictionary<string, float> FieldScores =>
        Terms.SelectMany(t => t.Fields).GroupBy(f => f.Field).ToDictionary(g => g.Key, g => g.Sum(f => f.Score), StringComparer.Ordinal);
}

/// <summary>
/// A matched query term: the text shown to people, whether it came from the glossary (and from which query term), its
/// per-field scores, and whether it is <see cref="Common"/> (<see cref="CommonTerm"/>).
/// </summary>
public sealed record TermContribution(
    string Term, Text.TermKind Kind, bool FromGlossary, string? ExpandedFrom, float Score, IReadOnlyList<FieldContribution> Fields,
    bool Common = false);

public sealed record FieldContribution(string Field, int TermFrequency, float Score);

/// <summary>
/// The ranked hits and the query as the engine understood it. <see cref="Matched"/> counts the documents the search scored:
/// pruning skips documents that could not reach the hits, so it is at most the number containing a query term.
/// </summary>
public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, IReadOnlyList<QueryTerm> Query, long Matched);
