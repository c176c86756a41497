using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data.Seeding.Demo;
using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Core.Data.Seeding;

/// <summary>
/// Demo content for development: a generated directory and one account per role. Runs once (skips when
/// demo rows exist) and only when the host asks for it, which it does in the Development environment.
/// </summary>
public sealed class DemoDataSeeder(TechBridgeDbContext db, AccountService accounts, TimeProvider time)
{
    public const int Seed = 20261122;

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (!await db.Organizations.AnyAsync(o => o.IsDemo, cancellationToken))
        {
            var fields = await db.Fields.Select(f => f.Code).ToListAsync(cancellationToken);
            var industries = await db.Industries.Select(i => i.Code).ToListAsync(cancellationToken);
            var countries = await db.Countries.Select(c => c.Alpha2).ToListAsync(cancellationToken);
            var demo = DemoDirectoryGenerator.Generate(Seed, fields, industries, countries, Clock.UtcNow(time));
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Organizations.AddRange(demo.Organizations);
            db.People.AddRange(demo.People);
            db.Affiliations.AddRange(demo.Affiliations);
            db.Publications.AddRange(demo.Publications);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            db.ChangeTracker.Clear();
        }

        foreach (var account in DemoAccounts.All)
        {
            await accounts.EnsureDemoAccountAsync(account, cancellationToken);
        }
    }
}
