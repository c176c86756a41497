using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
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
                    .Select(e => new
                    {
                        e.Id, e.NameKo, e.NameEn, e.Center!.CountryCode, Fields = e.Fields.Select(f => f.FieldCode).ToList(),
                        e.CenterId, e.Center.Kind, CenterKo = e.Center.NameKo, CenterEn = e.Center.NameEn, e.TrlMin, e.TrlMax,
                    })
                    .ToListAsync(cancellationToken))
                .Select(e => new PartnerEntity(EntityDocuments.EquipmentType, e.Id, e.NameKo, e.NameEn, e.CountryCode, e.Fields,
                    new PartnerOwner(e.CenterId, e.Kind.ToString(), e.CenterKo, e.CenterEn), e.TrlMin, e.TrlMax)));
        }

        if (wanted.Technologies.Count > 0)
        {
            var ids = wanted.Technologies.ToArray();
            entities.AddRange((await db.PublicTechnologies.AsNoTracking().Where(t => ids.Contains(t.Id))
                    .Select(t => new
                    {
                        t.Id, t.TitleKo, t.TitleEn, t.Owner!.CountryCode, Fields = t.Fields.Select(f => f.FieldCode).ToList(),
                        t.OwnerId, t.Owner.Kind, OwnerKo = t.Owner.NameKo, OwnerEn = t.Owner.NameEn, t.Trl,
                    })
                    .ToListAsync(cancellationToken))
                .Select(t => new PartnerEntity(EntityDocuments.TechnologyType, t.Id, t.TitleKo, t.TitleEn, t.CountryCode, t.Fields,
                    new PartnerOwner(t.OwnerId, t.Kind.ToString(), t.OwnerKo, t.OwnerEn), t.Trl, t.Trl)));
        }

        if (wanted.Needs.Count > 0)
        {
            var ids = wanted.Needs.ToArray();
            entities.AddRange((await db.TechnologyNeeds.AsNoTracking().Where(n => ids.Contains(n.Id))
                    .Select(n => new
                    {
                        n.Id, n.Title, n.Company!.CountryCode, Fields = n.Fields.Select(f => f.FieldCode).ToList(),
                        n.CompanyId, n.Company.Kind, CompanyKo = n.Company.NameKo, CompanyEn = n.Company.NameEn, n.TrlMin, n.TrlMax, n.RndStageCode,
                    })
                    .ToListAsync(cancellationToken))
                .Select(n =>
                {
                    var (trlMin, trlMax) = EntityDocuments.NeedTrl(n.TrlMin, n.TrlMax, n.RndStageCode, taxonomy);
                    return new PartnerEntity(EntityDocuments.NeedType, n.Id, n.Title, string.Empty, n.CountryCode, n.Fields,
                        new PartnerOwner(n.CompanyId, n.Kind.ToString(), n.CompanyKo, n.CompanyEn), trlMin, trlMax);
                }));
        }

        return entities.ToDictionary(e => PartnerDocumentIds.Of(PrefixOf(e.Kind), e.Id), StringComparer.Ordinal);
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
