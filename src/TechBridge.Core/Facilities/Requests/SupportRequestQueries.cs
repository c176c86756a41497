using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;

namespace TechBridge.Core.Facilities.Requests;

/// <summary>
/// Support requests as each reader may see them: a company its own, a coordinator its industries', a center those with a
/// part for it (and only its parts and their timeline), program managers and administrators all.
/// </summary>
public sealed class SupportRequestQueries(TechBridgeDbContext db)
{
    public async Task<PagedResult<SupportRequestSummary>> ListAsync(FacilityActor actor, SupportRequestFilter filter, PageRequest page,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(filter);
        var query = Visible(actor);
        if (filter.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        if (filter.OpenOnly)
        {
            query = query.Where(r => SupportRequestStatuses.Open.Contains(r.Status));
        }

        if (!string.IsNullOrWhiteSpace(filter.IndustryCode))
        {
            query = query.Where(r => r.IndustryCode == filter.IndustryCode);
        }

        // A center's operators count only their own open parts.
        var onlyCenter = actor is { IsOverseer: false, CompanyId: null, Industries.Count: 0 } ? actor.CenterId : null;
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id).Skip((page.Page - 1) * page.PageSize).Take(page.PageSize)
            .Select(r => new SupportRequestSummary(
                r.Id, r.Title, r.IndustryCode,
                db.Industries.Where(i => i.Code == r.IndustryCode).Select(i => i.NameKo).First(),
                db.Industries.Where(i => i.Code == r.IndustryCode).Select(i => i.NameEn).First(),
                r.CompanyId,
                db.Organizations.Where(o => o.Id == r.CompanyId).Select(o => o.NameKo).First(),
                db.Organizations.Where(o => o.Id == r.CompanyId).Select(o => o.NameEn == "" ? o.NameKo : o.NameEn).First(),
                r.Status,
                db.SupportAssignments.Count(a => a.RequestId == r.Id && SupportAssignmentStatuses.Open.Contains(a.Status)
                                                 && (onlyCenter == null || a.CenterId == onlyCenter)),
                r.CreatedAt, r.UpdatedAt, r.DueAt, r.EscalationLevel))
            .ToListAsync(cancellationToken);
        return new PagedResult<SupportRequestSummary>(items, total, page.Page, page.PageSize);
    }

    public async Task<SupportRequestDetail> GetAsync(FacilityActor actor, Guid id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var r = await db.SupportRequests.AsNoTracking().Include(x => x.Stages).SingleOrDefaultAsync(x => x.Id == id, cancellationToken)
            ?? throw new NotFoundException(nameof(SupportRequest), id);
        var centers = await db.SupportAssignments.AsNoTracking().Where(a => a.RequestId == id).Select(a => a.CenterId).ToListAsync(cancellationToken);
        var role = SupportRequestRole.Of(actor, r, centers);
        if (!role.Sees)
        {
            throw new NotFoundException(nameof(SupportRequest), id);
        }

        // A center with a part sees only its own parts and their steps; the company and the coordinators see everything.
        var onlyCenter = role is { IsCompany: false, Coordinates: false } ? actor.CenterId : null;
        var parts = await db.SupportAssignments.AsNoTracking().Where(a => a.RequestId == id && (onlyCenter == null || a.CenterId == onlyCenter))
            .OrderBy(a => a.CreatedAt).ThenBy(a => a.Id)
            .Select(a => new SupportAssignmentView(
                a.Id, a.CenterId,
                db.Organizations.Where(o => o.Id == a.CenterId).Select(o => o.NameKo).First(),
                db.Organizations.Where(o => o.Id == a.CenterId).Select(o => o.NameEn == "" ? o.NameKo : o.NameEn).First(),
                a.StageCode, a.Service, a.EquipmentId,
                db.Equipment.Where(e => e.Id == a.EquipmentId).Select(e => e.NameKo).FirstOrDefault(),
                db.Equipment.Where(e => e.Id == a.EquipmentId).Select(e => e.NameEn).FirstOrDefault(),
                a.Note, a.Status, a.SlotStart, a.SlotEnd, a.PriceKrw, a.VatKrw, a.QuoteNote, a.Reason, a.ReservationId, a.DueAt, a.EscalationLevel,
                a.CreatedAt, a.Version, a.PackageId,
                db.ServicePackages.Where(p => p.Id == a.PackageId).Select(p => p.NameKo).FirstOrDefault(),
                db.ServicePackages.Where(p => p.Id == a.PackageId).Select(p => p.NameEn == "" ? p.NameKo : p.NameEn).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        var partIds = parts.Select(p => p.Id).ToList();
        var events = await db.SupportRequestEvents.AsNoTracking()
            .Where(e => e.RequestId == id && (onlyCenter == null || e.AssignmentId == null || partIds.Contains(e.AssignmentId.Value)))
            .OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => new SupportRequestEventView(e.At, e.ActorName, e.Kind, e.Text, e.AssignmentId))
            .ToListAsync(cancellationToken);
        var names = await db.Organizations.AsNoTracking().Where(o => o.Id == r.CompanyId).Select(o => new { o.NameKo, o.NameEn }).SingleAsync(cancellationToken);
        var industry = await db.Industries.AsNoTracking().Where(i => i.Code == r.IndustryCode).Select(i => new { i.NameKo, i.NameEn }).SingleAsync(cancellationToken);
        var requester = await db.Users.AsNoTracking().Where(u => u.Id == r.RequestedById).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        return new SupportRequestDetail(
            r.Id, r.Title, r.IndustryCode, industry.NameKo, industry.NameEn, r.CompanyId, names.NameKo, names.NameEn.Length == 0 ? names.NameKo : names.NameEn, requester,
            r.Product, r.Problem, r.Trl, r.PeriodFrom, r.PeriodTo, r.Stages.Select(s => s.StageCode).ToList(), r.Status, r.Question, r.Reason, r.DueAt,
            r.EscalationLevel, r.CreatedAt, r.UpdatedAt, r.Version, parts, events,
            new SupportRequestReader(role.IsCompany, role.Coordinates, role.HasPart ? actor.CenterId : null));
    }

    /// <summary>The equipment centers with equipment in the industry, for routing a part (name order).</summary>
    public async Task<IReadOnlyList<NamedItem>> CentersOfIndustryAsync(string industryCode, CancellationToken cancellationToken = default) =>
        await db.Organizations.AsNoTracking()
            .Where(o => o.Kind == Directory.OrganizationKind.EquipmentCenter && db.Equipment.Any(e => e.CenterId == o.Id && e.IndustryCode == industryCode))
            .OrderBy(o => o.NameKo).Select(o => new NamedItem(o.Id, o.NameKo, o.NameEn)).ToListAsync(cancellationToken);

    /// <summary>A center's bookable equipment, for its quote (name order).</summary>
    public async Task<IReadOnlyList<NamedItem>> BookableEquipmentOfAsync(Guid centerId, CancellationToken cancellationToken = default) =>
        await db.Equipment.AsNoTracking()
            .Where(e => e.CenterId == centerId && EquipmentStatuses.Bookable.Contains(e.Status))
            .OrderBy(e => e.NameKo).Select(e => new NamedItem(e.Id, e.NameKo, e.NameEn)).ToListAsync(cancellationToken);

    private IQueryable<SupportRequest> Visible(FacilityActor actor)
    {
        var requests = db.SupportRequests.AsNoTracking();
        if (actor.IsOverseer)
        {
            return requests;
        }

        var company = actor.CompanyId;
        var center = actor.CenterId;
        var industries = actor.Industries.ToList();
        return requests.Where(r => (company != null && r.CompanyId == company) || industries.Contains(r.IndustryCode)
                                   || (center != null && db.SupportAssignments.Any(a => a.RequestId == r.Id && a.CenterId == center)));
    }
}
