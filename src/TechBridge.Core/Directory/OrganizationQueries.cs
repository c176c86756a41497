using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Directory;

/// <summary>Reads organisations for lists, exports and detail pages.</summary>
public sealed class OrganizationQueries(TechBridgeDbContext db, TimeProvider time)
{
    public async Task<PagedResult<OrganizationListItem>> SearchAsync(OrganizationFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        var query = Apply(db.Organizations.AsNoTracking(), filter);
        var total = await query.CountAsync(cancellationToken);
        var items = await Project(Sort(query, filter.Sort).Skip(page.Skip).Take(page.PageSize)).ToListAsync(cancellationToken);
        return new PagedResult<OrganizationListItem>(items, total, page.Page, page.PageSize);
    }

    public async Task<IReadOnlyList<OrganizationListItem>> ExportAsync(OrganizationFilter filter, CancellationToken cancellationToken = default) =>
        await Project(Sort(Apply(db.Organizations.AsNoTracking(), filter), filter.Sort).Take(PageRequest.ExportLimit)).ToListAsync(cancellationToken);

    public async Task<OrganizationDetail> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var detail = await db.Organizations.AsNoTracking().Where(o => o.Id == id).Select(o => new OrganizationDetail(
            o.Id, o.Code, o.Kind, o.NameKo, o.NameEn, o.CountryCode, o.City, o.Website, o.SizeClass, o.IndustryCode, o.Description, o.FoundedYear,
            o.Fields.OrderBy(f => f.FieldCode).Select(f => f.FieldCode).ToList(),
            o.Affiliations.Where(a => a.EndDate == null || a.EndDate >= today)
                .OrderBy(a => a.Person!.NameKo == "" ? a.Person.NameEn : a.Person.NameKo)
                .Select(a => new OrganizationMember(a.PersonId, a.Person!.NameKo, a.Person.NameEn, a.Role, a.StartDate, a.EndDate)).ToList(),
            o.IsDemo, o.CreatedAt, o.UpdatedAt, o.Version)).SingleOrDefaultAsync(cancellationToken);
        return detail ?? throw new NotFoundException("Organization", id);
    }

    private static IQueryable<Organization> Apply(IQueryable<Organization> query, OrganizationFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            var q = filter.Query.Trim().ToLowerInvariant();
            query = query.Where(o => o.NameKo.ToLower().Contains(q) || o.NameEn.ToLower().Contains(q)
                || (o.Description != null && o.Description.ToLower().Contains(q)) || (o.City != null && o.City.ToLower().Contains(q)));
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(o => o.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(filter.Country))
        {
            query = query.Where(o => o.CountryCode == filter.Country);
        }

        if (!string.IsNullOrWhiteSpace(filter.Field))
        {
            query = query.Where(o => o.Fields.Any(f => f.FieldCode == filter.Field));
        }

        if (!string.IsNullOrWhiteSpace(filter.Industry))
        {
            query = query.Where(o => o.IndustryCode == filter.Industry);
        }

        if (filter.Size is { } size)
        {
            query = query.Where(o => o.SizeClass == size);
        }

        return query;
    }

    private static IQueryable<Organization> Sort(IQueryable<Organization> query, DirectorySort sort) => sort switch
    {
        DirectorySort.Newest => query.OrderByDescending(o => o.CreatedAt).ThenBy(o => o.Id),
        DirectorySort.Country => query.OrderBy(o => o.CountryCode).ThenBy(o => o.NameKo == "" ? o.NameEn : o.NameKo).ThenBy(o => o.Id),
        _ => ByName(query),
    };

    /// <summary>Korean UI: names with a Korean form first (가나다), then the rest (ABC); English UI: by the English form.</summary>
    private static IOrderedQueryable<Organization> ByName(IQueryable<Organization> query) => Bilingual.IsEnglish
        ? query.OrderBy(o => o.NameEn == "" ? o.NameKo : o.NameEn).ThenBy(o => o.Id)
        : query.OrderBy(o => o.NameKo == "" ? 1 : 0).ThenBy(o => o.NameKo == "" ? o.NameEn : o.NameKo).ThenBy(o => o.Id);

    private static IQueryable<OrganizationListItem> Project(IQueryable<Organization> query) =>
        query.Select(o => new OrganizationListItem(
            o.Id, o.Kind, o.NameKo, o.NameEn, o.CountryCode, o.City, o.SizeClass, o.IndustryCode,
            o.Fields.OrderBy(f => f.FieldCode).Select(f => f.FieldCode).ToList(),
            o.Affiliations.Count(a => a.EndDate == null), o.IsDemo));
}
