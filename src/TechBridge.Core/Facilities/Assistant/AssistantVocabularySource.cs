using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Data.Seeding;
using TechBridge.Core.Directory;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Matching.Search;

namespace TechBridge.Core.Facilities.Assistant;

/// <summary>
/// Builds the assistant's vocabulary from the shipped glossary, administrators' glossary pairs, the industries and the
/// cities of the equipment centers, and keeps it for a few minutes (a new pair or center is seen after that).
/// </summary>
public sealed class AssistantVocabularySource(TimeProvider time)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(5);
    private readonly Lazy<IReadOnlyList<GlossaryEntry>> shipped = new(ReadShipped);
    private volatile Kept? current;

    public async Task<AssistantVocabulary> GetAsync(TechBridgeDbContext db, TaxonomyCatalog taxonomy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var now = time.GetUtcNow();
        if (current is { } kept && now - kept.Built < KeepFor)
        {
            return kept.Vocabulary;
        }

        // Two requests may both rebuild after it expires; the later one wins, both are right.
        var added = await db.GlossaryTerms.AsNoTracking().Select(t => new { t.Korean, t.English, t.Fields }).ToListAsync(cancellationToken);
        var cities = await db.Organizations.AsNoTracking()
            .Where(o => o.Kind == OrganizationKind.EquipmentCenter && o.City != null).Select(o => o.City!).Distinct().ToListAsync(cancellationToken);
        var snapshot = await taxonomy.GetAsync(cancellationToken);
        var entries = shipped.Value.Concat(added.Select(t => new GlossaryEntry(t.Korean, t.English, t.Fields.Split(';', StringSplitOptions.RemoveEmptyEntries))));
        var vocabulary = new AssistantVocabulary(entries, snapshot.Industries.Values.Select(i => (i.Code, i.NameKo, i.NameEn)), cities);
        current = new Kept(vocabulary, now);
        return vocabulary;
    }

    private sealed record Kept(AssistantVocabulary Vocabulary, DateTimeOffset Built);

    private static IReadOnlyList<GlossaryEntry> ReadShipped()
    {
        var path = Path.Combine(SeedFiles.Directory, "glossary.csv");
        return File.Exists(path) ? GlossaryCsv.Read(path) : [];
    }
}
