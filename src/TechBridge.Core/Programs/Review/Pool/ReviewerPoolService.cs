using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Versioning;
using TechBridge.Matching.Evaluation;

namespace TechBridge.Core.Programs.Review.Pool;

/// <summary>
/// Program managers (and administrators) build the pool of reviewers: from directory people, from a CSV file or from
/// OpenReview archives, and set each reviewer's group, load limit and whether they are drawn on. Each change is audited
/// by the DbContext; reviewers are linked to the accounts of their e-mail addresses as soon as those exist.
/// </summary>
public sealed class ReviewerPoolService(TechBridgeDbContext db, ProgramActors actors, ReviewerImporter importer, TimeProvider time)
{
    /// <summary>Puts directory people in the pool (the group from their country); people already in it are skipped.</summary>
    public async Task<ReviewerAddResult> AddFromDirectoryAsync(Guid userId, IReadOnlyCollection<Guid>? personIds, CancellationToken cancellationToken = default)
    {
        await RequireManagerAsync(userId, cancellationToken);
        var ids = (personIds ?? []).Distinct().ToList();
        if (ids.Count == 0)
        {
            throw ValidationFailedException.For("personIds", CoreMessages.Get("ReviewerPool.PeopleRequired"));
        }

        if (ids.Count > ReviewerPoolLimits.MaxPeoplePerAdd)
        {
            throw ValidationFailedException.For("personIds", CoreMessages.Get("Validation.TooMany", CoreMessages.Get("ReviewerPool.Field.People"), ReviewerPoolLimits.MaxPeoplePerAdd));
        }

        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.CountryCode, p.Email })
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var unknown = ids.Where(id => !people.ContainsKey(id)).ToList();
        if (unknown.Count > 0)
        {
            throw ValidationFailedException.For("personIds", CoreMessages.Get("ReviewerPool.UnknownPeople", string.Join(", ", unknown)));
        }

        var pooled = (await db.Reviewers.AsNoTracking().Where(r => ids.Contains(r.PersonId)).Select(r => r.PersonId).ToListAsync(cancellationToken)).ToHashSet();
        var now = Clock.UtcNow(time);
        var added = new List<(PoolReviewer, string?)>();
        foreach (var person in ids.Where(id => !pooled.Contains(id)).Select(id => people[id]))
        {
            var reviewer = new PoolReviewer
            {
                PersonId = person.Id, Group = PoolReviewer.GroupOf(person.CountryCode), Source = ReviewerSource.Directory, AddedById = userId,
                AddedAt = now, UpdatedAt = now,
            };
            db.Reviewers.Add(reviewer);
            added.Add((reviewer, person.Email));
        }

        await ReviewerAccounts.LinkAsync(db, added, cancellationToken);
        await ReviewerAccounts.LinkWaitingAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new ReviewerAddResult(added.Count, ids.Count - added.Count);
    }

    /// <summary>Imports a reviewer CSV (see <see cref="ReviewerCsv"/>), all or nothing.</summary>
    public async Task<ReviewerImportResult> ImportCsvAsync(Guid userId, Stream csv, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        await RequireManagerAsync(userId, cancellationToken);
        return await importer.ImportCsvAsync(userId, csv, cancellationToken);
    }

    /// <summary>Imports openreview-expertise archives of reviewers working in <paramref name="countryCode"/>, all or nothing.</summary>
    public async Task<ReviewerImportResult> ImportOpenReviewAsync(
        Guid userId, IReadOnlyList<ReviewerArchive> archives, string? countryCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(archives);
        await RequireManagerAsync(userId, cancellationToken);
        return await importer.ImportOpenReviewAsync(userId, archives, countryCode, cancellationToken);
    }

    /// <summary>Changes a reviewer's group, load limit and whether they are drawn on; <paramref name="expectedVersion"/> is the version the caller read.</summary>
    public async Task UpdateAsync(
        Guid userId, Guid id, ReviewerGroup? group, int? maxLoad, bool? isActive, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        await RequireManagerAsync(userId, cancellationToken);
        var reviewer = await db.Reviewers.Include(r => r.Person).SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new NotFoundException(nameof(PoolReviewer), id);
        ExpectedVersion.Check(reviewer, expectedVersion, nameof(PoolReviewer), id);
        var errors = new ValidationErrors();
        if (group is null)
        {
            errors.Add("group", CoreMessages.Get("Validation.Choose", CoreMessages.Get("ReviewerPool.Field.Group")));
        }

        if (maxLoad is null)
        {
            errors.Add("maxLoad", CoreMessages.Get("Validation.Required", CoreMessages.Get("ReviewerPool.Field.MaxLoad")));
        }
        else if (maxLoad is < ReviewerPoolLimits.MinLoad or > ReviewerPoolLimits.MaxLoad)
        {
            errors.Add("maxLoad", CoreMessages.Get("Validation.Range", CoreMessages.Get("ReviewerPool.Field.MaxLoad"), ReviewerPoolLimits.MinLoad, ReviewerPoolLimits.MaxLoad));
        }

        if (isActive is null)
        {
            errors.Add("isActive", CoreMessages.Get("Validation.Choose", CoreMessages.Get("ReviewerPool.Field.Active")));
        }

        errors.ThrowIfAny();
        if (reviewer.Group != group || reviewer.MaxLoad != maxLoad || reviewer.IsActive != isActive)
        {
            reviewer.Group = group!.Value;
            reviewer.MaxLoad = maxLoad!.Value;
            reviewer.IsActive = isActive!.Value;
            reviewer.UpdatedAt = Clock.UtcNow(time);
        }

        await ReviewerAccounts.LinkAsync(db, [(reviewer, reviewer.Person!.Email)], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task RequireManagerAsync(Guid userId, CancellationToken cancellationToken)
    {
        if ((await actors.FindAsync(userId, cancellationToken))?.IsManager != true)
        {
            throw new ForbiddenException(CoreMessages.Get("ReviewerPool.ManagersOnly"));
        }
    }
}
