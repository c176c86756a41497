using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Directory;

/// <summary>Reads people for lists, exports and detail pages.</summary>
public sealed class PersonQueries(TechBridgeDbContext db)
{
    public async Task<PagedResult<PersonListItem>> SearchAsync(PersonFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        var query = Apply(db.People.AsNoTracking(), filter);
        var total = await query.CountAsync(cancellationToken);
        var items = await Project(Sort(query, filter.Sort).Skip(page.Skip).Take(page.PageSize)).ToListAsync(cancellationToken);
        return new PagedResult<PersonListItem>(items, total, page.Page, page.PageSize);
    }

    public async Task<IReadOnlyList<PersonListItem>> ExportAsync(PersonFilter filter, CancellationToken cancellationToken = default) =>
        await Project(Sort(Apply(db.People.AsNoTracking(), filter), filter.Sort).Take(PageRequest.ExportLimit)).ToListAsync(cancellationToken);

    public async Task<PersonDetail> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Id == id).Select(p => new
        {
            p.Id, p.Kind, p.NameKo, p.NameEn, p.Position, p.Email, p.CountryCode, p.Bio, p.Keywords, p.IsDemo,
            Fields = p.Fields.OrderBy(f => f.FieldCode).Select(f => f.FieldCode).ToList(),
            Affiliations = p.Affiliations.OrderByDescending(a => a.StartDate)
                .Select(a => new PersonAffiliation(a.OrganizationId, a.Organization!.NameKo, a.Organization.NameEn, a.Role, a.StartDate, a.EndDate)).ToList(),
        }).SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Person", id);

        var publications = await db.PublicationAuthors.AsNoTracking().Where(pa => pa.PersonId == id)
            .OrderByDescending(pa => pa.Publication!.Year).ThenBy(pa => pa.Publication!.Title)
            .Select(pa => new PersonPublication(
                pa.PublicationId, pa.Publication!.Title, pa.Publication.Abstract, pa.Publication.Year, pa.Publication.Venue, pa.Publication.Doi,
                pa.Publication.Language, pa.AuthorOrder,
                pa.Publication.Authors.OrderBy(a => a.AuthorOrder).Select(a => a.Person!.NameKo == "" ? a.Person.NameEn : a.Person.NameKo).ToList()))
            .ToListAsync(cancellationToken);

        return new PersonDetail(
            person.Id, person.Kind, person.NameKo, person.NameEn, person.Position, person.Email, person.CountryCode, person.Bio, person.Keywords,
            person.Fields, person.Affiliations, publications, person.IsDemo);
    }

    private static IQueryable<Person> Apply(IQueryable<Person> query, PersonFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            var q = filter.Query.Trim().ToLowerInvariant();
            query = query.Where(p => p.NameKo.ToLower().Contains(q) || p.NameEn.ToLower().Contains(q)
                || (p.Keywords != null && p.Keywords.ToLower().Contains(q)) || (p.Position != null && p.Position.ToLower().Contains(q)));
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(p => p.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(filter.Country))
        {
            query = query.Where(p => p.CountryCode == filter.Country);
        }

        if (!string.IsNullOrWhiteSpace(filter.Field))
        {
            query = query.Where(p => p.Fields.Any(f => f.FieldCode == filter.Field));
        }

        if (filter.Organization is { } organization)
        {
            query = query.Where(p => p.Affiliations.Any(a => a.OrganizationId == organization && a.EndDate == null));
        }

        return query;
    }

    private static IQueryable<Person> Sort(IQueryable<Person> query, DirectorySort sort) => sort switch
    {
        DirectorySort.Newest => query.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id),
        DirectorySort.Country => query.OrderBy(p => p.CountryCode).ThenBy(p => p.NameKo == "" ? p.NameEn : p.NameKo).ThenBy(p => p.Id),
        _ => ByName(query),
    };

    /// <summary>Korean UI: names with a Korean form first (가나다), then the rest (ABC); English UI: by the English form.</summary>
    private static IOrderedQueryable<Person> ByName(IQueryable<Person> query) => Bilingual.IsEnglish
        ? query.OrderBy(p => p.NameEn == "" ? p.NameKo : p.NameEn).ThenBy(p => p.Id)
        : query.OrderBy(p => p.NameKo == "" ? 1 : 0).ThenBy(p => p.NameKo == "" ? p.NameEn : p.NameKo).ThenBy(p => p.Id);

    private static IQueryable<PersonListItem> Project(IQueryable<Person> query) =>
        query.Select(p => new
        {
            Person = p,
            Current = p.Affiliations.Where(a => a.EndDate == null).OrderByDescending(a => a.StartDate).Select(a => a.Organization).FirstOrDefault(),
        }).Select(x => new PersonListItem(
            x.Person.Id, x.Person.Kind, x.Person.NameKo, x.Person.NameEn, x.Person.Position, x.Person.CountryCode,
            x.Current == null ? null : x.Current.Id, x.Current == null ? null : x.Current.NameKo, x.Current == null ? null : x.Current.NameEn,
            x.Person.Fields.OrderBy(f => f.FieldCode).Select(f => f.FieldCode).ToList(),
            x.Person.Publications.Count, x.Person.IsDemo));
}
