using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Facilities;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Matching.Index;

namespace TechBridge.Core.Matching;

/// <summary>
/// Reads matched entities from the database as engine documents (see <see cref="EntityDocuments"/>): organisations,
/// people, equipment, public technologies and technology needs. Disposed equipment and closed needs are not indexed:
/// nobody should be sent to them, so for the index they count as missing.
/// </summary>
public static class PartnerDocumentReader
{
    private const int EntitiesPerQuery = 500;

    /// <summary>Every organisation, then every person, piece of equipment, technology and need in chunks (one list per chunk, so a caller can index as it reads).</summary>
    public static async IAsyncEnumerable<IReadOnlyList<MatchDocument>> ReadAllAsync(
        TechBridgeDbContext db, TaxonomySnapshot taxonomy, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var organizations = await db.Organizations.AsNoTracking().Include(o => o.Fields).ToListAsync(cancellationToken);
        yield return [.. organizations.Select(o => EntityDocuments.From(o, taxonomy))];
        foreach (var chunk in (await db.People.AsNoTracking().Select(p => p.Id).ToListAsync(cancellationToken)).Chunk(EntitiesPerQuery))
        {
            yield return await ReadPeopleAsync(db, chunk, taxonomy, cancellationToken);
        }

        foreach (var chunk in (await IndexedEquipment(db).Select(e => e.Id).ToListAsync(cancellationToken)).Chunk(EntitiesPerQuery))
        {
            yield return await ReadEquipmentAsync(db, chunk, taxonomy, cancellationToken);
        }

        foreach (var chunk in (await db.PublicTechnologies.AsNoTracking().Select(t => t.Id).ToListAsync(cancellationToken)).Chunk(EntitiesPerQuery))
        {
            yield return await ReadTechnologiesAsync(db, chunk, taxonomy, cancellationToken);
        }

        foreach (var chunk in (await IndexedNeeds(db).Select(n => n.Id).ToListAsync(cancellationToken)).Chunk(EntitiesPerQuery))
        {
            yield return await ReadNeedsAsync(db, chunk, taxonomy, cancellationToken);
        }
    }

    /// <summary>The document ids of every indexed entity.</summary>
    public static async Task<List<string>> ReadAllIdsAsync(TechBridgeDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = new List<string>();
        ids.AddRange((await db.Organizations.AsNoTracking().Select(o => o.Id).ToListAsync(cancellationToken)).Select(id => PartnerDocumentIds.Of(EntityDocuments.OrganizationPrefix, id)));
        ids.AddRange((await db.People.AsNoTracking().Select(p => p.Id).ToListAsync(cancellationToken)).Select(id => PartnerDocumentIds.Of(EntityDocuments.PersonPrefix, id)));
        ids.AddRange((await IndexedEquipment(db).Select(e => e.Id).ToListAsync(cancellationToken)).Select(id => PartnerDocumentIds.Of(EntityDocuments.EquipmentPrefix, id)));
        ids.AddRange((await db.PublicTechnologies.AsNoTracking().Select(t => t.Id).ToListAsync(cancellationToken)).Select(id => PartnerDocumentIds.Of(EntityDocuments.TechnologyPrefix, id)));
        ids.AddRange((await IndexedNeeds(db).Select(n => n.Id).ToListAsync(cancellationToken)).Select(id => PartnerDocumentIds.Of(EntityDocuments.NeedPrefix, id)));
        return ids;
    }

    /// <summary>
    /// The current documents of the changed entities; <see cref="PartnerDocuments.Missing"/> lists the document ids of the
    /// ones that no longer exist (or are no longer indexed). With <paramref name="withDependents"/>, the equipment,
    /// technologies and needs of a changed organisation are read again too, since their documents carry its name and country.
    /// </summary>
    public static async Task<PartnerDocuments> ReadAsync(
        TechBridgeDbContext db, TaxonomySnapshot taxonomy, EntityChanges changes, CancellationToken cancellationToken, bool withDependents = true)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(changes);
        if (withDependents && changes.Organizations.Count > 0)
        {
            changes = await WithDependentsAsync(db, changes, cancellationToken);
        }

        var documents = new List<MatchDocument>();
        var missing = new List<string>();
        var wanted = changes.Organizations.ToArray();
        if (wanted.Length > 0)
        {
            var organizations = await db.Organizations.AsNoTracking().Include(o => o.Fields)
                .Where(o => wanted.Contains(o.Id)).ToListAsync(cancellationToken);
            documents.AddRange(organizations.Select(o => EntityDocuments.From(o, taxonomy)));
            missing.AddRange(wanted.Except(organizations.Select(o => o.Id)).Select(id => PartnerDocumentIds.Of(EntityDocuments.OrganizationPrefix, id)));
        }

        await ReadChunksAsync(changes.People, EntityDocuments.PersonPrefix, ids => ReadPeopleAsync(db, ids, taxonomy, cancellationToken), documents, missing);
        await ReadChunksAsync(changes.Equipment, EntityDocuments.EquipmentPrefix, ids => ReadEquipmentAsync(db, ids, taxonomy, cancellationToken), documents, missing);
        await ReadChunksAsync(changes.Technologies, EntityDocuments.TechnologyPrefix, ids => ReadTechnologiesAsync(db, ids, taxonomy, cancellationToken), documents, missing);
        await ReadChunksAsync(changes.Needs, EntityDocuments.NeedPrefix, ids => ReadNeedsAsync(db, ids, taxonomy, cancellationToken), documents, missing);
        return new PartnerDocuments(documents, missing);
    }

    /// <summary>As <see cref="ReadAsync(TechBridgeDbContext, TaxonomySnapshot, EntityChanges, CancellationToken, bool)"/>, exactly the documents with these ids.</summary>
    public static Task<PartnerDocuments> ReadAsync(TechBridgeDbContext db, TaxonomySnapshot taxonomy, IEnumerable<string> documentIds, CancellationToken cancellationToken) =>
        ReadAsync(db, taxonomy, PartnerDocumentIds.ToEntities(documentIds), cancellationToken, withDependents: false);

    private static IQueryable<Equipment> IndexedEquipment(TechBridgeDbContext db) =>
        db.Equipment.AsNoTracking().Where(e => e.Status != EquipmentStatus.Disposed);

    private static IQueryable<TechnologyNeed> IndexedNeeds(TechBridgeDbContext db) =>
        db.TechnologyNeeds.AsNoTracking().Where(n => n.Status != NeedStatus.Closed);

    private static async Task<EntityChanges> WithDependentsAsync(TechBridgeDbContext db, EntityChanges changes, CancellationToken cancellationToken)
    {
        var organizations = changes.Organizations.ToArray();
        var equipment = await db.Equipment.AsNoTracking().Where(e => organizations.Contains(e.CenterId)).Select(e => e.Id).ToListAsync(cancellationToken);
        var technologies = await db.PublicTechnologies.AsNoTracking().Where(t => organizations.Contains(t.OwnerId)).Select(t => t.Id).ToListAsync(cancellationToken);
        var needs = await db.TechnologyNeeds.AsNoTracking().Where(n => organizations.Contains(n.CompanyId)).Select(n => n.Id).ToListAsync(cancellationToken);
        return changes with
        {
            Equipment = changes.Equipment.Union(equipment).ToHashSet(),
            Technologies = changes.Technologies.Union(technologies).ToHashSet(),
            Needs = changes.Needs.Union(needs).ToHashSet(),
        };
    }

    private static async Task ReadChunksAsync(
        IReadOnlySet<Guid> wanted, string prefix, Func<Guid[], Task<List<MatchDocument>>> read, List<MatchDocument> documents, List<string> missing)
    {
        foreach (var chunk in wanted.Chunk(EntitiesPerQuery))
        {
            var found = await read(chunk);
            documents.AddRange(found);
            var ids = found.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            missing.AddRange(chunk.Select(id => PartnerDocumentIds.Of(prefix, id)).Where(id => !ids.Contains(id)));
        }
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

    private static async Task<List<MatchDocument>> ReadEquipmentAsync(TechBridgeDbContext db, Guid[] ids, TaxonomySnapshot taxonomy, CancellationToken cancellationToken) =>
        [.. (await IndexedEquipment(db).Include(e => e.Center).Include(e => e.Fields).Include(e => e.Stages).Include(e => e.Offerings)
                .Where(e => ids.Contains(e.Id)).AsSplitQuery().ToListAsync(cancellationToken))
            .Select(e => EntityDocuments.From(e, taxonomy))];

    private static async Task<List<MatchDocument>> ReadTechnologiesAsync(TechBridgeDbContext db, Guid[] ids, TaxonomySnapshot taxonomy, CancellationToken cancellationToken) =>
        [.. (await db.PublicTechnologies.AsNoTracking().Include(t => t.Owner).Include(t => t.Fields).Include(t => t.Patents)
                .Where(t => ids.Contains(t.Id)).AsSplitQuery().ToListAsync(cancellationToken))
            .Select(t => EntityDocuments.From(t, taxonomy))];

    private static async Task<List<MatchDocument>> ReadNeedsAsync(TechBridgeDbContext db, Guid[] ids, TaxonomySnapshot taxonomy, CancellationToken cancellationToken) =>
        [.. (await IndexedNeeds(db).Include(n => n.Company).Include(n => n.Fields).Include(n => n.Countries)
                .Where(n => ids.Contains(n.Id)).AsSplitQuery().ToListAsync(cancellationToken))
            .Select(n => EntityDocuments.From(n, taxonomy))];
}

/// <summary>Documents read from the database, and the ids of documents whose entities are gone.</summary>
public sealed record PartnerDocuments(IReadOnlyList<MatchDocument> Documents, IReadOnlyList<string> Missing);
