using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Programs.Review.Pool;

/// <summary>The pool as program managers (and administrators) see it; to anyone else it is forbidden.</summary>
public sealed class ReviewerPoolQueries(TechBridgeDbContext db, PersonQueries people)
{
    public async Task<PagedResult<PoolReviewerRow>> ListAsync(ProgramActor? actor, ReviewerPoolFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        RequireManager(actor);
        var query = db.Reviewers.AsNoTracking();
        if (filter.Group is { } group)
        {
            query = query.Where(r => r.Group == group);
        }

        if (filter.Active is { } active)
        {
            query = query.Where(r => r.IsActive == active);
        }

        if (TextInput.Blank(filter.FieldCode) is { } field)
        {
            query = query.Where(r => r.Person!.Fields.Any(f => f.FieldCode == field));
        }

        if (TextInput.Blank(filter.Query) is { } q)
        {
            var like = $"%{q.ToLowerInvariant()}%";
            query = query.Where(r => EF.Functions.Like(r.Person!.NameKo.ToLower(), like) || EF.Functions.Like(r.Person.NameEn.ToLower(), like)
                || (r.Person.Keywords != null && EF.Functions.Like(r.Person.Keywords.ToLower(), like))
                || r.Person.Affiliations.Any(a => a.EndDate == null
                    && (EF.Functions.Like(a.Organization!.NameKo.ToLower(), like) || EF.Functions.Like(a.Organization.NameEn.ToLower(), like))));
        }

        var total = await query.CountAsync(cancellationToken);
        var ordered = Bilingual.IsEnglish
            ? query.OrderBy(r => r.Person!.NameEn == "" ? r.Person.NameKo : r.Person.NameEn).ThenBy(r => r.Id)
            : query.OrderBy(r => r.Person!.NameKo == "" ? 1 : 0).ThenBy(r => r.Person!.NameKo == "" ? r.Person.NameEn : r.Person.NameKo).ThenBy(r => r.Id);
        var items = await ordered.Skip(page.Skip).Take(page.PageSize)
            .Select(r => new
            {
                Reviewer = r,
                r.Person,
                Current = r.Person!.Affiliations.Where(a => a.EndDate == null).OrderByDescending(a => a.StartDate).Select(a => a.Organization).FirstOrDefault(),
            })
            .Select(x => new PoolReviewerRow(
                x.Reviewer.Id, x.Reviewer.PersonId, x.Person!.NameKo, x.Person.NameEn, x.Current == null ? null : x.Current.NameKo,
                x.Current == null ? null : x.Current.NameEn, x.Person.CountryCode, x.Reviewer.Group,
                x.Person.Fields.OrderBy(f => f.FieldCode).Select(f => f.FieldCode).ToList(), x.Person.Publications.Count, x.Reviewer.MaxLoad,
                x.Reviewer.IsActive, x.Reviewer.UserId != null, x.Reviewer.Source, x.Reviewer.IsDemo))
            .ToListAsync(cancellationToken);
        return new PagedResult<PoolReviewerRow>(items, total, page.Page, page.PageSize);
    }

    /// <summary>One reviewer with the directory's view of the person; publications newest first, with their co-authors.</summary>
    public async Task<PoolReviewerProfile> GetAsync(ProgramActor? actor, Guid id, CancellationToken cancellationToken = default)
    {
        RequireManager(actor);
        var r = await db.Reviewers.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new NotFoundException(nameof(PoolReviewer), id);
        var person = await people.GetAsync(r.PersonId, cancellationToken);
        var own = person.NameKo == "" ? person.NameEn : person.NameKo;
        var publications = person.Publications.Select(p =>
        {
            var coauthors = p.Authors.ToList();
            coauthors.Remove(own);
            return new ReviewerPublication(p.Id, p.Title, p.Year > 0 ? p.Year : null, p.Venue, coauthors);
        }).ToList();
        return new PoolReviewerProfile(r.Id, r.Group, r.MaxLoad, r.IsActive, r.Source, r.UserId is not null, r.AddedAt, r.UpdatedAt, r.IsDemo, r.Version,
            person, publications);
    }

    /// <summary>Which of these directory people are in the pool already (for the "add from directory" search).</summary>
    public async Task<IReadOnlySet<Guid>> PooledAsync(ProgramActor? actor, IEnumerable<Guid> personIds, CancellationToken cancellationToken = default)
    {
        RequireManager(actor);
        var ids = personIds.Distinct().ToList();
        return (await db.Reviewers.AsNoTracking().Where(r => ids.Contains(r.PersonId)).Select(r => r.PersonId).ToListAsync(cancellationToken)).ToHashSet();
    }

    private static void RequireManager(ProgramActor? actor)
    {
        if (actor?.IsManager != true)
        {
            throw new ForbiddenException(CoreMessages.Get("ReviewerPool.ManagersOnly"));
        }
    }
}
