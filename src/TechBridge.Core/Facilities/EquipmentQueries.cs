using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Facilities;

/// <summary>Reads equipment for lists, exports and detail pages; R&amp;D stages come in the taxonomy's order, services in the enum's.</summary>
public sealed class EquipmentQueries(TechBridgeDbContext db, TaxonomyCatalog taxonomy)
{
    public async Task<PagedResult<EquipmentListItem>> SearchAsync(EquipmentFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        var query = Apply(db.Equipment.AsNoTracking(), filter);
        var total = await query.CountAsync(cancellationToken);
        var items = await Project(Sort(query, filter.Sort).Skip(page.Skip).Take(page.PageSize)).ToListAsync(cancellationToken);
        return new PagedResult<EquipmentListItem>(await InStageOrderAsync(items, cancellationToken), total, page.Page, page.PageSize);
    }

    public async Task<IReadOnlyList<EquipmentListItem>> ExportAsync(EquipmentFilter filter, CancellationToken cancellationToken = default)
    {
        var items = await Project(Sort(Apply(db.Equipment.AsNoTracking(), filter), filter.Sort).Take(PageRequest.ExportLimit)).ToListAsync(cancellationToken);
        return await InStageOrderAsync(items, cancellationToken);
    }

    public async Task<EquipmentDetail> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var detail = await db.Equipment.AsNoTracking().Where(e => e.Id == id).Select(e => new EquipmentDetail(
            e.Id, e.NameKo, e.NameEn, e.Model, e.Manufacturer,
            new EquipmentCenterRef(e.CenterId, e.Center!.NameKo, e.Center.NameEn, e.Center.City, e.Center.CountryCode),
            e.IndustryCode,
            e.Fields.OrderBy(f => f.FieldCode).Select(f => f.FieldCode).ToList(),
            e.Stages.Select(s => s.StageCode).ToList(),
            e.Offerings.Select(o => o.Service).ToList(),
            e.TrlMin, e.TrlMax, e.DescriptionKo, e.DescriptionEn, e.YearAcquired, e.Status, e.FeeNote, e.IsDemo, e.CreatedAt, e.UpdatedAt, e.Version)
            {
                FeeKrw = e.FeeKrw, FeeUnit = e.FeeUnit, VatExempt = e.VatExempt,
                Rules = new BookingRules
                {
                    OpensAtMinute = e.OpensAtMinute, ClosesAtMinute = e.ClosesAtMinute, Days = e.OperatingDays, MinHours = e.MinBookingHours,
                    MaxHours = e.MaxBookingHours, LeadHours = e.LeadHours, CancelHours = e.CancelHours, RequiresApproval = e.RequiresApproval,
                    RequiresTraining = e.RequiresTraining,
                },
            })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Equipment", id);
        var catalog = await taxonomy.GetAsync(cancellationToken);
        return detail with { Stages = catalog.InStageOrder(detail.Stages), Services = [.. detail.Services.Order()] };
    }

    /// <summary>The blackouts of the equipment that have not ended by <paramref name="after"/>, in order.</summary>
    public async Task<IReadOnlyList<EquipmentBlackout>> BlackoutsAsync(Guid id, DateTimeOffset after, CancellationToken cancellationToken = default) =>
        await db.EquipmentBlackouts.AsNoTracking().Where(b => b.EquipmentId == id && b.End > after).OrderBy(b => b.Start).ToListAsync(cancellationToken);

    /// <summary>How many pieces of equipment each industry has (industries without any are absent).</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountByIndustryAsync(CancellationToken cancellationToken = default) =>
        await db.Equipment.AsNoTracking().GroupBy(e => e.IndustryCode).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, StringComparer.Ordinal, cancellationToken);

    /// <summary>The catalogue's filter (text, center, industry, field, stage, service, status, TRL); the availability search matches the same way.</summary>
    public static IQueryable<Equipment> Apply(IQueryable<Equipment> query, EquipmentFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            var q = filter.Query.Trim().ToLowerInvariant();
            query = query.Where(e => e.NameKo.ToLower().Contains(q) || e.NameEn.ToLower().Contains(q)
                || (e.Model != null && e.Model.ToLower().Contains(q)) || (e.Manufacturer != null && e.Manufacturer.ToLower().Contains(q))
                || e.DescriptionKo.ToLower().Contains(q) || e.Center!.NameKo.ToLower().Contains(q));
        }

        if (filter.Center is { } center)
        {
            query = query.Where(e => e.CenterId == center);
        }

        if (!string.IsNullOrWhiteSpace(filter.Industry))
        {
            query = query.Where(e => e.IndustryCode == filter.Industry);
        }

        if (!string.IsNullOrWhiteSpace(filter.Field))
        {
            query = query.Where(e => e.Fields.Any(f => f.FieldCode == filter.Field));
        }

        if (!string.IsNullOrWhiteSpace(filter.Stage))
        {
            query = query.Where(e => e.Stages.Any(s => s.StageCode == filter.Stage));
        }

        if (filter.Service is { } service)
        {
            query = query.Where(e => e.Offerings.Any(o => o.Service == service));
        }

        if (filter.Status is { } status)
        {
            query = query.Where(e => e.Status == status);
        }

        if (filter.Trl is { } trl)
        {
            query = query.Where(e => e.TrlMin <= trl && e.TrlMax >= trl);
        }

        return query;
    }

    private static IQueryable<Equipment> Sort(IQueryable<Equipment> query, ListSort sort) => sort switch
    {
        ListSort.Newest => query.OrderByDescending(e => e.CreatedAt).ThenBy(e => e.Id),
        _ => Bilingual.IsEnglish
            ? query.OrderBy(e => e.NameEn == "" ? e.NameKo : e.NameEn).ThenBy(e => e.Id)
            : query.OrderBy(e => e.NameKo == "" ? 1 : 0).ThenBy(e => e.NameKo == "" ? e.NameEn : e.NameKo).ThenBy(e => e.Id),
    };

    private static IQueryable<EquipmentListItem> Project(IQueryable<Equipment> query) =>
        query.Select(e => new EquipmentListItem(
            e.Id, e.NameKo, e.NameEn, e.Model, e.Manufacturer,
            new EquipmentCenterRef(e.CenterId, e.Center!.NameKo, e.Center.NameEn, e.Center.City, e.Center.CountryCode),
            e.IndustryCode,
            e.Fields.OrderBy(f => f.FieldCode).Select(f => f.FieldCode).ToList(),
            e.Stages.Select(s => s.StageCode).ToList(),
            e.Offerings.Select(o => o.Service).ToList(),
            e.TrlMin, e.TrlMax, e.Status, e.YearAcquired, e.IsDemo));

    private async Task<List<EquipmentListItem>> InStageOrderAsync(List<EquipmentListItem> items, CancellationToken cancellationToken)
    {
        var catalog = await taxonomy.GetAsync(cancellationToken);
        return [.. items.Select(i => i with { Stages = catalog.InStageOrder(i.Stages), Services = [.. i.Services.Order()] })];
    }
}
