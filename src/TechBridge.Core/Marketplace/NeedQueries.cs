using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;

namespace TechBridge.Core.Marketplace;

/// <summary>Reads technology needs for lists, exports and detail pages (newest first unless asked otherwise).</summary>
public sealed class NeedQueries(TechBridgeDbContext db)
{
    public async Task<PagedResult<NeedListItem>> SearchAsync(NeedFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        var query = Apply(db.TechnologyNeeds.AsNoTracking(), filter);
        var total = await query.CountAsync(cancellationToken);
        var items = await Project(Sort(query, filter.Sort).Skip(page.Skip).Take(page.PageSize)).ToListAsync(cancellationToken);
        return new PagedResult<NeedListItem>(items, total, page.Page, page.PageSize);
    }

    public async Task<IReadOnlyList<NeedListItem>> ExportAsync(NeedFilter filter, CancellationToken cancellationToken = default) =>
        await Project(Sort(Apply(db.TechnologyNeeds.AsNoTracking(), filter), filter.Sort).Take(PageRequest.ExportLimit)).ToListAsync(cancellationToken);

    public async Task<NeedDetail> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.TechnologyNeeds.AsNoTracking().Where(n => n.Id == id).Select(n => new NeedDetail(
            n.Id, n.Title, n.Description,
            new OrganizationRef(n.CompanyId, n.Company!.Kind, n.Company.NameKo, n.Company.NameEn, n.Company.CountryCode),
            n.Fields.OrderBy(f => f.FieldCode).Select(f => f.FieldCode).ToList(),
            n.RndStageCode, n.TrlMin, n.TrlMax, n.BudgetKrw, n.TimelineMonths,
            n.Countries.OrderBy(c => c.CountryCode).Select(c => c.CountryCode).ToList(),
            n.CooperationTypeCode, n.Status, n.CreatedById, n.IsDemo, n.CreatedAt, n.UpdatedAt, n.Version))
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("TechnologyNeed", id);

    private static IQueryable<TechnologyNeed> Apply(IQueryable<TechnologyNeed> query, NeedFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            var q = filter.Query.Trim().ToLowerInvariant();
            query = query.Where(n => n.Title.ToLower().Contains(q) || n.Description.ToLower().Contains(q)
                || n.Company!.NameKo.ToLower().Contains(q) || n.Company.NameEn.ToLower().Contains(q));
        }

        if (filter.Company is { } company)
        {
            query = query.Where(n => n.CompanyId == company);
        }

        if (!string.IsNullOrWhiteSpace(filter.Field))
        {
            query = query.Where(n => n.Fields.Any(f => f.FieldCode == filter.Field));
        }

        if (!string.IsNullOrWhiteSpace(filter.Stage))
        {
            query = query.Where(n => n.RndStageCode == filter.Stage);
        }

        if (!string.IsNullOrWhiteSpace(filter.CooperationType))
        {
            query = query.Where(n => n.CooperationTypeCode == filter.CooperationType);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(n => n.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(filter.Country))
        {
            query = query.Where(n => n.Countries.Any(c => c.CountryCode == filter.Country));
        }

        return query;
    }

    private static IQueryable<TechnologyNeed> Sort(IQueryable<TechnologyNeed> query, ListSort sort) => sort switch
    {
        ListSort.Name => query.OrderBy(n => n.Title).ThenBy(n => n.Id),
        _ => query.OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id),
    };

    private static IQueryable<NeedListItem> Project(IQueryable<TechnologyNeed> query) =>
        query.Select(n => new NeedListItem(
            n.Id, n.Title,
            new OrganizationRef(n.CompanyId, n.Company!.Kind, n.Company.NameKo, n.Company.NameEn, n.Company.CountryCode),
            n.Fields.OrderBy(f => f.FieldCode).Select(f => f.FieldCode).ToList(),
            n.RndStageCode, n.TrlMin, n.TrlMax, n.BudgetKrw, n.TimelineMonths,
            n.Countries.OrderBy(c => c.CountryCode).Select(c => c.CountryCode).ToList(),
            n.CooperationTypeCode, n.Status, n.IsDemo, n.CreatedAt));
}
