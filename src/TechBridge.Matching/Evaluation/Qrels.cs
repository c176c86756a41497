using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace TechBridge.Matching.Evaluation;

/// <summary>
/// Relevance judgments: query id → document id → graded relevance. A grade ≤ 0 means judged non-relevant;
/// a document absent from a query's judgments counts as non-relevant too. Ids compare ordinally.
/// </summary>
[SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "'qrels' is the established name in trec_eval and BEIR.")]
public sealed class Qrels : IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>>
{
    private readonly Dictionary<string, Dictionary<string, int>> _byQuery = new(StringComparer.Ordinal);

    /// <summary>The number of queries with at least one judgment (relevant or not).</summary>
    public int Count => _byQuery.Count;

    /// <summary>The ids of the queries with at least one judgment, in first-seen order.</summary>
    public IEnumerable<string> Keys => _byQuery.Keys;

    /// <summary>The judgments of each query.</summary>
    public IEnumerable<IReadOnlyDictionary<string, int>> Values => _byQuery.Values;

    /// <summary>The judgments of the query <paramref name="key"/>.</summary>
    /// <exception cref="KeyNotFoundException">The query has no judgments.</exception>
    public IReadOnlyDictionary<string, int> this[string key] => _byQuery[key];

    /// <summary>Sets the relevance of <paramref name="documentId"/> for <paramref name="queryId"/>; a repeated pair keeps the last grade.</summary>
    public void Set(string queryId, string documentId, int relevance)
    {
        ArgumentNullException.ThrowIfNull(queryId);
        ArgumentNullException.ThrowIfNull(documentId);
        if (!_byQuery.TryGetValue(queryId, out var judgments))
        {
            judgments = new Dictionary<string, int>(StringComparer.Ordinal);
            _byQuery.Add(queryId, judgments);
        }

        judgments[documentId] = relevance;
    }

    /// <summary>The grade of <paramref name="documentId"/> for <paramref name="queryId"/>; 0 when not judged.</summary>
    public int RelevanceOf(string queryId, string documentId) =>
        _byQuery.TryGetValue(queryId, out var judgments) && judgments.TryGetValue(documentId, out var grade) ? grade : 0;

    /// <summary>How many documents have a grade &gt; 0 for <paramref name="queryId"/>.</summary>
    public int RelevantCount(string queryId) =>
        _byQuery.TryGetValue(queryId, out var judgments) ? judgments.Values.Count(grade => grade > 0) : 0;

    /// <summary>
    /// The queries with at least one relevant (grade &gt; 0) document, in first-seen order: the queries that
    /// are evaluated under the BEIR convention.
    /// </summary>
    public IEnumerable<string> JudgedQueryIds() =>
        _byQuery.Where(pair => pair.Value.Values.Any(grade => grade > 0)).Select(pair => pair.Key);

    /// <inheritdoc />
    public bool ContainsKey(string key) => _byQuery.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out IReadOnlyDictionary<string, int> value)
    {
        if (_byQuery.TryGetValue(key, out var judgments))
        {
            value = judgments;
            return true;
        }

        value = null;
        return false;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, IReadOnlyDictionary<string, int>>> GetEnumerator() =>
        _byQuery.Select(pair => new KeyValuePair<string, IReadOnlyDictionary<string, int>>(pair.Key, pair.Value)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
