using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TechBridge.Core.Data.Seeding;

namespace TechBridge.Core.Data;

/// <summary>Applies pending migrations, loads reference data, and (development only) demo data.</summary>
public sealed class DatabaseInitializer(
    TechBridgeDbContext db,
    ReferenceDataSeeder reference,
    DemoDataSeeder demo,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(bool includeDemoData, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
        }

        await db.Database.MigrateAsync(cancellationToken);
        await reference.SeedAsync(cancellationToken);
        if (includeDemoData)
        {
            await demo.SeedAsync(cancellationToken);
        }
    }
}
