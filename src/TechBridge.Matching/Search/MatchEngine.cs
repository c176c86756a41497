using TechBridge.Matching.Index;
using TechBridge.Matching.Text;

namespace TechBridge.Matching.Search;

/// <summary>
/// The search engine: an index, the query planner and the bilingual glossary. Thread-safe: searches run
/// concurrently with writes and with glossary replacement.
/// </summary>
public sealed class MatchEngine
{
    private volatile Glossary glossary;

    public MatchEngine(MatchIndex index, Glossary? glossary = null, Lexicon? lexicon = null)
    {
        Index = index ?? throw new ArgumentNullException(nameof(index));
        this.glossary = glossary ?? Glossary.Empty;
        Lexicon = lexicon;
        Planner = new QueryPlanner(index.Analyzer);
    }

    public MatchIndex Index { get; }

    public QueryPlanner Planner { get; }

    public Glossary Glossary => glossary;

    /// <summary>The learned word lexicon that translates what the glossary does not cover; null when none was given.</summary>
    public Lexicon? Lexicon { get; }

    /// <summary>Swaps in a new glossary; searches that already started keep the old one.</summary>
    public void ReplaceGlossary(Glossary replacement) => glossary = replacement ?? throw new ArgumentNullException(nameof(replacement));

    public SearchResult Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SearchGroups(request, [request.Filter])[0];
    }

    /// <summary>
    /// One search ranked separately within each group: a document belongs to the first of <paramref name="groups"/> whose
    /// filter it passes (each replaces <see cref="SearchRequest.Filter"/>), and each group returns up to
    /// <see cref="SearchRequest.Top"/> hits. It costs about one search, not one per group: the postings are read once.
    /// With <see cref="SearchRequest.MaxTerms"/> the pass uses the strongest terms, and a group they leave short of its
    /// hits (a narrow filter, a rare kind) is searched again with every term, so a budget never empties a group.
    /// </summary>
    public IReadOnlyList<SearchResult> SearchGroups(SearchRequest request, IReadOnlyList<SearchFilter> groups)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentOutOfRangeException.ThrowIfZero(groups.Count, nameof(groups));
        var top = Math.Clamp(request.Top, 1, SearchRequest.MaxTop);
        var all = request.Planned ?? Plan(request with { MaxTerms = null });
        var strongest = Strongest(all, request.MaxTerms);
        var results = Run(strongest, request, groups, top);
        var thin = Enumerable.Range(0, groups.Count).Where(g => results[g].Hits.Count < top).ToList();
        if (strongest.Count < all.Count && thin.Count > 0)
        {
            var again = Run(all, request, [.. thin.Select(g => groups[g])], top);
            for (var i = 0; i < thin.Count; i++)
            {
                results[thin[i]] = again[i];
            }
        }

        return results;
    }

    /// <summary>
    /// The request's text as weighted terms: analysed, expanded through the glossary, translated through the lexicon and
    /// loanwords, and Korean names romanized, when <see cref="SearchRequest.Expand"/> is on. A caller that runs one text under several filters
    /// (a search per group of kinds) plans once and passes the result as <see cref="SearchRequest.Planned"/>; the plan
    /// depends on the fields of the filter and boosts, not on the kinds or TRL.
    /// </summary>
    public IReadOnlyList<QueryTerm> Plan(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = Planner.Plan(request.Text, request.Expand ? glossary : null, ContextTopics(request), request.Expand ? Lexicon : null);
        if (!request.Expand)
        {
            return Strongest(query, request.MaxTerms);
        }

        // Translation without a model includes loanwords by sound; names written in Hangul find their romanized spellings.
        return Strongest(KoreanNames.Add(Lexicon is null ? query : Loanwords.Add(query, Index.Snapshot), Index.Snapshot), request.MaxTerms);
    }

    /// <summary>The <paramref name="max"/> terms with the largest weight × IDF, in their planned order; all when null or fewer.</summary>
    public IReadOnlyList<QueryTerm> Strongest(IReadOnlyList<QueryTerm> query, int? max)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (max is not { } limit || query.Count <= limit)
        {
            return query;
        }

        var snapshot = Index.Snapshot;
        var bm25 = new Bm25F(Index.Schema, snapshot);
        var kept = query.Select((t, i) => (Term: t, Order: i, Strength: t.Weight * bm25.Idf(snapshot.DocFreq(t.Key))))
            .OrderByDescending(t => t.Strength).ThenBy(t => t.Order).Take(Math.Max(1, limit)).OrderBy(t => t.Order);
        return [.. kept.Select(t => t.Term)];
    }

    /// <summary>
    /// Documents like <paramref name="document"/>: its most distinctive terms (tf·idf over all its fields, at most
    /// <paramref name="maxTerms"/>) become the query, each weighted as in a tf-idf vector of the document,
    /// (1 + ln tf)·idf, so a word the document repeats and a rare word count more; the document itself is excluded.
    /// </summary>
    public SearchResult MoreLikeThis(MatchDocument document, SearchRequest request, int maxTerms = 30) =>
        MoreLikeThis(document, request, maxTerms, Math.Clamp(request?.Top ?? 10, 1, SearchRequest.MaxTop));

    /// <summary>As the public overload, with any number of hits (expertise scoring needs every person's papers).</summary>
    internal SearchResult MoreLikeThis(MatchDocument document, SearchRequest request, int maxTerms, int top)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(request);
        var snapshot = Index.Snapshot;
        var analyzed = new List<AnalyzedTerm>();
        foreach (var text in document.Text.Values)
        {
            Index.Analyzer.Analyze(text, analyzed);
        }

        var bm25 = new Bm25F(Index.Schema, snapshot);
        var stemmedAt = analyzed.Where(t => t.Kind == TermKind.Stem).Select(t => t.Position).ToHashSet();
        var query = analyzed
            .GroupBy(t => TermKeys.Of(t), StringComparer.Ordinal)
            .Select(g => (Terms: g, DocFreq: snapshot.DocFreq(g.Key)))
            .Where(t => t.DocFreq > 0) // a term no document holds would take a place and match nothing
            .Select(t =>
            {
                var kind = t.Terms.First().Kind;
                var weight = QueryPlanner.FormWeight(kind, kind == TermKind.Word && t.Terms.All(a => stemmedAt.Contains(a.Position))) * bm25.Idf(t.DocFreq);
                return (t.Terms.Key, Kind: kind, Count: t.Terms.Count(), Weight: weight);
            })
            .OrderByDescending(t => t.Count * t.Weight)
            .Take(maxTerms)
            .Select(t => new QueryTerm(t.Key, t.Kind, t.Weight * (1 + MathF.Log(t.Count))))
            .ToList();
        var exclude = new HashSet<string>(request.Exclude ?? new HashSet<string>(), StringComparer.Ordinal) { document.Id };
        return Run(query, request with { Exclude = exclude }, [request.Filter], top)[0];
    }

    /// <summary>The topics a search is about before its words say so: the fields and industries it is limited to or prefers.</summary>
    private static HashSet<string>? ContextTopics(SearchRequest request)
    {
        var filter = request.Filter;
        if (filter.Fields is null && filter.Industries is null && request.Boosts.Fields is null)
        {
            return null;
        }

        var topics = new HashSet<string>(filter.Fields ?? new HashSet<string>(), StringComparer.Ordinal);
        topics.UnionWith(filter.Industries ?? new HashSet<string>());
        topics.UnionWith(request.Boosts.Fields?.Keys ?? []);
        return topics;
    }

    private SearchResult[] Run(IReadOnlyList<QueryTerm> query, SearchRequest request, IReadOnlyList<SearchFilter> groups, int top)
    {
        var snapshot = Index.Snapshot;
        if (query.Count == 0 || snapshot.Segments.Count == 0)
        {
            return [.. groups.Select(_ => new SearchResult([], query, 0))];
        }

        var found = new Searcher(Index.Schema, snapshot).TopK(query, request, groups, top);
        var all = found.SelectMany(g => g.Hits)
            .Select(h => (h.Segment, h.Doc, Boost: FacetMatcher.Boost(request.Boosts, snapshot.Segments[h.Segment].Facets[h.Doc])))
            .ToList();
        var explanations = request.Explain ? new Explainer(Index.Schema, snapshot).Explain(query, all) : null;
        var results = new SearchResult[groups.Count];
        var next = 0;
        for (var g = 0; g < found.Length; g++)
        {
            var hits = new List<SearchHit>(found[g].Hits.Count);
            foreach (var (score, segment, doc) in found[g].Hits)
            {
                hits.Add(new SearchHit(snapshot.Segments[segment].Ids[doc], score, explanations?[next]));
                next++;
            }

            results[g] = new SearchResult(hits, query, found[g].Matched);
        }

        return results;
    }
}
