using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;

namespace TechBridge.Core.Facilities.Packages;

/// <summary>
/// Reads packages for the list, the center and equipment pages, the API and the quote form. Everyone signed in sees active
/// packages; retired ones only those who may write the center's packages (its operators, program managers,
/// administrators), and to anyone else a retired package is unknown (404).
/// </summary>
public sealed class PackageQueries(TechBridgeDbContext db)
{
    public async Task<PagedResult<PackageView>> SearchAsync(FacilityActor? actor, PackageFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = Apply(Visible(actor, filter.IncludeRetired), filter);
        var total = await query.CountAsync(cancellationToken);
        var items = await Project(query.OrderBy(p => p.Status).ThenBy(p => p.NameKo).ThenBy(p => p.Id).Skip(page.Skip).Take(page.PageSize))
            .ToListAsync(cancellationToken);
        return new PagedResult<PackageView>(items, total, page.Page, page.PageSize);
    }

    public async Task<PackageView> GetAsync(FacilityActor? actor, Guid id, CancellationToken cancellationToken = default) =>
        await Project(Visible(actor, includeRetired: true).Where(p => p.Id == id)).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(ServicePackage), id);

    /// <summary>The active packages of a center, for a quote to pick from (name order).</summary>
    public async Task<IReadOnlyList<PackageView>> ActiveOfCenterAsync(Guid centerId, CancellationToken cancellationToken = default) =>
        await Project(db.ServicePackages.AsNoTracking().Where(p => p.CenterId == centerId && p.Status == PackageStatus.Active)
            .OrderBy(p => p.NameKo).ThenBy(p => p.Id)).ToListAsync(cancellationToken);

    /// <summary>The name of the equipment center in the reader's language, or null when there is no such center.</summary>
    public async Task<string?> CenterNameAsync(Guid centerId, CancellationToken cancellationToken = default)
    {
        var center = await db.Organizations.AsNoTracking().Where(o => o.Id == centerId && o.Kind == Directory.OrganizationKind.EquipmentCenter)
            .Select(o => new { o.NameKo, o.NameEn }).SingleOrDefaultAsync(cancellationToken);
        return center is null ? null : Shared.Taxonomy.Bilingual.Pick(center.NameKo, center.NameEn);
    }

    /// <summary>The center's equipment a package may include (not disposed), for the form's selects (name order).</summary>
    public async Task<IReadOnlyList<Requests.NamedItem>> EquipmentChoicesAsync(Guid centerId, CancellationToken cancellationToken = default) =>
        await db.Equipment.AsNoTracking().Where(e => e.CenterId == centerId && e.Status != EquipmentStatus.Disposed)
            .OrderBy(e => e.NameKo).ThenBy(e => e.Id).Select(e => new Requests.NamedItem(e.Id, e.NameKo, e.NameEn)).ToListAsync(cancellationToken);

    /// <summary>The list's filter: text (names, descriptions, the center's name), center, industry (the center's or an included item's), equipment.</summary>
    private IQueryable<ServicePackage> Apply(IQueryable<ServicePackage> query, PackageFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            var q = filter.Query.Trim().ToLowerInvariant();
            query = query.Where(p => p.NameKo.ToLower().Contains(q) || p.NameEn.ToLower().Contains(q)
                || (p.DescriptionKo != null && p.DescriptionKo.ToLower().Contains(q)) || (p.DescriptionEn != null && p.DescriptionEn.ToLower().Contains(q))
                || p.Center!.NameKo.ToLower().Contains(q) || p.Center.NameEn.ToLower().Contains(q));
        }

        if (filter.CenterId is { } center)
        {
            query = query.Where(p => p.CenterId == center);
        }

        if (TextInput.Blank(filter.Industry) is { } industry)
        {
            query = query.Where(p => p.Center!.IndustryCode == industry
                || p.Components.Any(c => db.Equipment.Any(e => e.Id == c.EquipmentId && e.IndustryCode == industry)));
        }

        if (filter.EquipmentId is { } equipment)
        {
            query = query.Where(p => p.Components.Any(c => c.EquipmentId == equipment));
        }

        return query;
    }

    private IQueryable<ServicePackage> Visible(FacilityActor? actor, bool includeRetired)
    {
        var all = db.ServicePackages.AsNoTracking();
        if (!includeRetired || actor is null)
        {
            return all.Where(p => p.Status == PackageStatus.Active);
        }

        if (actor.IsOverseer)
        {
            return all;
        }

        var center = actor.CenterId;
        return all.Where(p => p.Status == PackageStatus.Active || (center != null && p.CenterId == center));
    }

    private IQueryable<PackageView> Project(IQueryable<ServicePackage> query) =>
        query.Select(p => new PackageView(
            p.Id, p.CenterId, p.Center!.NameKo, p.Center.NameEn, p.Center.IndustryCode, p.NameKo, p.NameEn, p.DescriptionKo, p.DescriptionEn,
            p.PriceKrw, p.VatExempt, p.Status,
            p.Components.OrderBy(c => c.Position).Select(c => new PackageComponentView(
                c.Position, c.Kind, c.EquipmentId,
                db.Equipment.Where(e => e.Id == c.EquipmentId).Select(e => e.NameKo).FirstOrDefault(),
                db.Equipment.Where(e => e.Id == c.EquipmentId).Select(e => e.NameEn).FirstOrDefault(),
                c.Quantity, c.Unit, c.Note)).ToList(),
            p.IsDemo, p.UpdatedAt, p.Version));
}
