using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Matching.Index;

namespace TechBridge.Core.Matching;

/// <summary>Reads directory entities from the database as engine documents (see <see cref="EntityDocuments"/>).</summary>
public static class PartnerDocumentReader
{
    private const int PeoplePerQuery = 500;

    /// <summary>Every organisation, then every person in chunks (one list per chunk, so a caller can index as it reads).</summary>
    public static async IAsyncEnumerable<IReadOnlyList<MatchDocument>> ReadAllAsync(
        TechBridgeDbContext db, TaxonomySnapshot taxonomy, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var organizations = await db.Organizations.AsNoTracking().Include(o => o.Fields).ToListAsync(cancellationToken);
        yield return [.. organizations.Select(o => EntityDocuments.From(o, taxonomy))];
        var ids = await db.People.AsNoTracking().Select(p => p.Id).ToListAsync(cancellationToken);
        foreach (var chunk in ids.Chunk(PeoplePerQuery))
        {
            yield return await ReadPeopleAsync(db, chunk, taxonomy, cancellationToken);
        }
    }

    /// <summary>The document ids of every organisation and person.</summary>
    public static async Task<List<string>> ReadAllIdsAsync(TechBridgeDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var organizations = await db.Organizations.AsNoTracking().Select(o => o.Id).ToListAsync(cancellationToken);
        var people = await db.People.AsNoTracking().Select(p => p.Id).ToListAsync(cancellationToken);
        return [.. organizations.Select(id => EntityDocuments.OrganizationPrefix + id.ToString("N")),
            .. people.Select(id => EntityDocuments.PersonPrefix + id.ToString("N"))];
    }

    /// <summary>
    /// The current documents of the given entities; <see cref="PartnerDocuments.Missing"/> lists the document ids of
    /// the entities that no longer exist.
    /// </summary>
    public static async Task<PartnerDocuments> ReadAsync(
        TechBridgeDbContext db, TaxonomySnapshot taxonomy, IReadOnlyCollection<Guid> organizationIds, IReadOnlyCollection<Guid> personIds,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(organizationIds);
        ArgumentNullException.ThrowIfNull(personIds);
        var documents = new List<MatchDocument>();
        var missing = new List<string>();
        var wanted = organizationIds.Distinct().ToArray();
        if (wanted.Length > 0)
        {
            var organizations = await db.Organizations.AsNoTracking().Include(o => o.Fields)
                .Where(o => wanted.Contains(o.Id)).ToListAsync(cancellationToken);
            documents.AddRange(organizations.Select(o => EntityDocuments.From(o, taxonomy)));
            missing.AddRange(wanted.Except(organizations.Select(o => o.Id)).Select(id => EntityDocuments.OrganizationPrefix + id.ToString("N")));
        }

        foreach (var chunk in personIds.Distinct().Chunk(PeoplePerQuery))
        {
            var people = await ReadPeopleAsync(db, chunk, taxonomy, cancellationToken);
            documents.AddRange(people);
            var found = people.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
            missing.AddRange(chunk.Select(id => EntityDocuments.PersonPrefix + id.ToString("N")).Where(id => !found.Contains(id)));
        }

        return new PartnerDocuments(documents, missing);
    }

    /// <summary>As <see cref="ReadAsync(TechBridgeDbContext, TaxonomySnapshot, IReadOnlyCollection{Guid}, IReadOnlyCollection{Guid}, CancellationToken)"/>, by document id.</summary>
    public static Task<PartnerDocuments> ReadAsync(TechBridgeDbContext db, TaxonomySnapshot taxonomy, IEnumerable<string> documentIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        var organizations = new List<Guid>();
        var people = new List<Guid>();
        foreach (var id in documentIds)
        {
            if (id.StartsWith(EntityDocuments.OrganizationPrefix, StringComparison.Ordinal)
                && Guid.TryParseExact(id.AsSpan(EntityDocuments.OrganizationPrefix.Length), "N", out var organization))
            {
                organizations.Add(organization);
            }
            else if (id.StartsWith(EntityDocuments.PersonPrefix, StringComparison.Ordinal)
                && Guid.TryParseExact(id.AsSpan(EntityDocuments.PersonPrefix.Length), "N", out var person))
            {
                people.Add(person);
            }
        }

        return ReadAsync(db, taxonomy, organizations, people, cancellationToken);
    }

    private static async Task<List<MatchDocument>> ReadPeopleAsync(TechBridgeDbContext db, Guid[] ids, TaxonomySnapshot taxonomy, CancellationToken cancellationToken)
    {
        if (ids.Length == 0)
        {
            return [];
        }

        var people = await db.People.AsNoTracking().Include(p => p.Fields).Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        var organizations = (await db.Affiliations.AsNoTracking().Where(a => ids.Contains(a.PersonId) && a.EndDate == null)
                .Select(a => new { a.PersonId, a.Organization!.NameKo, a.Organization.NameEn }).ToListAsync(cancellationToken))
            .ToLookup(a => a.PersonId, a => string.Join(" ", a.NameKo, a.NameEn));
        var publications = (await db.PublicationAuthors.AsNoTracking().Where(a => ids.Contains(a.PersonId))
                .Select(a => new { a.PersonId, a.Publication }).ToListAsync(cancellationToken))
            .ToLookup(a => a.PersonId, a => a.Publication!);
        return [.. people.Select(p => EntityDocuments.From(p, organizations[p.Id], publications[p.Id], taxonomy))];
    }
}

/// <summary>Documents read from the database, and the ids of documents whose entities are gone.</summary>
public sealed record PartnerDocuments(IReadOnlyList<MatchDocument> Documents, IReadOnlyList<string> Missing);
