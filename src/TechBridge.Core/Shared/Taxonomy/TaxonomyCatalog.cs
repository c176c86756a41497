using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Data;
using TechBridge.Core.Marketplace;

namespace TechBridge.Core.Shared.Taxonomy;

/// <summary>All taxonomies in memory (cooperation types of seed 003 included), keyed by code. Loaded once, reloaded after <see cref="Invalidate"/>.</summary>
public sealed record TaxonomySnapshot(
    IReadOnlyDictionary<string, Field> Fields,
    IReadOnlyDictionary<string, Industry> Industries,
    IReadOnlyDictionary<string, Country> Countries,
    IReadOnlyDictionary<string, RndStage> RndStages,
    IReadOnlyDictionary<int, TrlLevel> TrlLevels,
    IReadOnlyDictionary<string, CooperationType> CooperationTypes)
{
    public string FieldName(string code) => Fields.TryGetValue(code, out var f) ? f.Name() : code;

    public string IndustryName(string? code) => code is not null && Industries.TryGetValue(code, out var i) ? i.Name() : code ?? string.Empty;

    public string CountryName(string code) => Countries.TryGetValue(code, out var c) ? c.Name() : code;

    public string StageName(string? code) => code is not null && RndStages.TryGetValue(code, out var s) ? s.Name() : code ?? string.Empty;

    public string CooperationTypeName(string? code) => code is not null && CooperationTypes.TryGetValue(code, out var t) ? t.Name() : code ?? string.Empty;

    /// <summary>R&amp;D stage codes in the taxonomy's order (unknown codes last, by code).</summary>
    public IReadOnlyList<string> InStageOrder(IEnumerable<string> codes) =>
        [.. codes.OrderBy(c => RndStages.TryGetValue(c, out var s) ? s.SortOrder : int.MaxValue).ThenBy(c => c, StringComparer.Ordinal)];

    /// <summary>The R&amp;D stage whose TRL range holds <paramref name="trl"/> (the first by sort order), or null.</summary>
    public RndStage? StageForTrl(int trl) => RndStages.Values.FirstOrDefault(s => s.TrlMin <= trl && trl <= s.TrlMax);
}

/// <summary>Singleton cache of the taxonomies; they change only when reference data or an administrator changes them.</summary>
public sealed class TaxonomyCatalog(IServiceScopeFactory scopes) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile TaxonomySnapshot? snapshot;

    public async Task<TaxonomySnapshot> GetAsync(CancellationToken cancellationToken = default)
    {
        if (snapshot is { } cached)
        {
            return cached;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (snapshot is { } loaded)
            {
                return loaded;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>();
            var result = new TaxonomySnapshot(
                (await db.Fields.AsNoTracking().OrderBy(f => f.SortOrder).ToListAsync(cancellationToken)).ToDictionary(f => f.Code),
                (await db.Industries.AsNoTracking().OrderBy(i => i.SortOrder).ToListAsync(cancellationToken)).ToDictionary(i => i.Code),
                (await db.Countries.AsNoTracking().OrderBy(c => c.Alpha2).ToListAsync(cancellationToken)).ToDictionary(c => c.Alpha2),
                (await db.RndStages.AsNoTracking().OrderBy(s => s.SortOrder).ToListAsync(cancellationToken)).ToDictionary(s => s.Code),
                (await db.TrlLevels.AsNoTracking().OrderBy(t => t.Level).ToListAsync(cancellationToken)).ToDictionary(t => t.Level),
                (await db.CooperationTypes.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(cancellationToken)).ToDictionary(t => t.Code));
            snapshot = result;
            return result;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Invalidate() => snapshot = null;

    public void Dispose() => gate.Dispose();
}
