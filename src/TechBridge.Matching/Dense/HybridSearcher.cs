using TechBridge.Matching.Search;

namespace TechBridge.Matching.Dense;

/// <summary>
/// BM25F plus optional dense retrieval, fused by reciprocal rank fusion. Without an embedding provider and
/// vector store (the default), or whenever the query cannot be embedded, it returns exactly what
/// <see cref="MatchEngine.Search"/> returns and says why dense retrieval was skipped: the engine never depends on
/// the embedding service. Thread-safe as its parts are.
/// </summary>
public sealed class HybridSearcher
{
    private readonly IEmbeddingProvider? embeddings;
    private readonly VectorStore? vectors;

    /// <param name="engine">The BM25F engine.</param>
    /// <param name="embeddings">Embeds query text; null turns dense retrieval off.</param>
    /// <param name="vectors">The document vectors (made by the same provider); null turns dense retrieval off.</param>
    /// <param name="options">Fusion settings.</param>
    public HybridSearcher(MatchEngine engine, IEmbeddingProvider? embeddings = null, VectorStore? vectors = null, HybridOptions? options = null)
    {
        Engine = engine ?? throw new ArgumentNullException(nameof(engine));
        if ((embeddings is null) != (vectors is null))
        {
            throw new ArgumentException("Dense retrieval needs both an embedding provider and a vector store, or neither.");
        }

        if (embeddings?.Dimensions is { } dims && dims != vectors!.Dimensions)
        {
            throw new ArgumentException($"The embedding provider makes {dims}-dimensional vectors, the store holds {vectors.Dimensions}.");
        }

        this.embeddings = embeddings;
        this.vectors = vectors;
        Options = options ?? HybridOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.CandidateDepth, 1, nameof(options));
    }

    public MatchEngine Engine { get; }

    public HybridOptions Options { get; }

    /// <summary>Whether an embedding provider and a vector store were given.</summary>
    public bool DenseConfigured => embeddings is not null;

    /// <inheritdoc cref="SearchAsync(SearchRequest, Func{string, bool}?, CancellationToken)"/>
    public Task<HybridResult> SearchAsync(SearchRequest request, CancellationToken ct) => SearchAsync(request, null, ct);

    /// <summary>
    /// Runs BM25F and, when configured, dense retrieval (each at least <see cref="HybridOptions.CandidateDepth"/>
    /// candidates), fuses them by RRF and returns the top <see cref="SearchRequest.Top"/>.
    /// Vectors carry no facets, so when <see cref="SearchRequest.Filter"/> is not empty a dense candidate is kept
    /// only if BM25F (which applied the filter) also returned it, or if <paramref name="admits"/> accepts its id;
    /// <see cref="SearchRequest.Exclude"/> applies to both sides.
    /// </summary>
    /// <param name="request">The query, filters and number of hits.</param>
    /// <param name="admits">Whether a document passes <see cref="SearchRequest.Filter"/> (e.g. looked up in the database); consulted only when the filter is not empty.</param>
    /// <param name="ct">Cancels the embedding call (a cancelled search throws <see cref="OperationCanceledException"/>).</param>
    public async Task<HybridResult> SearchAsync(SearchRequest request, Func<string, bool>? admits, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (await SearchGroupsAsync(request, [request.Filter], admits is null ? null : _ => admits, ct).ConfigureAwait(false))[0];
    }

    /// <summary>
    /// As <see cref="SearchAsync(SearchRequest, Func{string, bool}?, CancellationToken)"/>, ranked separately within each
    /// group as <see cref="MatchEngine.SearchGroups"/> does, with one query embedding, one BM25F pass and one scan of the
    /// vectors for all groups. A dense candidate goes to the first group whose BM25F hits hold it or whose filter
    /// <paramref name="admits"/> it.
    /// </summary>
    /// <param name="request">The query, boosts and number of hits per group.</param>
    /// <param name="groups">Each group's filter, in place of <see cref="SearchRequest.Filter"/>.</param>
    /// <param name="admits">For a group's filter, whether a document passes it; consulted only for a filter that is not empty.</param>
    /// <param name="ct">Cancels the embedding call.</param>
    public async Task<IReadOnlyList<HybridResult>> SearchGroupsAsync(
        SearchRequest request, IReadOnlyList<SearchFilter> groups, Func<SearchFilter, Func<string, bool>>? admits, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(groups);
        if (embeddings is null || vectors is null)
        {
            return LexicalOnly(Engine.SearchGroups(request, groups), request.Top, "dense retrieval is not configured");
        }

        if (string.IsNullOrWhiteSpace(request.Text))
        {
            return LexicalOnly(Engine.SearchGroups(request, groups), request.Top, "the query has no text to embed");
        }

        if (vectors.Count == 0)
        {
            return LexicalOnly(Engine.SearchGroups(request, groups), request.Top, "the vector store is empty");
        }

        var top = Math.Clamp(request.Top, 1, SearchRequest.MaxTop);
        var depth = Math.Clamp(Math.Max(top, Options.CandidateDepth), 1, SearchRequest.MaxTop);
        var embedding = EmbedQueryAsync(embeddings, request.Text, ct); // the network call overlaps BM25F
        var lexical = Engine.SearchGroups(request with { Top = depth }, groups);
        var (query, failure) = await embedding.ConfigureAwait(false);
        if (query is null)
        {
            return LexicalOnly(lexical, top, failure);
        }

        if (query.Length != vectors.Dimensions)
        {
            return LexicalOnly(lexical, top, $"the query embedding has {query.Length} dimensions, the vector store {vectors.Dimensions}");
        }

        var lexicalById = lexical.Select(result =>
        {
            var byId = new Dictionary<string, (int Rank, SearchHit Hit)>(result.Hits.Count, StringComparer.Ordinal);
            for (var i = 0; i < result.Hits.Count; i++)
            {
                byId.TryAdd(result.Hits[i].Id, (i + 1, result.Hits[i]));
            }

            return byId;
        }).ToArray();
        var claims = groups.Select((filter, g) => GroupClaims(filter, lexicalById[g], admits)).ToArray();
        var exclude = request.Exclude is { Count: > 0 } ? request.Exclude : null;
        var dense = vectors.Search(query, depth * groups.Count,
            id => (exclude is null || !exclude.Contains(id)) && Array.Exists(claims, claim => claim(id)));
        if (Options.MinDenseScore is { } minimum)
        {
            dense = dense.Where(h => h.Score >= minimum).ToList();
        }

        var denseByGroup = groups.Select(_ => new List<VectorHit>()).ToArray();
        foreach (var hit in dense)
        {
            var g = Array.FindIndex(claims, claim => claim(hit.Id));
            if (denseByGroup[g].Count < depth)
            {
                denseByGroup[g].Add(hit);
            }
        }

        return [.. lexical.Select((result, g) => Fuse(result, lexicalById[g], denseByGroup[g], top))];
    }

    /// <summary>Whether a vector candidate belongs to a group: any, for a group without a filter; else what BM25F found or <paramref name="admits"/> passes.</summary>
    private static Func<string, bool> GroupClaims(
        SearchFilter filter, Dictionary<string, (int, SearchHit)> lexicalById, Func<SearchFilter, Func<string, bool>>? admits)
    {
        if (filter.IsEmpty)
        {
            return _ => true;
        }

        var passes = admits?.Invoke(filter);
        return id => lexicalById.ContainsKey(id) || (passes?.Invoke(id) ?? false);
    }

    private HybridResult Fuse(SearchResult lexical, Dictionary<string, (int Rank, SearchHit Hit)> lexicalById, List<VectorHit> dense, int top)
    {
        var denseById = new Dictionary<string, float>(dense.Count, StringComparer.Ordinal);
        foreach (var hit in dense)
        {
            denseById[hit.Id] = hit.Score;
        }

        var fused = ReciprocalRankFusion.Fuse(
            [lexical.Hits.Select(h => h.Id).ToList(), dense.Select(h => h.Id).ToList()],
            Options.RrfK,
            [Options.LexicalWeight, Options.DenseWeight]);
        var hits = fused.Take(top).Select(f =>
        {
            var inLexical = lexicalById.TryGetValue(f.Id, out var lex);
            var inDense = denseById.TryGetValue(f.Id, out var cosine);
            return new HybridHit(
                f.Id,
                f.Score,
                f.Ranks[0],
                inLexical ? lex.Hit.Score : null,
                f.Ranks[1],
                inDense ? cosine : null,
                inLexical ? lex.Hit.Explanation : null);
        }).ToList();
        return new HybridResult(hits, lexical, DenseUsed: true, DenseSkippedReason: null);
    }

    private static async Task<(float[]? Vector, string? Failure)> EmbedQueryAsync(IEmbeddingProvider provider, string text, CancellationToken ct)
    {
        try
        {
            var result = await provider.EmbedAsync([text], ct).ConfigureAwait(false);
            return result is { Length: 1 } && result[0] is { Length: > 0 } vector
                ? (vector, null)
                : (null, "the embedding provider returned no vector for the query");
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            // Any provider failure (not only EmbeddingException: providers are pluggable) degrades to BM25F.
            return (null, "embedding the query failed: " + ex.Message);
        }
    }

    /// <summary>The BM25F hits alone, cut to <paramref name="top"/> (a deeper search's first hits are the shallower one's).</summary>
    private static HybridResult[] LexicalOnly(IReadOnlyList<SearchResult> lexical, int top, string? reason) =>
    [
        .. lexical.Select(result =>
        {
            var kept = result with { Hits = [.. result.Hits.Take(Math.Clamp(top, 1, SearchRequest.MaxTop))] };
            var hits = kept.Hits.Select((h, i) => new HybridHit(h.Id, h.Score, i + 1, h.Score, null, null, h.Explanation)).ToList();
            return new HybridResult(hits, kept, DenseUsed: false, DenseSkippedReason: reason);
        }),
    ];
}
