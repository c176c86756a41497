using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Facilities.Disposals;

/// <summary>
/// Disposal cases as each reader may see them: an operator its center's and the transfers to its center, a coordinator its
/// industries', program managers and administrators all; nobody else any.
/// </summary>
public sealed class DisposalQueries(TechBridgeDbContext db, TimeProvider time)
{
    public async Task<PagedResult<DisposalSummary>> ListAsync(FacilityActor actor, DisposalFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(filter);
        var query = Visible(actor);
        if (filter.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        if (filter.OpenOnly)
        {
            query = query.Where(c => DisposalStatuses.Open.Contains(c.Status));
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(c => c.UpdatedAt).ThenBy(c => c.Id).Skip((page.Page - 1) * page.PageSize).Take(page.PageSize)
            .Select(c => new DisposalSummary(
                c.Id, c.EquipmentId,
                db.Equipment.Where(e => e.Id == c.EquipmentId).Select(e => e.NameKo).First(),
                db.Equipment.Where(e => e.Id == c.EquipmentId).Select(e => e.NameEn == "" ? e.NameKo : e.NameEn).First(),
                c.CenterId,
                db.Organizations.Where(o => o.Id == c.CenterId).Select(o => o.NameKo).First(),
                db.Organizations.Where(o => o.Id == c.CenterId).Select(o => o.NameEn == "" ? o.NameKo : o.NameEn).First(),
                c.ReceivingCenterId,
                db.Organizations.Where(o => o.Id == c.ReceivingCenterId).Select(o => o.NameKo).FirstOrDefault(),
                db.Organizations.Where(o => o.Id == c.ReceivingCenterId).Select(o => o.NameEn == "" ? o.NameKo : o.NameEn).FirstOrDefault(),
                c.ReasonKind, c.Status, c.Evidence.Rate, c.CreatedAt, c.UpdatedAt))
            .ToListAsync(cancellationToken);
        return new PagedResult<DisposalSummary>(items, total, page.Page, page.PageSize);
    }

    public async Task<DisposalDetail> GetAsync(FacilityActor actor, Guid id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var c = await db.DisposalCases.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, cancellationToken)
            ?? throw new NotFoundException(nameof(DisposalCase), id);
        var role = DisposalRole.Of(actor, c.CenterId, c.IndustryCode, c.ReceivingCenterId, c.ProposedById);
        if (!role.Sees)
        {
            throw new NotFoundException(nameof(DisposalCase), id);
        }

        var item = await db.Equipment.AsNoTracking().Where(e => e.Id == c.EquipmentId)
            .Select(e => new { e.NameKo, e.NameEn, e.Status }).SingleAsync(cancellationToken);
        var centerIds = new[] { c.CenterId, c.ReceivingCenterId ?? Guid.Empty };
        var centers = await db.Organizations.AsNoTracking().Where(o => centerIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => (o.NameKo, En: o.NameEn.Length == 0 ? o.NameKo : o.NameEn), cancellationToken);
        var events = await db.DisposalEvents.AsNoTracking().Where(e => e.CaseId == id).OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => new DisposalEventView(e.At, e.ActorName, e.Kind, e.Text,
                db.Organizations.Where(o => o.Id == e.CenterId).Select(o => o.NameKo).FirstOrDefault(),
                db.Organizations.Where(o => o.Id == e.CenterId).Select(o => o.NameEn == "" ? o.NameKo : o.NameEn).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        var proposer = await db.Users.AsNoTracking().Where(u => u.Id == c.ProposedById).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        var coming = c.Status.IsOpen() ? await ComingAsync(c.EquipmentId, cancellationToken) : [];
        var actions = Enum.GetValues<DisposalAction>().Where(a => DisposalTransitions.Next(c.Status, a) is not null && role.May(a)).ToList();
        var receiving = c.ReceivingCenterId is { } r && centers.TryGetValue(r, out var rn) ? rn : ((string NameKo, string En)?)null;
        return new DisposalDetail(
            c.Id, c.EquipmentId, item.NameKo, item.NameEn.Length == 0 ? item.NameKo : item.NameEn, item.Status, c.IndustryCode, c.CenterId,
            centers[c.CenterId].NameKo, centers[c.CenterId].En, c.ReceivingCenterId, receiving?.NameKo, receiving?.En, proposer, c.ReasonKind, c.ReasonText,
            c.Status, c.PreviousStatus, c.Evidence, c.DecisionReason, c.DisposedOn, c.DisposalMethod, c.CreatedAt, c.UpdatedAt, c.Version, events, coming, actions);
    }

    /// <summary>The item as the proposal form shows it, for someone who may propose it (others: 403; unknown: 404).</summary>
    public async Task<DisposalCandidateView> CandidateAsync(FacilityActor actor, Guid equipmentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var item = await db.Equipment.AsNoTracking().Where(e => e.Id == equipmentId)
            .Select(e => new
            {
                e.CenterId, e.NameKo, e.NameEn, e.Status, e.YearAcquired, CenterKo = e.Center!.NameKo, CenterEn = e.Center.NameEn,
                Open = db.DisposalCases.Where(c => c.EquipmentId == e.Id && DisposalStatuses.Open.Contains(c.Status)).Select(c => (Guid?)c.Id).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException(nameof(Equipment), equipmentId);
        if (!actor.CanRunCenter(item.CenterId))
        {
            throw new ForbiddenException(CoreMessages.Get("Rule.NotYourCenter"));
        }

        return new DisposalCandidateView(equipmentId, item.NameKo, item.NameEn.Length == 0 ? item.NameKo : item.NameEn, item.CenterKo,
            item.CenterEn.Length == 0 ? item.CenterKo : item.CenterEn, item.Status, item.YearAcquired, item.Open);
    }

    /// <summary>Every equipment center but the given one, for choosing where a transfer goes (any industry; name order).</summary>
    public async Task<IReadOnlyList<CenterChoice>> ReceivingCentersAsync(Guid exceptCenterId, CancellationToken cancellationToken = default) =>
        await db.Organizations.AsNoTracking().Where(o => o.Kind == OrganizationKind.EquipmentCenter && o.Id != exceptCenterId)
            .OrderBy(o => o.NameKo).Select(o => new CenterChoice(o.Id, o.NameKo, o.NameEn == "" ? o.NameKo : o.NameEn, o.IndustryCode))
            .ToListAsync(cancellationToken);

    private async Task<IReadOnlyList<ComingReservation>> ComingAsync(Guid equipmentId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return await db.Reservations.AsNoTracking()
            .Where(r => r.EquipmentId == equipmentId && ReservationStatuses.Active.Contains(r.Status) && r.End > now)
            .OrderBy(r => r.Start).ThenBy(r => r.Id)
            .Select(r => new ComingReservation(r.Id, r.Start, r.End, r.Status,
                db.Organizations.Where(o => o.Id == r.CompanyId).Select(o => o.NameKo).First(),
                db.Organizations.Where(o => o.Id == r.CompanyId).Select(o => o.NameEn == "" ? o.NameKo : o.NameEn).First()))
            .ToListAsync(cancellationToken);
    }

    private IQueryable<DisposalCase> Visible(FacilityActor actor)
    {
        var cases = db.DisposalCases.AsNoTracking();
        if (actor.IsOverseer)
        {
            return cases;
        }

        var center = actor.CenterId;
        var industries = actor.Industries.ToList();
        return cases.Where(c => (center != null && (c.CenterId == center || c.ReceivingCenterId == center)) || industries.Contains(c.IndustryCode));
    }
}
