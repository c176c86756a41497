using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TechBridge.Core.Data;
using TechBridge.Core.Data.Seeding;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Matching.Index;
using TechBridge.Matching.Search;
using TechBridge.Matching.Text;

namespace TechBridge.Core.Matching;

/// <summary>
/// Keeps the engine's index in step with the directory: built from the database at start, then updated
/// from every saved change (the save only leaves a hint; a background loop re-reads the entities, upserts or
/// deletes them, and refreshes). The index is derived data and can be rebuilt at any time.
/// </summary>
public sealed class PartnerIndex(IServiceScopeFactory scopes, TaxonomyCatalog taxonomy, ILogger<PartnerIndex> logger)
    : BackgroundService, IEntityChangeObserver
{
    private readonly Channel<EntityChanges> queue = Channel.CreateUnbounded<EntityChanges>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile MatchEngine engine = new(new MatchIndex(IndexSchema.Default, new BilingualAnalyzer()));

    public MatchEngine Engine => engine;

    /// <summary>Completes when the first build from the database is done.</summary>
    public Task Ready => ready.Task;

    public void Changed(EntityChanges changes) => queue.Writer.TryWrite(changes);

    /// <summary>Re-reads the whole directory into a fresh index and swaps it in; searches keep working meanwhile.</summary>
    public async Task RebuildAsync(CancellationToken cancellationToken = default)
    {
        var analyzer = new BilingualAnalyzer();
        var index = new MatchIndex(IndexSchema.Default, analyzer);
        var started = DateTimeOffset.UtcNow;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>();
            var snapshot = await taxonomy.GetAsync(cancellationToken);
            var organizations = await db.Organizations.AsNoTracking().Include(o => o.Fields).ToListAsync(cancellationToken);
            index.AddRange(organizations.Select(o => EntityDocuments.From(o, snapshot)));
            var ids = await db.People.AsNoTracking().Select(p => p.Id).ToListAsync(cancellationToken);
            foreach (var chunk in ids.Chunk(500))
            {
                index.AddRange(await LoadPeopleAsync(db, chunk, snapshot, cancellationToken));
            }
        }

        engine = new MatchEngine(index, await LoadGlossaryAsync(analyzer, cancellationToken));
        logger.LogInformation("Matching index built: {Count} documents in {Ms:0} ms", index.Count, (DateTimeOffset.UtcNow - started).TotalMilliseconds);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RebuildAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Building the matching index failed; partner search returns no results until a rebuild succeeds.");
        }
        finally
        {
            ready.TrySetResult();
        }

        await foreach (var change in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await ApplyAsync(Merge(change), stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Updating the matching index failed; it will catch up at the next rebuild.");
            }
        }
    }

    /// <summary>Drains what else is queued so a burst of saves becomes one update.</summary>
    private EntityChanges Merge(EntityChanges first)
    {
        var organizations = new HashSet<Guid>(first.Organizations);
        var people = new HashSet<Guid>(first.People);
        while (queue.Reader.TryRead(out var next))
        {
            organizations.UnionWith(next.Organizations);
            people.UnionWith(next.People);
        }

        return new EntityChanges(organizations, people);
    }

    private async Task ApplyAsync(EntityChanges change, CancellationToken cancellationToken)
    {
        var index = engine.Index;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>();
        var snapshot = await taxonomy.GetAsync(cancellationToken);
        var organizations = await db.Organizations.AsNoTracking().Include(o => o.Fields)
            .Where(o => change.Organizations.Contains(o.Id)).ToListAsync(cancellationToken);
        foreach (var id in change.Organizations.Except(organizations.Select(o => o.Id)))
        {
            index.Delete(EntityDocuments.OrganizationPrefix + id.ToString("N"));
        }

        foreach (var organization in organizations)
        {
            index.Upsert(EntityDocuments.From(organization, snapshot));
        }

        var people = await LoadPeopleAsync(db, [.. change.People], snapshot, cancellationToken);
        foreach (var id in change.People.Except(people.Select(p => Guid.ParseExact(p.Id[EntityDocuments.PersonPrefix.Length..], "N"))))
        {
            index.Delete(EntityDocuments.PersonPrefix + id.ToString("N"));
        }

        foreach (var person in people)
        {
            index.Upsert(person);
        }

        index.Refresh();
    }

    private static async Task<List<MatchDocument>> LoadPeopleAsync(TechBridgeDbContext db, Guid[] ids, TaxonomySnapshot snapshot, CancellationToken cancellationToken)
    {
        if (ids.Length == 0)
        {
            return [];
        }

        var people = await db.People.AsNoTracking().Include(p => p.Fields).Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        var organizations = (await db.Affiliations.AsNoTracking().Where(a => ids.Contains(a.PersonId) && a.EndDate == null)
                .Select(a => new { a.PersonId, a.Organization!.NameKo, a.Organization.NameEn }).ToListAsync(cancellationToken))
            .ToLookup(a => a.PersonId, a => string.Join(" ", a.NameKo, a.NameEn));
        var publications = (await db.PublicationAuthors.AsNoTracking().Where(a => ids.Contains(a.PersonId))
                .Select(a => new { a.PersonId, a.Publication }).ToListAsync(cancellationToken))
            .ToLookup(a => a.PersonId, a => a.Publication!);
        return [.. people.Select(p => EntityDocuments.From(p, organizations[p.Id], publications[p.Id], snapshot))];
    }

    /// <summary>Re-reads the glossary (shipped pairs plus administrators' pairs) and applies it to the next search.</summary>
    public async Task ReloadGlossaryAsync(CancellationToken cancellationToken = default)
    {
        var current = engine;
        current.ReplaceGlossary(await LoadGlossaryAsync(current.Index.Analyzer, cancellationToken) ?? Glossary.Empty);
    }

    private async Task<Glossary?> LoadGlossaryAsync(IAnalyzer analyzer, CancellationToken cancellationToken)
    {
        var entries = new List<GlossaryEntry>();
        var path = Path.Combine(SeedFiles.Directory, "glossary.csv");
        if (File.Exists(path))
        {
            entries.AddRange(GlossaryCsv.Read(path));
        }
        else
        {
            logger.LogWarning("Glossary {Path} not found; only administrators' pairs are used.", path);
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>();
            var added = await db.GlossaryTerms.AsNoTracking().ToListAsync(cancellationToken);
            entries.AddRange(added.Select(t => new GlossaryEntry(t.Korean, t.English, t.Fields.Split(';', StringSplitOptions.RemoveEmptyEntries))));
        }

        return entries.Count == 0 ? null : new Glossary(entries, analyzer);
    }
}
