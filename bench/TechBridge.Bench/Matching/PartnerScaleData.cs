using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Data;
using TechBridge.Core.Data.Seeding;
using TechBridge.Core.Data.Seeding.Demo;
using TechBridge.Core.Matching;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Bench.Matching;

/// <summary>
/// Grows a portal's database to a given number of partner documents with more demo directories and marketplaces, each
/// from its own seed (new organisations, people, publications, equipment, technologies and needs written as the demo
/// writes them), then rebuilds the partner index from the database.
/// </summary>
public static class PartnerScaleData
{
    public static async Task GrowAsync(IServiceProvider services, int documents)
    {
        var index = services.GetRequiredService<PartnerIndex>();
        var start = index.Engine.Index.Count; // the index also grows as it hears of the new rows
        var added = 0;
        for (var round = 1; start + added < documents; round++)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>();
            var taxonomy = await scope.ServiceProvider.GetRequiredService<TaxonomyCatalog>().GetAsync();
            var seed = DemoDataSeeder.Seed + (round * 7919);
            var now = DateTimeOffset.UtcNow;
            var directory = DemoDirectoryGenerator.Generate(seed, [.. taxonomy.Fields.Keys], [.. taxonomy.Industries.Keys], [.. taxonomy.Countries.Keys], now);
            var market = DemoMarketplaceGenerator.Generate(seed, directory, taxonomy, now);
            db.Organizations.AddRange(directory.Organizations);
            db.People.AddRange(directory.People);
            db.Affiliations.AddRange(directory.Affiliations);
            db.Publications.AddRange(directory.Publications);
            db.Equipment.AddRange(market.Equipment);
            db.PublicTechnologies.AddRange(market.Technologies);
            db.TechnologyNeeds.AddRange(market.Needs);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            await db.SaveChangesAsync();
            added += directory.Organizations.Count + directory.People.Count + market.Equipment.Count + market.Technologies.Count + market.Needs.Count;
            Console.Error.Write($"\r  added {added:N0} partner entities ({round} demo sets)…");
        }

        Console.Error.WriteLine();
        await index.RebuildAsync();
    }
}
