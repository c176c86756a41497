using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Facilities.Statements;

/// <summary>
/// Monthly statements per company and receivables per center, from completed reservations (fee and VAT fixed at check-out),
/// each counted in the KST calendar month of its check-out.
/// Who sees what: a company's users its whole statement; an operator only the lines of its own center, a coordinator only
/// those of equipment in its industries (so a center reconciles what it billed without seeing what other centers did);
/// program managers and administrators everything. A company nobody of the reader's scope ever served is, to the reader,
/// unknown: the same 404 as a company that does not exist. Receivables: the center's operators, the coordinators of the
/// center's industry, overseers; anyone else gets the 404 of an unknown center.
/// </summary>
public sealed class StatementQueries(TechBridgeDbContext db, TimeProvider time)
{
    public const int MaxMonths = 24;

    public async Task<CompanyStatement> StatementAsync(FacilityActor actor, Guid companyId, DateOnly month, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        month = new DateOnly(month.Year, month.Month, 1);
        var company = await db.Organizations.AsNoTracking()
            .Where(o => o.Id == companyId && o.Kind == OrganizationKind.Company)
            .Select(o => new { o.Id, o.NameKo, o.NameEn }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Company", companyId);
        var whole = actor.IsOverseer || actor.CompanyId == companyId;
        var completed = Completed().Where(r => r.CompanyId == companyId);
        var scoped = whole ? completed : InScope(completed, actor);
        if (!whole && !await scoped.AnyAsync(cancellationToken))
        {
            throw new NotFoundException("Company", companyId);
        }

        var (from, to) = Bounds(month, month);
        var lines = (await Lines(scoped.Where(r => r.CheckedOutAt >= from && r.CheckedOutAt < to)).ToListAsync(cancellationToken))
            .OrderBy(l => l.CheckedOutAt).ThenBy(l => l.ReservationId)
            .Select(l => l with { CheckedOutAt = Kst.ToKst(l.CheckedOutAt), Start = Kst.ToKst(l.Start), End = Kst.ToKst(l.End) })
            .ToList();
        var centers = lines.GroupBy(l => (l.CenterId, l.CenterKo, l.CenterEn))
            .Select(g => new CenterSubtotal(g.Key.CenterId, g.Key.CenterKo, g.Key.CenterEn, Amounts.Of(g.Select(l => (l.FeeKrw, l.VatKrw)))))
            .OrderByDescending(c => c.Amounts.TotalKrw).ThenBy(c => c.CenterKo, StringComparer.Ordinal).ToList();
        return new CompanyStatement(company.Id, company.NameKo, company.NameEn, month, lines, centers,
            Amounts.Of(lines.Select(l => (l.FeeKrw, l.VatKrw))), !whole, Kst.ToKst(time.GetUtcNow()));
    }

    public async Task<CenterReceivables> ReceivablesAsync(
        FacilityActor actor, Guid centerId, DateOnly firstMonth, DateOnly lastMonth, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var center = await db.Organizations.AsNoTracking()
            .Where(o => o.Id == centerId && o.Kind == OrganizationKind.EquipmentCenter)
            .Select(o => new { o.Id, o.NameKo, o.NameEn, o.IndustryCode }).SingleOrDefaultAsync(cancellationToken);
        if (center is null || !actor.CanSeeCenter(center.Id, center.IndustryCode ?? string.Empty))
        {
            throw new NotFoundException("Center", centerId);
        }

        var first = new DateOnly(firstMonth.Year, firstMonth.Month, 1);
        var last = new DateOnly(lastMonth.Year, lastMonth.Month, 1);
        var months = (last.Year - first.Year) * 12 + last.Month - first.Month + 1;
        if (months is < 1 or > MaxMonths)
        {
            throw ValidationFailedException.For("from", CoreMessages.Get("Utilisation.Period", MaxMonths));
        }

        var (since, until) = Bounds(first, last);
        var billed = await (
                from r in Completed()
                join e in db.Equipment on r.EquipmentId equals e.Id
                join o in db.Organizations on r.CompanyId equals o.Id
                where e.CenterId == centerId && r.CheckedOutAt >= since && r.CheckedOutAt < until
                select new { r.CompanyId, o.NameKo, o.NameEn, CheckedOutAt = r.CheckedOutAt!.Value, Fee = r.FeeKrw ?? 0, Vat = r.VatKrw ?? 0 })
            .ToListAsync(cancellationToken);
        var rows = billed
            .GroupBy(b => (b.CompanyId, b.NameKo, b.NameEn, Month: MonthOf(b.CheckedOutAt)))
            .Select(g => new ReceivableRow(g.Key.CompanyId, g.Key.NameKo, g.Key.NameEn, g.Key.Month, Amounts.Of(g.Select(b => (b.Fee, b.Vat)))))
            .OrderBy(r => r.CompanyKo, StringComparer.Ordinal).ThenBy(r => r.CompanyId).ThenBy(r => r.Month).ToList();
        var companies = rows.GroupBy(r => (r.CompanyId, r.CompanyKo, r.CompanyEn))
            .Select(g => new CompanyReceivable(g.Key.CompanyId, g.Key.CompanyKo, g.Key.CompanyEn, Sum(g.Select(r => r.Amounts))))
            .OrderByDescending(c => c.Amounts.TotalKrw).ThenBy(c => c.CompanyKo, StringComparer.Ordinal).ToList();
        var byMonth = Enumerable.Range(0, months).Select(first.AddMonths)
            .Select(m => new MonthReceivable(m, Sum(rows.Where(r => r.Month == m).Select(r => r.Amounts)))).ToList();
        return new CenterReceivables(center.Id, center.NameKo, center.NameEn, first, last, rows, companies, byMonth,
            Sum(rows.Select(r => r.Amounts)), Kst.ToKst(time.GetUtcNow()));
    }

    /// <summary>Companies the reader may pick a statement of: its own, or those with a completed use in its scope (all for overseers).</summary>
    public async Task<IReadOnlyList<Party>> CompaniesAsync(FacilityActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var billed = actor.IsOverseer ? Completed() : InScope(Completed(), actor);
        var ids = billed.Select(r => r.CompanyId).Distinct();
        var own = actor.CompanyId;
        return (await db.Organizations.AsNoTracking()
                .Where(o => o.Kind == OrganizationKind.Company && (ids.Contains(o.Id) || (own != null && o.Id == own)))
                .Select(o => new Party(o.Id, o.NameKo, o.NameEn)).ToListAsync(cancellationToken))
            .OrderBy(p => p.NameKo, StringComparer.Ordinal).ToList();
    }

    /// <summary>Centers the reader may see the receivables of.</summary>
    public async Task<IReadOnlyList<Party>> CentersAsync(FacilityActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var industries = actor.Industries.ToList();
        var center = actor.CenterId;
        var overseer = actor.IsOverseer;
        return (await db.Organizations.AsNoTracking()
                .Where(o => o.Kind == OrganizationKind.EquipmentCenter
                            && (overseer || (center != null && o.Id == center) || (o.IndustryCode != null && industries.Contains(o.IndustryCode))))
                .Select(o => new Party(o.Id, o.NameKo, o.NameEn)).ToListAsync(cancellationToken))
            .OrderBy(p => p.NameKo, StringComparer.Ordinal).ToList();
    }

    /// <summary>The KST month (its first day) an instant falls in.</summary>
    public static DateOnly MonthOf(DateTimeOffset instant)
    {
        var local = Kst.ToKst(instant);
        return new DateOnly(local.Year, local.Month, 1);
    }

    private static Amounts Sum(IEnumerable<Amounts> amounts) =>
        amounts.Aggregate(Amounts.Zero, (a, b) => new Amounts(a.Lines + b.Lines, checked(a.FeeKrw + b.FeeKrw), checked(a.VatKrw + b.VatKrw)));

    /// <summary>[first day of <paramref name="first"/>, first day after <paramref name="last"/>) at KST midnight, as UTC (Npgsql writes only UTC).</summary>
    private static (DateTimeOffset From, DateTimeOffset To) Bounds(DateOnly first, DateOnly last) =>
        (OperatingCalendar.DayStart(first).ToUniversalTime(), OperatingCalendar.DayStart(last.AddMonths(1)).ToUniversalTime());

    private IQueryable<Reservation> Completed() =>
        db.Reservations.AsNoTracking().Where(r => r.Status == ReservationStatus.Completed && r.CheckedOutAt != null);

    private IQueryable<Reservation> InScope(IQueryable<Reservation> query, FacilityActor actor)
    {
        var industries = actor.Industries.ToList();
        var center = actor.CenterId;
        return query.Where(r => db.Equipment.Any(e => e.Id == r.EquipmentId && ((center != null && e.CenterId == center) || industries.Contains(e.IndustryCode))));
    }

    private IQueryable<StatementLine> Lines(IQueryable<Reservation> query) =>
        from r in query
        join e in db.Equipment on r.EquipmentId equals e.Id
        join c in db.Organizations on e.CenterId equals c.Id
        let package = db.ServicePackages.FirstOrDefault(p => db.SupportAssignments.Any(a => a.ReservationId == r.Id && a.PackageId == p.Id))
        select new StatementLine(r.Id, r.CheckedOutAt!.Value, e.Id, e.NameKo, e.NameEn, c.Id, c.NameKo, c.NameEn, r.Start, r.End, r.Samples,
            r.FeeKrw ?? 0, r.VatKrw ?? 0, package == null ? null : package.NameKo, package == null ? null : package.NameEn);
}
