using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Data.Seeding;
using TechBridge.Matching.Search;

namespace TechBridge.Core.Matching;

/// <summary>
/// Loads the shipped glossary (data/seed/glossary.csv) into the database, adding only the pairs not seen before (by their
/// seed key): pairs administrators edited or removed stay as they left them, and a newer seed file adds its new pairs.
/// </summary>
public static class GlossarySeeder
{
    public const string FileName = "glossary.csv";

    /// <summary>A shipped pair's seed key: its words as the seed file has them.</summary>
    private static string KeyOf(string korean, string english) => $"{korean}\t{english}";

    public static async Task<int> SeedAsync(TechBridgeDbContext db, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var path = Path.Combine(SeedFiles.Directory, FileName);
        if (!File.Exists(path))
        {
            return 0;
        }

        var known = (await db.GlossaryTerms.AsNoTracking().Select(t => new { t.SeedKey, t.Korean, t.English }).ToListAsync(cancellationToken))
            .SelectMany(t => new[] { t.SeedKey, KeyOf(t.Korean, t.English) })
            .ToHashSet(StringComparer.Ordinal);
        var added = 0;
        foreach (var entry in GlossaryCsv.Read(path))
        {
            var key = KeyOf(entry.Korean, entry.English);
            if (known.Add(key))
            {
                db.GlossaryTerms.Add(new GlossaryTerm
                {
                    Korean = entry.Korean, English = entry.English, Fields = string.Join(';', entry.Fields), Note = entry.Note,
                    SeedKey = key, CreatedAt = now,
                });
                added++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }
}
