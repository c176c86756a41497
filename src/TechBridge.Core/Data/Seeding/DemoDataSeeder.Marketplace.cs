using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data.Seeding.Demo;
using TechBridge.Core.Directory;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Marketplace.Talent;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Data.Seeding;

public sealed partial class DemoDataSeeder
{
    /// <summary>
    /// Marketplace history on the demo data (see <see cref="DemoMarketplaceActivityBuilder"/>): threads, deals, partnering events,
    /// Hi-TECH matches and K-TAG advisory requests, with the versions the services would have reached and the technologies'
    /// statuses following their deals, one save per status change as the deal service makes them. No notices: it is history.
    /// The new accounts share the demo company account's password hash.
    /// </summary>
    private async Task SeedMarketplaceActivityAsync(CancellationToken cancellationToken)
    {
        var input = await MarketplaceActivityInputAsync(cancellationToken);
        if (input is null)
        {
            return;
        }

        var activity = DemoMarketplaceActivityBuilder.Build(new DemoRandom(Seed + 8, Clock.UtcNow(time)), input);
        var company = DemoEmail(Roles.Company);
        var passwordHash = await db.Users.Where(u => u.IsDemo && u.NormalizedEmail == company).Select(u => u.PasswordHash).SingleOrDefaultAsync(cancellationToken);
        await AddAllAsync(() =>
        {
            foreach (var user in activity.Users)
            {
                user.PasswordHash = passwordHash;
            }

            db.Users.AddRange(activity.Users);
            db.Inquiries.AddRange(activity.Inquiries);
            db.InquiryMessages.AddRange(activity.Messages);
            db.InquiryReads.AddRange(activity.Reads);
            db.Deals.AddRange(activity.Deals);
            db.DealSteps.AddRange(activity.Steps);
            db.PartneringEvents.AddRange(activity.Events);
            db.EventParticipants.AddRange(activity.Participants);
            db.EventMeetingRequests.AddRange(activity.MeetingRequests);
            db.EventPlacements.AddRange(activity.Placements);
            db.EventPlacementSeats.AddRange(activity.Seats);
            db.EventScheduleRuns.AddRange(activity.Runs);
            db.EventMeetingFeedback.AddRange(activity.Feedback);
            db.HiTechMatches.AddRange(activity.Matches);
            db.AdvisoryRequests.AddRange(activity.Advisory);
            foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is IVersioned))
            {
                var id = (Guid)entry.Property("Id").CurrentValue!;
                if (activity.Versions.TryGetValue(id, out var version))
                {
                    entry.Property(nameof(IVersioned.Version)).CurrentValue = version;
                }
            }
        }, cancellationToken);

        foreach (var change in activity.TechnologyChanges.OrderBy(c => c.At))
        {
            var technology = await db.PublicTechnologies.SingleAsync(t => t.Id == change.TechnologyId, cancellationToken);
            technology.Status = change.Status;
            technology.UpdatedAt = change.At;
            await db.SaveChangesAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
    }

    /// <summary>The demo facts the history is built on, or null when a part it needs is missing (no demo company account with a company, no technologies).</summary>
    private async Task<DemoMarketplaceInput?> MarketplaceActivityInputAsync(CancellationToken cancellationToken)
    {
        async Task<DemoMarketplaceInput.Account?> AccountAsync(string role)
        {
            var email = DemoEmail(role);
            return await db.Users.AsNoTracking().Where(u => u.IsDemo && u.NormalizedEmail == email)
                .Select(u => new DemoMarketplaceInput.Account(u.Id, u.DisplayName)).SingleOrDefaultAsync(cancellationToken);
        }

        var companyEmail = DemoEmail(Roles.Company);
        var companies = await db.Users.AsNoTracking()
            .Where(u => u.IsDemo && !u.IsDisabled && u.Roles.Any(r => r.Role == Roles.Company) && u.OrganizationId != null)
            .Join(db.Organizations.Where(o => o.Kind == OrganizationKind.Company), u => u.OrganizationId, o => o.Id, (u, o) => new
            {
                u.Id, u.DisplayName, u.NormalizedEmail, u.CreatedAt, OrganizationId = o.Id, o.NameKo, Fields = o.Fields.OrderBy(f => f.FieldCode).Select(f => f.FieldCode).ToList(),
            })
            .ToListAsync(cancellationToken);
        var all = companies.OrderBy(c => c.Id)
            .Select(c => (c.NormalizedEmail, Company: new DemoMarketplaceInput.Company(c.Id, c.DisplayName, c.OrganizationId, c.NameKo, c.Fields, c.CreatedAt))).ToList();
        var main = all.Where(c => c.NormalizedEmail == companyEmail).Select(c => c.Company).SingleOrDefault();
        var (researcher, coordinator, pm) = (await AccountAsync(Roles.Researcher), await AccountAsync(Roles.Coordinator), await AccountAsync(Roles.ProgramManager));
        if (main is null || researcher is null || coordinator is null || pm is null)
        {
            return null;
        }

        // Technologies offered for licensing by owners no account belongs to yet (their officer is added with the history).
        var technologies = (await db.PublicTechnologies.AsNoTracking()
                .Where(t => t.IsDemo && t.Status == LicensingStatus.Available && !db.Users.Any(u => u.OrganizationId == t.OwnerId) && !db.Deals.Any(d => d.TechnologyId == t.Id))
                .Select(t => new
                {
                    t.Id, Title = t.TitleKo != "" ? t.TitleKo : t.TitleEn, t.OwnerId, Owner = t.Owner!.NameKo, t.Owner.Website, t.OffersExclusive, t.OffersNonExclusive,
                    t.OffersAssignment, t.FeeMinKrw, t.FeeMaxKrw, t.CreatedAt, Fields = t.Fields.OrderBy(f => f.FieldCode).Select(f => f.FieldCode).ToList(),
                })
                .ToListAsync(cancellationToken))
            .OrderBy(t => t.Id)
            .Select(t => new DemoMarketplaceInput.Technology(t.Id, t.Title, t.OwnerId, t.Owner, t.Website, t.Fields, Offers(t.OffersNonExclusive, t.OffersExclusive, t.OffersAssignment),
                t.FeeMinKrw, t.FeeMaxKrw, t.CreatedAt))
            .ToList();
        if (technologies.Count == 0)
        {
            return null;
        }

        var needs = await db.TechnologyNeeds.AsNoTracking().Where(n => n.IsDemo && n.Status == NeedStatus.Open && n.CompanyId == main.OrganizationId)
            .Select(n => new DemoMarketplaceInput.Need(n.Id, n.CompanyId, n.Title, n.Fields.OrderBy(f => f.FieldCode).Select(f => f.FieldCode).ToList(), n.CreatedAt))
            .ToListAsync(cancellationToken);
        var people = await db.People.AsNoTracking().Where(p => p.IsDemo && p.Kind == PersonKind.Researcher && p.CountryCode == "KR")
            .OrderBy(p => p.Id).Take(200).Select(p => new DemoMarketplaceInput.Person(p.Id, p.NameKo != "" ? p.NameKo : p.NameEn)).ToListAsync(cancellationToken);
        var year = Kst.ToKst(Clock.UtcNow(time)).Year;
        var young = (await db.TalentProfiles.AsNoTracking()
                .Where(t => t.Stage == CareerStage.YoungResearcher && t.Availability != TalentAvailability.Unavailable && t.PhdYear != null)
                .Join(db.People.Where(p => p.IsDemo && p.Email != null && p.Email != ""), t => t.PersonId, p => p.Id, (t, p) => new
                {
                    p.Id, p.NameKo, p.Email, t.PhdYear, Fields = p.Fields.OrderBy(f => f.FieldCode).Select(f => f.FieldCode).ToList(),
                })
                .ToListAsync(cancellationToken))
            .Where(p => TalentRules.IsYoung(p.PhdYear, year))
            .OrderBy(p => p.Id)
            .ToList();
        var taken = (await db.Users.AsNoTracking().Select(u => u.NormalizedEmail).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var researchers = young.Where(p => !taken.Contains(UserAccount.Normalize(p.Email!)))
            .Select(p => new DemoMarketplaceInput.YoungResearcher(p.Id, p.NameKo, p.Email!, p.Fields)).ToList();
        var members = await db.TalentProfiles.AsNoTracking().Where(t => t.IsKtagMember)
            .Join(db.People.Where(p => p.IsDemo && p.CountryCode != "KR"), t => t.PersonId, p => p.Id, (t, p) => new DemoMarketplaceInput.KtagMember(p.Id, p.CountryCode))
            .ToListAsync(cancellationToken);
        return new DemoMarketplaceInput(main, [.. all.Select(c => c.Company).Where(c => c.UserId != main.UserId)], researcher, coordinator, pm, technologies, needs, people,
            researchers, members);
    }

    private static List<LicenceKind> Offers(bool nonExclusive, bool exclusive, bool assignment) =>
        [.. new[] { (nonExclusive, LicenceKind.NonExclusive), (exclusive, LicenceKind.Exclusive), (assignment, LicenceKind.Assignment) }.Where(o => o.Item1).Select(o => o.Item2)];
}
