using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data.Seeding.Demo;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Data.Seeding;

/// <summary>
/// Demo content for development: a generated directory, equipment, public technologies and technology needs on top of it,
/// and one account per role (the company account belongs to a demo company with needs). Each part runs once (skips when
/// its demo rows exist, so a database seeded by an earlier release gets the newer parts) and only when the host asks for
/// it, which it does in the Development and Testing environments.
/// </summary>
public sealed class DemoDataSeeder(TechBridgeDbContext db, AccountService accounts, TaxonomyCatalog taxonomy, TimeProvider time)
{
    public const int Seed = 20261122;

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (!await db.Organizations.AnyAsync(o => o.IsDemo, cancellationToken))
        {
            await SeedDirectoryAsync(cancellationToken);
        }

        if (!await db.Equipment.AnyAsync(e => e.IsDemo, cancellationToken)
            && !await db.PublicTechnologies.AnyAsync(t => t.IsDemo, cancellationToken)
            && !await db.TechnologyNeeds.AnyAsync(n => n.IsDemo, cancellationToken))
        {
            await SeedMarketplaceAsync(cancellationToken);
        }

        foreach (var account in DemoAccounts.All)
        {
            await accounts.EnsureDemoAccountAsync(account, cancellationToken);
        }

        await LinkCompanyAccountAsync(cancellationToken);
    }

    private async Task SeedDirectoryAsync(CancellationToken cancellationToken)
    {
        var fields = await db.Fields.Select(f => f.Code).ToListAsync(cancellationToken);
        var industries = await db.Industries.Select(i => i.Code).ToListAsync(cancellationToken);
        var countries = await db.Countries.Select(c => c.Alpha2).ToListAsync(cancellationToken);
        var demo = DemoDirectoryGenerator.Generate(Seed, fields, industries, countries, Clock.UtcNow(time));
        await AddAllAsync(() =>
        {
            db.Organizations.AddRange(demo.Organizations);
            db.People.AddRange(demo.People);
            db.Affiliations.AddRange(demo.Affiliations);
            db.Publications.AddRange(demo.Publications);
        }, cancellationToken);
    }

    /// <summary>Reads the demo directory back (it may come from an earlier release), then generates on top of it.</summary>
    private async Task SeedMarketplaceAsync(CancellationToken cancellationToken)
    {
        var organizations = await db.Organizations.AsNoTracking().Include(o => o.Fields).Where(o => o.IsDemo).ToListAsync(cancellationToken);
        var affiliations = await db.Affiliations.AsNoTracking().Where(a => a.EndDate == null && a.Person!.IsDemo).ToListAsync(cancellationToken);
        taxonomy.Invalidate();
        var snapshot = await taxonomy.GetAsync(cancellationToken);
        var market = DemoMarketplaceGenerator.Generate(Seed, new DemoDirectory(organizations, [], affiliations, []), snapshot, Clock.UtcNow(time));
        await AddAllAsync(() =>
        {
            db.Equipment.AddRange(market.Equipment);
            db.PublicTechnologies.AddRange(market.Technologies);
            db.TechnologyNeeds.AddRange(market.Needs);
        }, cancellationToken);
    }

    /// <summary>The demo company account files needs for the demo company with the most needs (ties: the lowest id).</summary>
    private async Task LinkCompanyAccountAsync(CancellationToken cancellationToken)
    {
        var email = UserAccount.Normalize(DemoAccounts.All.First(a => a.Roles.Contains(Roles.Company)).Email);
        var account = await db.Users.SingleOrDefaultAsync(u => u.IsDemo && u.NormalizedEmail == email, cancellationToken);
        if (account is not { OrganizationId: null })
        {
            return;
        }

        var companies = await db.TechnologyNeeds.AsNoTracking().Where(n => n.IsDemo).Select(n => n.CompanyId).ToListAsync(cancellationToken);
        if (companies.Count > 0)
        {
            account.OrganizationId = companies.GroupBy(c => c).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
            account.ManagesOrganization = true;
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task AddAllAsync(Action add, CancellationToken cancellationToken)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        add();
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        db.ChangeTracker.Clear();
    }
}
