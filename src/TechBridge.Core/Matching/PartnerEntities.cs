using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Matching;

/// <summary>
/// What a result shows of a matched entity: names, place, fields, its organisation and TRL range where it has them (for a
/// need without its own, its R&amp;D stage's, as in its document).
/// </summary>
internal sealed record PartnerEntity(
    string Kind, Guid Id, string NameKo, string NameEn, string CountryCode, IReadOnlyList<string> Fields,
    PartnerOwner? Owner = null, int? TrlMin = null, int? TrlMax = null);

/// <summary>Loads the entities behind search hits from the database, keyed by document id (one query per kind found).</summary>
internal static class PartnerEntities
{
    public static async Task<Dictionary<string, PartnerEntity>> LoadAsync(
        TechBridgeDbContext db, TaxonomySnapshot taxonomy, IEnumerable<string> documentIds, CancellationToken cancellationToken)
    {
        var wanted = PartnerDocumentIds.ToEntities(documentIds);
        var entities = new List<PartnerEntity>();
        if (wanted.Organizations.Count > 0)
        {
            var ids = wanted.Organizations.ToArray();
            entities.AddRange((await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id))
                    .Select(o => new { o.Kind, o.Id, o.NameKo, o.NameEn, o.CountryCode, Fields = o.Fields.Select(f => f.FieldCode).ToList() })
                    .ToListAsync(cancellationToken))
                .Select(o => new PartnerEntity(o.Kind.ToString(), o.Id, o.NameKo, o.NameEn, o.CountryCode, o.Fields)));
        }

        if (wanted.People.Count > 0)
        {
            var ids = wanted.People.ToArray();
            entities.AddRange(await db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
                .Select(p => new PartnerEntity(EntityDocuments.PersonType, p.Id, p.NameKo, p.NameEn, p.CountryCode, p.Fields.Select(f => f.FieldCode).ToList(), null, null, null))
                .ToListAsync(cancellationToken));
        }

        if (wanted.Equipment.Count > 0)
        {
            var ids = wanted.Equipment.ToArray();
            entities.AddRange((await db.Equipment.AsNoTracking().Where(e => ids.Contains(e.Id))
                    .Select(e => new OwnedRow(
                        e.Id, e.NameKo, e.NameEn, e.Center!.CountryCode, e.Fields.Select(f => f.FieldCode).ToList(),
                        e.CenterId, e.Center.Kind, e.Center.NameKo, e.Center.NameEn, e.TrlMin, e.TrlMax, null))
                    .ToListAsync(cancellationToken))
                .Select(e => e.ToEntity(EntityDocuments.EquipmentType)));
        }

        if (wanted.Technologies.Count > 0)
        {
            var ids = wanted.Technologies.ToArray();
            entities.AddRange((await db.PublicTechnologies.AsNoTracking().Where(t => ids.Contains(t.Id))
                    .Select(t => new OwnedRow(
                        t.Id, t.TitleKo, t.TitleEn, t.Owner!.CountryCode, t.Fields.Select(f => f.FieldCode).ToList(),
                        t.OwnerId, t.Owner.Kind, t.Owner.NameKo, t.Owner.NameEn, t.Trl, t.Trl, null))
                    .ToListAsync(cancellationToken))
                .Select(t => t.ToEntity(EntityDocuments.TechnologyType)));
        }

        if (wanted.Needs.Count > 0)
        {
            var ids = wanted.Needs.ToArray();
            entities.AddRange((await db.TechnologyNeeds.AsNoTracking().Where(n => ids.Contains(n.Id))
                    .Select(n => new OwnedRow(
                        n.Id, n.Title, string.Empty, n.Company!.CountryCode, n.Fields.Select(f => f.FieldCode).ToList(),
                        n.CompanyId, n.Company.Kind, n.Company.NameKo, n.Company.NameEn, n.TrlMin, n.TrlMax, n.RndStageCode))
                    .ToListAsync(cancellationToken))
                .Select(n =>
                {
                    var (trlMin, trlMax) = EntityDocuments.NeedTrl(n.TrlMin, n.TrlMax, n.RndStageCode!, taxonomy);
                    return (n with { TrlMin = trlMin, TrlMax = trlMax }).ToEntity(EntityDocuments.NeedType);
                }));
        }

        return entities.ToDictionary(e => PartnerDocumentIds.Of(PrefixOf(e.Kind), e.Id), StringComparer.Ordinal);
    }

    /// <summary>An entry that belongs to an organisation (equipment to its center, a technology to its owner, a need to its company), as read from the database.</summary>
    private sealed record OwnedRow(
        Guid Id, string NameKo, string NameEn, string CountryCode, List<string> Fields,
        Guid OwnerId, OrganizationKind OwnerKind, string OwnerKo, string OwnerEn, int? TrlMin, int? TrlMax, string? RndStageCode)
    {
        public PartnerEntity ToEntity(string kind) =>
            new(kind, Id, NameKo, NameEn, CountryCode, Fields, new PartnerOwner(OwnerId, OwnerKind.ToString(), OwnerKo, OwnerEn), TrlMin, TrlMax);
    }

    private static string PrefixOf(string kind) => kind switch
    {
        EntityDocuments.PersonType => EntityDocuments.PersonPrefix,
        EntityDocuments.EquipmentType => EntityDocuments.EquipmentPrefix,
        EntityDocuments.TechnologyType => EntityDocuments.TechnologyPrefix,
        EntityDocuments.NeedType => EntityDocuments.NeedPrefix,
        _ => EntityDocuments.OrganizationPrefix,
    };
}
