using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data.Seeding.Demo;
using TechBridge.Core.Directory;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Data.Seeding;

/// <summary>
/// Demo content for development: a generated directory, equipment, public technologies and technology needs on top of it,
/// the full i-Platform (equipment centers of every industry with their representative institutions, company users and a
/// year of reservations), and one account per role (the company account belongs to a demo company with needs, the center
/// operator to the center with most equipment, the coordinator to the representative institution of the industry with
/// most secondary-battery equipment). Each part runs once (skips when its demo rows exist, so a database seeded by an
/// earlier release gets the newer parts) and only when the host asks for it, which it does in the Development and
/// Testing environments.
/// </summary>
public sealed partial class DemoDataSeeder(
    TechBridgeDbContext db, AccountService accounts, TaxonomyCatalog taxonomy, Facilities.Utilisation.UtilisationQueries utilisation,
    Shared.Attachments.AttachmentStore attachments, Shared.Notifications.INotifier notifier, TimeProvider time)
{
    public const int Seed = 20261122;

    /// <summary>The normalised e-mail of the demo account that holds <paramref name="role"/>.</summary>
    private static string DemoEmail(string role) => UserAccount.Normalize(DemoAccounts.All.First(a => a.Roles.Contains(role)).Email);

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

        // The representative institutions are the only demo research institutes with an industry.
        if (!await db.Organizations.AnyAsync(o => o.IsDemo && o.Kind == OrganizationKind.ResearchInstitute && o.IndustryCode != null, cancellationToken))
        {
            await SeedPlatformAsync(cancellationToken);
        }

        await LinkCompanyAccountAsync(cancellationToken);
        await LinkPlatformAccountsAsync(cancellationToken);
        if (!await db.ServicePackages.AnyAsync(p => p.IsDemo, cancellationToken))
        {
            await SeedPackagesAsync(cancellationToken);
        }

        if (!await db.SupportRequests.AnyAsync(r => r.IsDemo, cancellationToken))
        {
            await SeedSupportRequestsAsync(cancellationToken);
        }

        if (!await db.DisposalCases.AnyAsync(c => c.IsDemo, cancellationToken))
        {
            await SeedDisposalsAsync(cancellationToken);
        }

        if (!await db.ProgramCalls.AnyAsync(c => c.IsDemo, cancellationToken))
        {
            await SeedCallsAsync(cancellationToken);
        }

        if (!await db.Proposals.AnyAsync(p => p.IsDemo, cancellationToken))
        {
            await SeedProposalsAsync(cancellationToken);
        }
        if (!await db.Reviewers.AnyAsync(r => r.IsDemo, cancellationToken))
        {
            await SeedReviewerPoolAsync(cancellationToken);
        }

        if (!await db.ReviewAssignments.AnyAsync(a => db.ProgramCalls.Any(c => c.Id == a.CallId && c.IsDemo), cancellationToken))
        {
            await SeedReviewsAsync(cancellationToken);
        }

        if (!await db.TalentProfiles.AnyAsync(t => db.People.Any(p => p.Id == t.PersonId && p.IsDemo), cancellationToken))
        {
            await SeedTalentAsync(cancellationToken);
        }

        if (!await db.Inquiries.AnyAsync(i => db.Users.Any(u => u.Id == i.SenderId && u.IsDemo), cancellationToken))
        {
            await SeedMarketplaceActivityAsync(cancellationToken);
        }
    }

    /// <summary>The talent side of the demo directory (see <see cref="DemoTalentBuilder"/>).</summary>
    private async Task SeedTalentAsync(CancellationToken cancellationToken)
    {
        var people = await db.People.AsNoTracking().Where(p => p.IsDemo)
            .Select(p => new DemoTalentBuilder.Candidate(p.Id, p.Kind, p.CountryCode,
                p.Affiliations.Where(a => a.EndDate == null).Select(a => a.Organization!.NameEn).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        var profiles = DemoTalentBuilder.Build(new DemoRandom(Seed + 7, Clock.UtcNow(time)), people);
        await AddAllAsync(() => db.TalentProfiles.AddRange(profiles), cancellationToken);
    }

    /// <summary>The pool of reviewers, from the demo directory, added by the demo program manager; the demo reviewer account is one of them.</summary>
    private async Task SeedReviewerPoolAsync(CancellationToken cancellationToken)
    {
        var pmEmail = DemoEmail(Roles.ProgramManager);
        var reviewerEmail = DemoEmail(Roles.Reviewer);
        var accounts = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == pmEmail || u.NormalizedEmail == reviewerEmail)
            .Select(u => new { u.Id, u.NormalizedEmail }).ToListAsync(cancellationToken);
        var pm = accounts.Where(a => a.NormalizedEmail == pmEmail).Select(a => (Guid?)a.Id).FirstOrDefault();
        var reviewer = accounts.Where(a => a.NormalizedEmail == reviewerEmail).Select(a => (Guid?)a.Id).FirstOrDefault();
        if (reviewer is { } id && await db.Reviewers.AnyAsync(r => r.UserId == id, cancellationToken))
        {
            reviewer = null;
        }

        var people = await db.People.AsNoTracking().Where(p => p.IsDemo && !db.Reviewers.Any(r => r.PersonId == p.Id))
            .Select(p => new DemoReviewerPoolBuilder.Candidate(p.Id, p.CountryCode, p.Publications.Count)).ToListAsync(cancellationToken);
        var pool = DemoReviewerPoolBuilder.Build(new DemoRandom(Seed + 6, Clock.UtcNow(time)), people, pm, reviewer);
        await AddAllAsync(() => db.Reviewers.AddRange(pool), cancellationToken);
    }

    /// <summary>Calls for proposals of the seed programs, drafted and published by the demo program manager.</summary>
    private async Task SeedCallsAsync(CancellationToken cancellationToken)
    {
        var pmEmail = DemoEmail(Roles.ProgramManager);
        var pm = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == pmEmail).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(cancellationToken);
        var programs = await db.Programs.AsNoTracking().Select(p => p.Code).ToListAsync(cancellationToken);
        if (pm is null || !DemoCallBuilder.Programs.All(programs.Contains))
        {
            return;
        }

        var themes = await db.AlchemistThemes.AsNoTracking().ToListAsync(cancellationToken);
        var calls = DemoCallBuilder.Build(Clock.UtcNow(time), pm.Value, themes);
        await AddAllAsync(() => db.ProgramCalls.AddRange(calls), cancellationToken);
    }

    /// <summary>
    /// Disposal cases on the demo equipment the utilisation report flags as idle over the evidence months (with nothing
    /// booked ahead). Centers' operators propose (the program manager where a center has none); the program manager decides.
    /// </summary>
    private async Task SeedDisposalsAsync(CancellationToken cancellationToken)
    {
        var pmEmail = DemoEmail(Roles.ProgramManager);
        var pm = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == pmEmail).Select(u => new DemoDisposalBuilder.Person(u.Id, u.DisplayName))
            .SingleOrDefaultAsync(cancellationToken);
        if (pm is null)
        {
            return;
        }

        var now = Clock.UtcNow(time);
        var (first, last) = Facilities.Disposals.DisposalEvidenceSource.Period(now);
        var overseer = new Facilities.FacilityActor(pm.Id, pm.Name, "ko", null, null, [], true);
        var report = await utilisation.ReportAsync(overseer, new Facilities.Utilisation.UtilisationFilter(first, last), cancellationToken);
        var idle = report.Equipment.Where(e => e.Advice == Facilities.Utilisation.UtilisationAdvice.DisposalCandidate
                                               && e.Status is Facilities.EquipmentStatus.Available or Facilities.EquipmentStatus.Aged)
            .ToDictionary(e => e.Id);
        var ids = idle.Keys.ToList();
        var items = await db.Equipment.Where(e => e.IsDemo && ids.Contains(e.Id)
                && !db.Reservations.Any(r => r.EquipmentId == e.Id && Facilities.Reservations.ReservationStatuses.Active.Contains(r.Status) && r.End > now))
            .ToListAsync(cancellationToken);
        var operators = await db.Users.AsNoTracking().Where(u => u.OrganizationId != null && !u.IsDisabled && u.Roles.Any(r => r.Role == Roles.CenterOperator))
            .OrderBy(u => u.Id).Select(u => new { u.OrganizationId, Person = new DemoDisposalBuilder.Person(u.Id, u.DisplayName) }).ToListAsync(cancellationToken);
        var operatorEmail = DemoEmail(Roles.CenterOperator);
        var demoCenter = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == operatorEmail).Select(u => u.OrganizationId).SingleOrDefaultAsync(cancellationToken);
        var centers = await db.Organizations.AsNoTracking().Where(o => o.IsDemo && o.Kind == OrganizationKind.EquipmentCenter).OrderBy(o => o.Id)
            .Select(o => o.Id).ToListAsync(cancellationToken);
        var candidates = items.Select(e => new DemoDisposalBuilder.Candidate(e, new Facilities.Disposals.DisposalEvidence
        {
            FirstMonth = first, LastMonth = last, BookedHours = Math.Round(idle[e.Id].Figure.BookedHours, 2), OpenHours = Math.Round(idle[e.Id].Figure.OpenHours, 2),
            Rate = Math.Round(idle[e.Id].Figure.Rate, 4), YearAcquired = e.YearAcquired,
        })).ToList();
        var (cases, events) = DemoDisposalBuilder.Build(now, candidates, demoCenter, centers,
            center => operators.FirstOrDefault(o => o.OrganizationId == center)?.Person ?? pm, pm);
        db.DisposalCases.AddRange(cases);
        db.DisposalEvents.AddRange(events);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>Service packages of the demo centers, built around their available items.</summary>
    private async Task SeedPackagesAsync(CancellationToken cancellationToken)
    {
        var items = await db.Equipment.AsNoTracking().Where(e => e.IsDemo && e.Status == Facilities.EquipmentStatus.Available).OrderBy(e => e.Id)
            .Select(e => new DemoPackageBuilder.Item(e.CenterId, e.Id, e.NameKo, e.NameEn, e.FeeKrw, e.FeeUnit, e.VatExempt))
            .ToListAsync(cancellationToken);
        var packages = DemoPackageBuilder.Build(new DemoRandom(Seed + 5, Clock.UtcNow(time)), items);
        await AddAllAsync(() => db.ServicePackages.AddRange(packages), cancellationToken);
    }

    /// <summary>
    /// Support requests of demo companies at every step. The demo coordinator acts for its industry, the demo program
    /// manager for the others; a center without an operator account answers in its own name.
    /// </summary>
    private async Task SeedSupportRequestsAsync(CancellationToken cancellationToken)
    {
        var companies = await db.Users.AsNoTracking()
            .Where(u => u.IsDemo && !u.IsDisabled && u.Roles.Any(r => r.Role == Roles.Company)
                        && db.Organizations.Any(o => o.Id == u.OrganizationId && o.Kind == OrganizationKind.Company))
            .OrderBy(u => u.Id).Select(u => new DemoSupportRequestBuilder.Company(u.OrganizationId!.Value, u.Id, u.DisplayName)).ToListAsync(cancellationToken);
        var items = await db.Equipment.AsNoTracking().Where(e => e.IsDemo && e.Status == Facilities.EquipmentStatus.Available).OrderBy(e => e.Id)
            .Select(e => new DemoSupportRequestBuilder.CenterItem(e.CenterId, e.Id, e.IndustryCode, e.Stages.Select(s => s.StageCode).ToList()))
            .ToListAsync(cancellationToken);
        var people = await db.Users.AsNoTracking().Where(u => u.IsDemo && u.OrganizationId != null
                && u.Roles.Any(r => r.Role == Roles.Coordinator || r.Role == Roles.CenterOperator))
            .Select(u => new { u.Id, u.DisplayName, u.OrganizationId }).ToListAsync(cancellationToken);
        var pmEmail = DemoEmail(Roles.ProgramManager);
        var pm = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == pmEmail).Select(u => new { u.Id, u.DisplayName }).SingleOrDefaultAsync(cancellationToken);
        var representatives = await db.Industries.AsNoTracking().ToDictionaryAsync(i => i.Code, i => i.RepresentativeInstitutionId, cancellationToken);
        var centerIds = items.Select(i => i.CenterId).Distinct().ToList();
        var centers = await db.Organizations.AsNoTracking().Where(o => centerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.NameKo, cancellationToken);
        if (pm is null)
        {
            return;
        }

        (Guid, string) CoordinatorOf(string industry) =>
            people.FirstOrDefault(p => p.OrganizationId == representatives.GetValueOrDefault(industry)) is { } c ? (c.Id, c.DisplayName) : (pm.Id, pm.DisplayName);
        (Guid?, string) CenterActorOf(Guid center) =>
            people.FirstOrDefault(p => p.OrganizationId == center) is { } o ? (o.Id, o.DisplayName) : (null, centers.GetValueOrDefault(center) ?? string.Empty);

        var (requests, parts, events) = DemoSupportRequestBuilder.Build(new DemoRandom(Seed + 4, Clock.UtcNow(time)), companies, items, CoordinatorOf, CenterActorOf);
        await AddAllAsync(() =>
        {
            db.SupportRequests.AddRange(requests);
            db.SupportAssignments.AddRange(parts);
            db.SupportRequestEvents.AddRange(events);
        }, cancellationToken);
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

    /// <summary>
    /// Reads the demo directory and equipment back, then adds the i-Platform in one save, so its representative institutions
    /// say the part is done; industries that have a representative keep it. The company users share the demo company
    /// account's password hash (hashing forty passwords would cost more than the rest of the part).
    /// </summary>
    private async Task SeedPlatformAsync(CancellationToken cancellationToken)
    {
        var organizations = await db.Organizations.AsNoTracking().Include(o => o.Fields).Where(o => o.IsDemo).ToListAsync(cancellationToken);
        var equipment = await db.Equipment.AsNoTracking().Where(e => e.IsDemo).ToListAsync(cancellationToken);
        taxonomy.Invalidate();
        var snapshot = await taxonomy.GetAsync(cancellationToken);
        var company = DemoEmail(Roles.Company);
        var passwordHash = await db.Users.Where(u => u.IsDemo && u.NormalizedEmail == company).Select(u => u.PasswordHash).SingleOrDefaultAsync(cancellationToken);
        var platform = DemoPlatformGenerator.Generate(Seed, organizations, equipment, snapshot, Clock.UtcNow(time));
        var industries = await db.Industries.Where(i => i.RepresentativeInstitutionId == null).ToListAsync(cancellationToken);
        await AddAllAsync(() =>
        {
            db.Organizations.AddRange(platform.Organizations);
            db.Equipment.AddRange(platform.Equipment);
            db.Equipment.UpdateRange(platform.Updated);
            foreach (var user in platform.Users)
            {
                user.PasswordHash = passwordHash;
            }

            db.Users.AddRange(platform.Users);
            db.EquipmentBlackouts.AddRange(platform.Blackouts);
            db.Reservations.AddRange(platform.Reservations);
            foreach (var industry in industries)
            {
                industry.RepresentativeInstitutionId = platform.Representatives.GetValueOrDefault(industry.Code);
            }
        }, cancellationToken);
    }

    /// <summary>
    /// The coordinator works at the representative institution of the industry with most secondary-battery equipment, and
    /// the center operator runs the demo center with most equipment in that industry, so a demo support request can go
    /// from the one to the other (ties: the lowest id or code, compared in memory so both providers agree).
    /// </summary>
    private async Task LinkPlatformAccountsAsync(CancellationToken cancellationToken)
    {
        var battery = await db.Equipment.AsNoTracking().Where(e => e.IsDemo && e.Fields.Any(f => f.FieldCode == "SECONDARY_BATTERY"))
            .GroupBy(e => e.IndustryCode).Select(g => new { Code = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var representatives = await db.Industries.AsNoTracking().Where(i => i.RepresentativeInstitutionId != null)
            .Select(i => new { i.Code, i.RepresentativeInstitutionId }).ToListAsync(cancellationToken);
        var coordinated = representatives.OrderByDescending(r => battery.Where(b => b.Code == r.Code).Sum(b => b.Count)).ThenBy(r => r.Code, StringComparer.Ordinal)
            .FirstOrDefault();
        await LinkAsync(Roles.Coordinator, coordinated?.RepresentativeInstitutionId, cancellationToken);

        var industry = coordinated?.Code;
        var centers = await db.Equipment.AsNoTracking().Where(e => e.IsDemo && (industry == null || e.IndustryCode == industry)).GroupBy(e => e.CenterId)
            .Select(g => new { Id = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var center = centers.OrderByDescending(c => c.Count).ThenBy(c => c.Id).Select(c => (Guid?)c.Id).FirstOrDefault();
        await LinkAsync(Roles.CenterOperator, center, cancellationToken);
    }

    /// <summary>Links the demo account of the role to the organisation, unless it is linked already.</summary>
    private async Task LinkAsync(string role, Guid? organizationId, CancellationToken cancellationToken)
    {
        var email = DemoEmail(role);
        var account = await db.Users.SingleOrDefaultAsync(u => u.IsDemo && u.NormalizedEmail == email, cancellationToken);
        if (account is { OrganizationId: null } && organizationId is not null)
        {
            account.OrganizationId = organizationId;
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>The demo company account files needs for the demo company with the most needs (ties: the lowest id).</summary>
    private async Task LinkCompanyAccountAsync(CancellationToken cancellationToken)
    {
        var email = DemoEmail(Roles.Company);
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
