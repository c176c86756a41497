using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Facilities.Reservations;

/// <summary>
/// Reads reservations as the caller may see them (a company its own, an operator its center's, a coordinator its
/// industries', program managers and administrators all) and equipment availability, answered from the database.
/// </summary>
public sealed class ReservationQueries(TechBridgeDbContext db, TimeProvider time)
{
    public async Task<PagedResult<ReservationView>> ListAsync(FacilityActor actor, ReservationFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = Visible(actor);
        if (filter.Mine)
        {
            query = actor.CompanyId is { } company ? query.Where(r => r.CompanyId == company) : query.Where(r => r.RequestedById == actor.UserId);
        }

        if (filter.EquipmentId is { } equipment)
        {
            query = query.Where(r => r.EquipmentId == equipment);
        }

        if (filter.CenterId is { } center)
        {
            query = query.Where(r => db.Equipment.Any(e => e.Id == r.EquipmentId && e.CenterId == center));
        }

        if (filter.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        if (filter.From?.ToUniversalTime() is { } from)
        {
            query = query.Where(r => r.End > from);
        }

        if (filter.To?.ToUniversalTime() is { } to)
        {
            query = query.Where(r => r.Start < to);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await Project(query.OrderBy(r => r.Start).ThenBy(r => r.Id).Skip(page.Skip).Take(page.PageSize)).ToListAsync(cancellationToken);
        return new PagedResult<ReservationView>(items, total, page.Page, page.PageSize);
    }

    /// <summary>One reservation; unknown and not visible are the same 404.</summary>
    public async Task<ReservationView> GetAsync(FacilityActor actor, Guid id, CancellationToken cancellationToken = default) =>
        await Project(Visible(actor).Where(r => r.Id == id)).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(Reservation), id);

    /// <summary>Free time and busy periods of one equipment item in [from, to); reservations show their company only to those who may see them.</summary>
    public async Task<EquipmentAvailability> AvailabilityAsync(FacilityActor? actor, Guid equipmentId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        // Instants are compared in UTC: Npgsql writes only UTC, and SQLite's stored form orders only values of one offset.
        (from, to) = (from.ToUniversalTime(), to.ToUniversalTime());
        if (from >= to || to - from > ReservationLimits.MaxAvailabilityWindow)
        {
            throw ValidationFailedException.For(nameof(to), CoreMessages.Get("Reservation.AvailabilityWindow", (int)ReservationLimits.MaxAvailabilityWindow.TotalDays));
        }

        var equipment = await db.Equipment.AsNoTracking().SingleOrDefaultAsync(e => e.Id == equipmentId, cancellationToken)
            ?? throw new NotFoundException(nameof(Equipment), equipmentId);
        var rules = equipment.Rules;
        var now = Clock.UtcNow(time);
        var seesCompanies = actor is not null && actor.CanSeeCenter(equipment.CenterId, equipment.IndustryCode);
        var reservations = await db.Reservations.AsNoTracking()
            .Where(r => r.EquipmentId == equipmentId && r.Start < to && from < r.End && ReservationStatuses.Active.Contains(r.Status)
                        && !(r.Status == ReservationStatus.Held && r.HoldExpiresAt <= now))
            .OrderBy(r => r.Start)
            .Select(r => new { r.Id, r.Start, r.End, r.Status, r.CompanyId,
                Company = db.Organizations.Where(o => o.Id == r.CompanyId).Select(o => o.NameKo).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var blackouts = await db.EquipmentBlackouts.AsNoTracking()
            .Where(b => b.EquipmentId == equipmentId && b.Start < to && from < b.End)
            .OrderBy(b => b.Start).Select(b => new { b.Start, b.End, b.Reason }).ToListAsync(cancellationToken);
        var busy = reservations
            .Select(r => new CalendarEntry(r.Start, r.End, r.Status,
                seesCompanies || r.CompanyId == actor?.CompanyId ? r.Company : null,
                seesCompanies || r.CompanyId == actor?.CompanyId ? r.Id : null))
            .Concat(blackouts.Select(b => new CalendarEntry(b.Start, b.End, null, b.Reason, null)))
            .OrderBy(e => e.Start).ToList();
        var bookable = equipment.Status.IsBookable();
        var free = bookable
            ? OperatingCalendar.Free(rules, from, to, busy.Select(b => new TimeInterval(b.Start, b.End)))
                .Select(f => new TimeInterval(Kst.ToKst(f.Start), Kst.ToKst(f.End))).ToList()
            : [];
        return new EquipmentAvailability(equipmentId, Kst.ToKst(from), Kst.ToKst(to), free,
            busy.Select(b => b with { Start = Kst.ToKst(b.Start), End = Kst.ToKst(b.End) }).ToList(), rules, bookable);
    }

    public async Task<FeeUnit?> FeeUnitAsync(Guid equipmentId, CancellationToken cancellationToken = default) =>
        await db.Equipment.AsNoTracking().Where(e => e.Id == equipmentId).Select(e => (FeeUnit?)e.FeeUnit).SingleOrDefaultAsync(cancellationToken);

    private IQueryable<Reservation> Visible(FacilityActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.IsOverseer)
        {
            return db.Reservations.AsNoTracking();
        }

        var industries = actor.Industries.ToList();
        return db.Reservations.AsNoTracking().Where(r =>
            (actor.CompanyId != null && r.CompanyId == actor.CompanyId)
            || r.RequestedById == actor.UserId
            || db.Equipment.Any(e => e.Id == r.EquipmentId && ((actor.CenterId != null && e.CenterId == actor.CenterId) || industries.Contains(e.IndustryCode))));
    }

    private IQueryable<ReservationView> Project(IQueryable<Reservation> query) =>
        from r in query
        join e in db.Equipment on r.EquipmentId equals e.Id
        join c in db.Organizations on e.CenterId equals c.Id
        join o in db.Organizations on r.CompanyId equals o.Id
        select new ReservationView(
            r.Id, e.Id, e.NameKo, e.NameEn, c.Id, c.NameKo, c.NameEn, o.Id, o.NameKo, o.NameEn, r.Start, r.End, r.Purpose,
            r.Status, r.HoldExpiresAt, r.Reason, r.CheckedInAt, r.CheckedOutAt, r.Samples, r.FeeKrw, r.VatKrw, r.CreatedAt, r.UpdatedAt, r.Version);
}
