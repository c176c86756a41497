using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using TechBridge.Matching.Dense;
using TechBridge.Matching.Index;
using TechBridge.Matching.Search;

namespace TechBridge.Core.Matching.Embeddings;

/// <summary>
/// The dense side of the partner index: one vector per partner document, made by an OpenAI-compatible embedding
/// service, kept beside the text index. Documents whose text changed (or that have no vector yet) wait in a backlog
/// that <see cref="EmbedNextAsync"/> works off one batch at a time; while the service fails the backlog waits
/// (with growing pauses) and search is BM25F alone. Every stored vector is of its document's current text: a changed
/// document loses its old vector at once. State changes come from one caller at a time (the index's update loop);
/// searches may run on any thread.
/// </summary>
public sealed class PartnerVectors : IDisposable
{
    private static readonly TimeSpan FirstPause = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan LongestPause = TimeSpan.FromMinutes(10);

    private readonly HttpClient http;
    private readonly OpenAiEmbeddingClient documents;
    private readonly PausingEmbeddingProvider queries;
    private readonly HybridOptions hybrid;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly ConcurrentDictionary<string, DenseEntry> entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> backlog = new(StringComparer.Ordinal);
    private volatile VectorStore? store;
    private int pending;
    private int embeddedInPass;
    private TimeSpan pause = TimeSpan.Zero;
    private DateTimeOffset retryAt = DateTimeOffset.MinValue;

    /// <exception cref="ArgumentException">A setting is missing or out of range.</exception>
    public PartnerVectors(EmbeddingSettings settings, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var documentOptions = settings.ForDocuments();
        var queryOptions = settings.ForQueries();
        this.time = time ?? throw new ArgumentNullException(nameof(time));
        this.logger = logger ?? throw new ArgumentNullException(nameof(logger));
        Fingerprint = settings.Fingerprint;
        http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = Timeout.InfiniteTimeSpan };
        documents = new OpenAiEmbeddingClient(http, documentOptions);
        queries = new PausingEmbeddingProvider(new OpenAiEmbeddingClient(http, queryOptions), settings.PauseAfterFailure, time);
        hybrid = new HybridOptions { MinDenseScore = settings.MinSimilarity ?? EmbeddingSettings.LeastSimilarity };
        BatchSize = documentOptions.BatchSize;
        if (settings.Dimensions is { } dimensions)
        {
            store = new VectorStore(dimensions);
        }
    }

    /// <summary>Which model (and vector length) made the vectors; saved vectors of another fingerprint are not loaded.</summary>
    public string Fingerprint { get; }

    public int BatchSize { get; }

    /// <summary>Documents that have a vector.</summary>
    public int Count => entries.Count;

    /// <summary>Documents waiting to be embedded (new, changed, or not embedded yet because the service failed).</summary>
    public int Pending => Volatile.Read(ref pending);

    /// <summary>When <see cref="EmbedNextAsync"/> has work: now, after a pause that follows a failure, or never (null).</summary>
    public DateTimeOffset? NextEmbeddingAt => backlog.Count == 0 ? null : retryAt;

    /// <summary>Drops every vector and the backlog.</summary>
    public void Clear()
    {
        entries.Clear();
        backlog.Clear();
        store = store is null ? null : new VectorStore(store.Dimensions);
        UpdatePending();
    }

    /// <summary>Takes vectors loaded from a snapshot (their entries say which text each was made from).</summary>
    public void Restore(VectorStore loaded, IReadOnlyDictionary<string, DenseEntry> loadedEntries)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(loadedEntries);
        entries.Clear();
        foreach (var (id, entry) in loadedEntries)
        {
            entries[id] = entry;
        }

        store = loaded;
        UpdatePending();
    }

    /// <summary>
    /// Called for every document in the index as it is (re)read: a document whose text is unchanged keeps its vector
    /// (with fresh facets); any other loses it and joins the backlog.
    /// </summary>
    public void Track(MatchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var hash = EmbeddingText.Hash(EmbeddingText.Of(document));
        if (entries.TryGetValue(document.Id, out var entry) && entry.TextHash == hash)
        {
            entries[document.Id] = entry with { Facets = document.Facets ?? DocumentFacets.None };
            return;
        }

        RemoveVector(document.Id);
        backlog.Add(document.Id);
        UpdatePending();
    }

    /// <summary>The document is gone: its vector and any pending embedding go too.</summary>
    public void Forget(string id)
    {
        RemoveVector(id);
        backlog.Remove(id);
        UpdatePending();
    }

    /// <summary>After a full read of the database: vectors of documents not among <paramref name="live"/> are dropped.</summary>
    public void ForgetAllExcept(IReadOnlySet<string> live)
    {
        ArgumentNullException.ThrowIfNull(live);
        foreach (var id in entries.Keys.Where(id => !live.Contains(id)).ToList())
        {
            RemoveVector(id);
        }

        backlog.RemoveWhere(id => !live.Contains(id));
        UpdatePending();
    }

    /// <summary>Queues the documents among <paramref name="ids"/> that have no vector (after loading a snapshot).</summary>
    public void QueueUnembedded(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        backlog.UnionWith(ids.Where(id => !entries.ContainsKey(id)));
        UpdatePending();
    }

    /// <summary>What a snapshot save writes: the vectors and their entries (null while there is no store).</summary>
    public SavedVectors? ForSaving() => store is { } current ? new SavedVectors(current, entries, Fingerprint) : null;

    /// <summary>
    /// Embeds the next batch of the backlog (documents read by <paramref name="read"/>) and stores the vectors. False when
    /// nothing was due, or the service failed (the batch stays queued and the next try waits, longer after each failure).
    /// </summary>
    public async Task<bool> EmbedNextAsync(Func<IReadOnlyList<string>, CancellationToken, Task<PartnerDocuments>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (backlog.Count == 0 || time.GetUtcNow() < retryAt)
        {
            return false;
        }

        var ids = backlog.Take(BatchSize).ToList();
        PartnerDocuments found;
        try
        {
            found = await read(ids, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Postpone("Reading partner documents to embed failed", ids.Count, ex.Message);
            return false;
        }

        foreach (var id in ids.Except(found.Documents.Select(d => d.Id), StringComparer.Ordinal))
        {
            Forget(id);
        }

        if (found.Documents.Count == 0)
        {
            return true;
        }

        var texts = found.Documents.Select(EmbeddingText.Of).ToList();
        float[][] vectors;
        try
        {
            vectors = await documents.EmbedAsync(texts, cancellationToken);
        }
        catch (EmbeddingException ex)
        {
            Postpone("Embedding partner documents failed", texts.Count, ex.Message);
            return false;
        }

        pause = TimeSpan.Zero;
        retryAt = DateTimeOffset.MinValue;
        Store(found.Documents, texts, vectors);
        if (backlog.Count == 0)
        {
            logger.LogInformation("Partner document vectors are current: {Embedded} embedded, {Count} in all.", embeddedInPass, entries.Count);
            embeddedInPass = 0;
        }

        return true;
    }

    /// <summary>A hybrid searcher over <paramref name="engine"/> and the current vectors; null when there are none to search.</summary>
    public HybridSearcher? CreateSearcher(MatchEngine engine)
    {
        var current = store;
        if (current is null || current.Count == 0)
        {
            return null;
        }

        try
        {
            return new HybridSearcher(engine, queries, current, hybrid);
        }
        catch (ArgumentException ex)
        {
            logger.LogWarning("Dense retrieval skipped: {Message}", ex.Message);
            return null;
        }
    }

    /// <summary>Whether a vector candidate passes <paramref name="filter"/> (by the facets recorded when it was embedded).</summary>
    public Func<string, bool> Admits(SearchFilter filter) =>
        id => entries.TryGetValue(id, out var entry) && FacetFilter.Passes(filter, entry.Facets);

    public void Dispose() => http.Dispose();

    private void Store(IReadOnlyList<MatchDocument> embedded, List<string> texts, float[][] vectors)
    {
        var target = store;
        if (target is not null && target.Dimensions != vectors[0].Length)
        {
            logger.LogWarning("The embedding service now returns {New}-dimensional vectors instead of {Old}; every document is embedded again.",
                vectors[0].Length, target.Dimensions);
            backlog.UnionWith(entries.Keys);
            entries.Clear();
            target = null;
        }

        target ??= new VectorStore(vectors[0].Length);
        for (var i = 0; i < embedded.Count; i++)
        {
            var id = embedded[i].Id;
            backlog.Remove(id);
            try
            {
                target.Upsert(id, vectors[i]);
            }
            catch (ArgumentException ex)
            {
                // e.g. an all-zero vector: the document stays without one (BM25F still finds it).
                logger.LogWarning("The vector of {Id} was not stored: {Message}", id, ex.Message);
                continue;
            }

            entries[id] = new DenseEntry(EmbeddingText.Hash(texts[i]), embedded[i].Facets ?? DocumentFacets.None);
            embeddedInPass++;
        }

        store = target;
        UpdatePending();
    }

    private void Postpone(string what, int count, string message)
    {
        pause = pause == TimeSpan.Zero ? FirstPause : TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
        retryAt = time.GetUtcNow() + pause;
        logger.LogWarning("{What} ({Count} in this batch, {Pending} waiting); retrying in {Pause:0} s. {Message}",
            what, count, backlog.Count, pause.TotalSeconds, message);
    }

    private void RemoveVector(string id)
    {
        if (entries.TryRemove(id, out _))
        {
            store?.Delete(id);
        }
    }

    private void UpdatePending() => Volatile.Write(ref pending, backlog.Count);
}
