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

    public async Task<TechnologyDetail> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var t = await db.PublicTechnologies.AsNoTracking().AsSplitQuery().Include(t => t.Owner).Include(t => t.ContactPerson).Include(t => t.Fields).Include(t => t.Patents)
            .SingleOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw new NotFoundException("PublicTechnology", id);
        return Detail(t);
    }

    /// <summary>The technologies of one owner, newest change first (the owner's "my technologies" list).</summary>
    public async Task<IReadOnlyList<TechnologyListItem>> OfOwnerAsync(Guid ownerId, CancellationToken cancellationToken = default) =>
        await Project(db.PublicTechnologies.AsNoTracking().Where(t => t.OwnerId == ownerId).OrderByDescending(t => t.UpdatedAt).ThenBy(t => t.Id))
            .ToListAsync(cancellationToken);

    /// <summary>The owner's reference keys of its technologies.</summary>
    public async Task<IReadOnlyDictionary<Guid, string?>> ReferencesAsync(Guid ownerId, CancellationToken cancellationToken = default) =>
        await db.PublicTechnologies.AsNoTracking().Where(t => t.OwnerId == ownerId).ToDictionaryAsync(t => t.Id, t => t.ReferenceKey, cancellationToken);

    internal static TechnologyDetail Detail(PublicTechnology t) => new(
        t.Id, t.TitleKo, t.TitleEn,
        new OrganizationRef(t.OwnerId, t.Owner!.Kind, t.Owner.NameKo, t.Owner.NameEn, t.Owner.CountryCode),
        t.Summary, t.Keywords,
        [.. t.Fields.Select(f => f.FieldCode).Order(StringComparer.Ordinal)],
        t.Trl,
        [.. t.Patents.OrderBy(p => p.Position).Select(p => new PatentView(
            p.ApplicationNumber, p.RegistrationNumber, p.Status, p.Countries.Split(' ', StringSplitOptions.RemoveEmptyEntries), p.FilingDate, p.ExpiryDate))],
        new RndTaskView(t.RndTaskNumber, t.RndAgency, t.RndYear, t.RndTaskTitle),
        new TermsView(t.LicenceKinds(), t.FeeMinKrw, t.FeeMaxKrw, t.TermsConditions),
        t.Status,
        t.ContactPerson == null ? null : new ContactRef(t.ContactPerson.Id, t.ContactPerson.NameKo, t.ContactPerson.NameEn, t.ContactPerson.Position, t.ContactPerson.Email),
        t.ReferenceKey, t.IsDemo, t.CreatedAt, t.UpdatedAt, t.Version);

    private static IQueryable<PublicTechnology> Apply(IQueryable<PublicTechnology> query, TechnologyFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            var q = filter.Query.Trim().ToLowerInvariant();
            query = query.Where(t => t.TitleKo.ToLower().Contains(q) || t.TitleEn.ToLower().Contains(q) || t.Summary.ToLower().Contains(q)
                || (t.Keywords != null && t.Keywords.ToLower().Contains(q)) || t.Patents.Any(p => p.ApplicationNumber.ToLower().Contains(q) || (p.RegistrationNumber != null && p.RegistrationNumber.ToLower().Contains(q)))
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
