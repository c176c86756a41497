using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Marketplace;

/// <summary>Reads public technologies for lists, exports and detail pages.</summary>
public sealed class TechnologyQueries(TechBridgeDbContext db)
{
    public async Task<PagedResult<TechnologyListItem>> SearchAsync(TechnologyFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        var query = Apply(db.PublicTechnologies.AsNoTracking(), filter);
        var total = await query.CountAsync(cancellationToken);
        var items = await Project(Sort(query, filter.Sort).Skip(page.Skip).Take(page.PageSize)).ToListAsync(cancellationToken);
        return new PagedResult<TechnologyListItem>(items, total, page.Page, page.PageSize);
    }

    public async Task<IReadOnlyList<TechnologyListItem>> ExportAsync(TechnologyFilter filter, CancellationToken cancellationToken = default) =>
        await Project(Sort(Apply(db.PublicTechnologies.AsNoTracking(), filter), filter.Sort).Take(PageRequest.ExportLimit)).ToListAsync(cancellationToken);

    public async Task<TechnologyDetail> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.PublicTechnologies.AsNoTracking().Where(t => t.Id == id).Select(t => new TechnologyDetail(
            t.Id, t.TitleKo, t.TitleEn,
            new OrganizationRef(t.OwnerId, t.Owner!.Kind, t.Owner.NameKo, t.Owner.NameEn, t.Owner.CountryCode),
            t.Summary, t.Keywords,
            t.Fields.OrderBy(f => f.FieldCode).Select(f => f.FieldCode).ToList(),
            t.Trl, t.PatentNumbers, t.RndTask, t.TransferTerms, t.Status,
            t.ContactPerson == null ? null : new ContactRef(t.ContactPerson.Id, t.ContactPerson.NameKo, t.ContactPerson.NameEn, t.ContactPerson.Position, t.ContactPerson.Email),
            t.IsDemo, t.CreatedAt, t.UpdatedAt))
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("PublicTechnology", id);

    private static IQueryable<PublicTechnology> Apply(IQueryable<PublicTechnology> query, TechnologyFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            var q = filter.Query.Trim().ToLowerInvariant();
            query = query.Where(t => t.TitleKo.ToLower().Contains(q) || t.TitleEn.ToLower().Contains(q) || t.Summary.ToLower().Contains(q)
                || (t.Keywords != null && t.Keywords.ToLower().Contains(q)) || (t.PatentNumbers != null && t.PatentNumbers.ToLower().Contains(q))
                || t.Owner!.NameKo.ToLower().Contains(q) || t.Owner.NameEn.ToLower().Contains(q));
        }

        if (filter.Owner is { } owner)
        {
            query = query.Where(t => t.OwnerId == owner);
        }

        if (!string.IsNullOrWhiteSpace(filter.Field))
        {
            query = query.Where(t => t.Fields.Any(f => f.FieldCode == filter.Field));
        }

        if (filter.Status is { } status)
        {
            query = query.Where(t => t.Status == status);
        }

        if (filter.MinTrl is { } trl)
        {
            query = query.Where(t => t.Trl >= trl);
        }

        return query;
    }

    private static IQueryable<PublicTechnology> Sort(IQueryable<PublicTechnology> query, ListSort sort) => sort switch
    {
        ListSort.Newest => query.OrderByDescending(t => t.CreatedAt).ThenBy(t => t.Id),
        _ => Bilingual.IsEnglish
            ? query.OrderBy(t => t.TitleEn == "" ? t.TitleKo : t.TitleEn).ThenBy(t => t.Id)
            : query.OrderBy(t => t.TitleKo == "" ? 1 : 0).ThenBy(t => t.TitleKo == "" ? t.TitleEn : t.TitleKo).ThenBy(t => t.Id),
    };

    private static IQueryable<TechnologyListItem> Project(IQueryable<PublicTechnology> query) =>
        query.Select(t => new TechnologyListItem(
            t.Id, t.TitleKo, t.TitleEn,
            new OrganizationRef(t.OwnerId, t.Owner!.Kind, t.Owner.NameKo, t.Owner.NameEn, t.Owner.CountryCode),
            t.Fields.OrderBy(f => f.FieldCode).Select(f => f.FieldCode).ToList(),
            t.Trl, t.Status, t.Keywords, t.IsDemo, t.UpdatedAt));
}
