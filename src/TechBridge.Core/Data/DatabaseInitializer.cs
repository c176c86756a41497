using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
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
        // On an empty PostgreSQL database the migrator reads the history table before it exists and logs that failed
        // command as an error (npgsql/efcore.pg#3407), which alarms whoever reads the first start's log: create it first.
        // (The provider's existence check does not prevent it, so the provider's own idempotent script is run.)
        await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
        await SqliteDurability.UseWriteAheadLogAsync(db, cancellationToken);

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
