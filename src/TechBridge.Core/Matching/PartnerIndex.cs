using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TechBridge.Core.Data;
using TechBridge.Core.Data.Seeding;
using TechBridge.Core.Matching.Embeddings;
using TechBridge.Core.Matching.Snapshots;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Matching.Index;
using TechBridge.Matching.Search;
using TechBridge.Matching.Text;

namespace TechBridge.Core.Matching;

/// <summary>
/// Keeps the engine's index in step with the database: organisations, people, equipment, public technologies and
/// technology needs. At start it loads the snapshot saved by the last run when the
/// snapshot's database stamp still matches the database (see <see cref="IndexStamp"/>), and otherwise builds the index
/// from the database and saves a new snapshot. Then every saved change leaves a hint; a background loop re-reads the
/// entities, upserts or deletes them, refreshes, and saves the snapshot again at most once per
/// <see cref="MatchingOptions.SnapshotInterval"/> (and at shutdown). With dense retrieval on, the same loop keeps the
/// document vectors current (<see cref="PartnerVectors"/>). The index is derived data and can be rebuilt at any time.
/// </summary>
public sealed class PartnerIndex : BackgroundService, IEntityChangeObserver
{
    private readonly Channel<EntityChanges> queue = Channel.CreateUnbounded<EntityChanges>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly IServiceScopeFactory scopes;
    private readonly TaxonomyCatalog taxonomy;
    private readonly TimeProvider time;
    private readonly ILogger<PartnerIndex> logger;
    private readonly PartnerSnapshotFiles? files;
    private readonly TimeSpan snapshotInterval;
    private volatile MatchEngine engine = new(new MatchIndex(IndexSchema.Default, new BilingualAnalyzer()));
    private volatile IndexStartReport lastStart = IndexStartReport.NotStarted;
    private DateTimeOffset? dirtySince;

    /// <summary>Changes taken from the queue whose update has not completed (a shutdown may cancel it); the next apply or save redoes them.</summary>
    private EntityChanges? inFlight;

    public PartnerIndex(
        IServiceScopeFactory scopes, TaxonomyCatalog taxonomy, IOptions<MatchingOptions> options, DatabaseSettings database,
        TimeProvider time, ILogger<PartnerIndex> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(database);
        this.scopes = scopes;
        this.taxonomy = taxonomy;
        this.time = time;
        this.logger = logger;
        var settings = options.Value;
        snapshotInterval = settings.SnapshotInterval > TimeSpan.Zero ? settings.SnapshotInterval : TimeSpan.FromSeconds(30);
        files = settings.PersistSnapshot ? new PartnerSnapshotFiles(settings.ResolveSnapshotPath(database.DataDirectory)) : null;
        if (settings.Embeddings.Enabled)
        {
            try
            {
                Vectors = new PartnerVectors(settings.Embeddings, time, logger);
            }
            catch (ArgumentException ex)
            {
                logger.LogError("Dense retrieval stays off because its settings are invalid: {Message}", ex.Message);
            }
        }
    }

    public MatchEngine Engine => engine;

    /// <summary>Completes when the index is usable: loaded from the snapshot or built from the database (or the attempt failed).</summary>
    public Task Ready => ready.Task;

    /// <summary>Completes when the start-up work is done: <see cref="Ready"/>, and after a rebuild the new snapshot saved.</summary>
    public Task Started => started.Task;

    /// <summary>Whether the last start loaded the snapshot or rebuilt the index, and why.</summary>
    public IndexStartReport LastStart => lastStart;

    /// <summary>The snapshot file, or null when snapshots are off.</summary>
    public string? SnapshotPath => files?.IndexPath;

    /// <summary>The document vectors, or null when dense retrieval is off.</summary>
    public PartnerVectors? Vectors { get; }

    public void Changed(EntityChanges changes) => queue.Writer.TryWrite(changes);

    /// <summary>Re-reads every matched entity into a fresh index and swaps it in; searches keep working meanwhile.</summary>
    public async Task RebuildAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await RebuildCoreAsync(scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>(), cancellationToken);
            MarkDirty();
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Re-reads the glossary (shipped pairs plus administrators' pairs) and applies it to the next search.</summary>
    public async Task ReloadGlossaryAsync(CancellationToken cancellationToken = default)
    {
        var current = engine;
        current.ReplaceGlossary(await LoadGlossaryAsync(current.Index.Analyzer, cancellationToken) ?? Glossary.Empty);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (files is null || lastStart.Kind == IndexStartKind.None || (dirtySince is null && inFlight is null && !queue.Reader.TryPeek(out _)))
        {
            return;
        }

        try
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                await SaveCoreAsync(LogLevel.Information, cancellationToken);
            }
            finally
            {
                gate.Release();
            }
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("Shutdown did not wait for the matching index snapshot to be saved; the next start rebuilds it.");
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Saving the matching index snapshot at shutdown failed; the next start rebuilds it.");
        }
    }

    public override void Dispose()
    {
        base.Dispose();
        Vectors?.Dispose();
        gate.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await StartIndexAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Building the matching index failed; partner search returns no results until a rebuild succeeds.");
        }
        finally
        {
            ready.TrySetResult();
            started.TrySetResult();
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            if (queue.Reader.TryRead(out var change))
            {
                // Held before anything can be cancelled, so a shutdown that interrupts the update still saves it.
                inFlight = inFlight is { } earlier ? EntityChanges.Union([earlier, change]) : change;
                await StepAsync(() => ApplyPendingAsync(stoppingToken), "Updating the matching index failed; it will catch up at the next rebuild.", stoppingToken);
                continue;
            }

            var now = time.GetUtcNow();
            if (Vectors?.NextEmbeddingAt is { } embedAt && embedAt <= now)
            {
                await StepAsync(() => EmbedNextAsync(stoppingToken), "Embedding partner documents failed.", stoppingToken);
                continue;
            }

            if (files is not null && dirtySince is { } since && since + snapshotInterval <= now)
            {
                await StepAsync(() => SaveCoreAsync(LogLevel.Debug, stoppingToken), "Saving the matching index snapshot failed; it is tried again later.", stoppingToken);
                continue;
            }

            await WaitForWorkAsync(NextDue(), stoppingToken);
        }
    }

    private async Task StartIndexAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>();
            var stamp = await IndexStampReader.ReadAsync(db, cancellationToken);
            var (loaded, manifest, reason) = TryLoadSnapshot(stamp);
            if (loaded is not null)
            {
                engine = new MatchEngine(loaded, await LoadGlossaryAsync(loaded.Analyzer, cancellationToken), LoadLexicon(loaded.Analyzer));
                lastStart = new IndexStartReport(IndexStartKind.Loaded, null, loaded.Count, clock.Elapsed);
                logger.LogInformation("Matching index loaded from {Path}: {Count} documents in {Ms:0} ms",
                    files!.IndexPath, loaded.Count, clock.Elapsed.TotalMilliseconds);
                if (Vectors is not null)
                {
                    // Saved with the index, so current unless the model changed; documents without a vector are queued.
                    TryRestoreVectors(files, manifest!);
                    var ids = await PartnerDocumentReader.ReadAllIdsAsync(db, cancellationToken);
                    Vectors.ForgetAllExcept(ids.ToHashSet(StringComparer.Ordinal));
                    Vectors.QueueUnembedded(ids);
                    LogVectors();
                }

                ready.TrySetResult();
                return;
            }

            if (Vectors is not null && files is not null && manifest is not null)
            {
                // A vector stays valid while its document's text is unchanged, whatever else changed: keep those.
                TryRestoreVectors(files, manifest);
            }

            await RebuildCoreAsync(db, cancellationToken);
            lastStart = new IndexStartReport(IndexStartKind.Rebuilt, reason, engine.Index.Count, clock.Elapsed);
            logger.LogInformation("Matching index rebuilt from the database ({Reason}): {Count} documents in {Ms:0} ms",
                reason, engine.Index.Count, clock.Elapsed.TotalMilliseconds);
            LogVectors();
            ready.TrySetResult();
            if (files is not null)
            {
                await SaveCoreAsync(LogLevel.Information, cancellationToken, stamp);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The snapshot's index when it matches <paramref name="stamp"/>; otherwise null and why (the manifest when one was readable).</summary>
    private (MatchIndex? Index, SnapshotManifest? Manifest, string Reason) TryLoadSnapshot(IndexStamp stamp)
    {
        if (files is null)
        {
            return (null, null, $"snapshots are off ({MatchingOptions.Section}:PersistSnapshot=false)");
        }

        if (!files.TryReadManifest(out var manifest, out var unreadable))
        {
            return (null, null, unreadable);
        }

        if (manifest.Stamp != stamp)
        {
            return (null, manifest, "the database or the code changed since the snapshot was saved: " + manifest.Stamp.DescribeDifference(stamp));
        }

        var index = new MatchIndex(IndexSchema.Default, new BilingualAnalyzer());
        return files.TryLoadIndex(manifest, index, out var unusable) ? (index, manifest, string.Empty) : (null, manifest, unusable);
    }

    private void TryRestoreVectors(PartnerSnapshotFiles snapshot, SnapshotManifest manifest)
    {
        if (snapshot.TryLoadVectors(manifest, Vectors!.Fingerprint, out var store, out var entries, out var reason))
        {
            Vectors.Restore(store, entries);
        }
        else
        {
            logger.LogInformation("Saved partner vectors not used ({Reason}); documents are embedded again.", reason);
        }
    }

    private void LogVectors()
    {
        if (Vectors is not null)
        {
            logger.LogInformation("Partner vectors: {Count} current, {Pending} to embed.", Vectors.Count, Vectors.Pending);
        }
    }

    private async Task RebuildCoreAsync(TechBridgeDbContext db, CancellationToken cancellationToken)
    {
        var analyzer = new BilingualAnalyzer();
        var index = new MatchIndex(IndexSchema.Default, analyzer);
        var snapshot = await taxonomy.GetAsync(cancellationToken);
        var live = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var chunk in PartnerDocumentReader.ReadAllAsync(db, snapshot, cancellationToken))
        {
            index.AddRange(chunk);
            if (Vectors is not null)
            {
                foreach (var document in chunk)
                {
                    Vectors.Track(document);
                    live.Add(document.Id);
                }
            }
        }

        Vectors?.ForgetAllExcept(live);
        engine = new MatchEngine(index, await LoadGlossaryAsync(analyzer, cancellationToken), LoadLexicon(analyzer));
    }

    /// <summary>
    /// Applies the changes taken from the queue with what else is queued (a burst of saves becomes one update); until the
    /// update completes they stay in <see cref="inFlight"/>, so a cancelled update is redone by the next apply or save.
    /// </summary>
    private async Task ApplyPendingAsync(CancellationToken cancellationToken)
    {
        var all = new List<EntityChanges>();
        if (inFlight is { } taken)
        {
            all.Add(taken);
        }

        while (queue.Reader.TryRead(out var next))
        {
            all.Add(next);
        }

        if (all.Count == 0)
        {
            return;
        }

        var merged = EntityChanges.Union(all);
        inFlight = merged;
        await ApplyAsync(merged, cancellationToken);
        inFlight = null;
    }

    private async Task ApplyAsync(EntityChanges change, CancellationToken cancellationToken)
    {
        var index = engine.Index;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>();
        var snapshot = await taxonomy.GetAsync(cancellationToken);
        var read = await PartnerDocumentReader.ReadAsync(db, snapshot, change, cancellationToken);
        foreach (var id in read.Missing)
        {
            index.Delete(id);
            Vectors?.Forget(id);
        }

        foreach (var document in read.Documents)
        {
            index.Upsert(document);
            Vectors?.Track(document);
        }

        index.Refresh();
        MarkDirty();
    }

    private async Task EmbedNextAsync(CancellationToken cancellationToken)
    {
        var embedded = await Vectors!.EmbedNextAsync(async (ids, ct) =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>();
            return await PartnerDocumentReader.ReadAsync(db, await taxonomy.GetAsync(ct), ids, ct);
        }, cancellationToken);
        if (embedded)
        {
            MarkDirty();
        }
    }

    /// <summary>
    /// Reads the database stamp first, applies what is already queued, then saves: everything the stamp counts is in the
    /// snapshot (changes saved after the stamp was read may be too; the next start then sees a newer stamp and rebuilds).
    /// </summary>
    private async Task SaveCoreAsync(LogLevel level, CancellationToken cancellationToken, IndexStamp? stamp = null)
    {
        if (files is null)
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        dirtySince = null;
        try
        {
            if (stamp is null)
            {
                await using var scope = scopes.CreateAsyncScope();
                stamp = await IndexStampReader.ReadAsync(scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>(), cancellationToken);
            }

            await ApplyPendingAsync(cancellationToken);
            files.Save(engine.Index, stamp, time.GetUtcNow(), Vectors?.ForSaving());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            dirtySince = time.GetUtcNow();
            logger.LogWarning("Saving the matching index snapshot to {Path} failed; it is tried again later. {Message}", files.IndexPath, ex.Message);
            return;
        }
        catch
        {
            dirtySince = time.GetUtcNow();
            throw;
        }

        logger.Log(level, "Matching index snapshot saved to {Path}: {Count} documents, {Vectors} vectors, in {Ms:0} ms",
            files.IndexPath, engine.Index.Count, Vectors?.Count ?? 0, clock.Elapsed.TotalMilliseconds);
    }

    private void MarkDirty() => dirtySince ??= time.GetUtcNow();

    private DateTimeOffset? NextDue()
    {
        DateTimeOffset? due = Vectors?.NextEmbeddingAt;
        if (files is not null && dirtySince is { } since && (due is null || since + snapshotInterval < due))
        {
            due = since + snapshotInterval;
        }

        return due;
    }

    /// <summary>Waits until a change is queued or <paramref name="due"/> comes (forever when null).</summary>
    private async Task WaitForWorkAsync(DateTimeOffset? due, CancellationToken stoppingToken)
    {
        var delay = due is { } at ? at - time.GetUtcNow() : Timeout.InfiniteTimeSpan;
        if (due is not null && delay <= TimeSpan.Zero)
        {
            return;
        }

        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var changed = queue.Reader.WaitToReadAsync(wake.Token).AsTask();
        await Task.WhenAny(changed, Task.Delay(delay, time, wake.Token));
        await wake.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
    }

    private async Task StepAsync(Func<Task> step, string failure, CancellationToken stoppingToken)
    {
        await gate.WaitAsync(stoppingToken);
        try
        {
            await step();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.LogError(ex, "{Failure}", failure);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The learned word lexicon shipped beside the seed files; none (with a warning) when it is missing.</summary>
    private Lexicon? LoadLexicon(IAnalyzer analyzer)
    {
        var path = Path.Combine(SeedFiles.Directory, LexiconFileName);
        if (!File.Exists(path))
        {
            logger.LogWarning("Lexicon {Path} not found; only glossary terms cross between Korean and English.", path);
            return null;
        }

        return new Lexicon(LexiconTsv.Read(path), analyzer);
    }

    /// <summary>
    /// The pairs in the database (the shipped ones, as administrators left them, and theirs); the seed file itself only
    /// when the database holds none of the shipped pairs (a database whose reference data were not loaded).
    /// </summary>
    /// <summary>The lexicon file's name among the seed files (copied from data/lexicon/ko-en.tsv).</summary>
    public const string LexiconFileName = "lexicon-ko-en.tsv";

    private async Task<Glossary?> LoadGlossaryAsync(IAnalyzer analyzer, CancellationToken cancellationToken)
    {
        var entries = new List<GlossaryEntry>();
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>();
            var rows = await db.GlossaryTerms.AsNoTracking().Select(t => new { t.Korean, t.English, t.Fields, t.SeedKey, t.IsRemoved }).ToListAsync(cancellationToken);
            entries.AddRange(rows.Where(t => !t.IsRemoved).OrderBy(t => t.Korean, StringComparer.Ordinal).ThenBy(t => t.English, StringComparer.Ordinal).Select(t => new GlossaryEntry(t.Korean, t.English, t.Fields.Split(';', StringSplitOptions.RemoveEmptyEntries))));
            if (!rows.Any(t => t.SeedKey is not null))
            {
                var path = Path.Combine(SeedFiles.Directory, GlossarySeeder.FileName);
                if (File.Exists(path))
                {
                    entries.AddRange(GlossaryCsv.Read(path));
                }
                else
                {
                    logger.LogWarning("Glossary {Path} not found; only administrators' pairs are used.", path);
                }
            }
        }

        var catalog = await taxonomy.GetAsync(cancellationToken);
        var topics = catalog.Fields.Keys.Concat(catalog.Industries.Keys).ToHashSet(StringComparer.Ordinal);
        return entries.Count == 0 ? null : new Glossary(entries, analyzer, topics);
    }
}
