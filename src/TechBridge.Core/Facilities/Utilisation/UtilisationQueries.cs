using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Facilities.Reservations;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Facilities.Utilisation;

/// <summary>
/// Utilisation of equipment (the policy goal of i-Platform): hours booked (confirmed, in use or completed reservations)
/// within operating hours, over the hours the equipment was open (operating windows minus blackouts), per month,
/// industry, center and item. Reservations that hold the equipment overnight count only their operating hours, so no
/// rate exceeds 100%. Items acquired 10 or more years ago and booked ≥ 60% are upgrade candidates; items acquired 5 or
/// more years ago and booked under 10% over a period of at least 6 months are disposal candidates.
/// </summary>
public sealed class UtilisationQueries(TechBridgeDbContext db, TimeProvider time)
{
    public const double UpgradeRate = 0.6;
    public const double IdleRate = 0.1;
    public const int AgedYears = 10;

    /// <summary>Idle equipment younger than this is not proposed for disposal (it may still be finding its users).</summary>
    public const int DisposalYears = 5;
    public const int MaxMonths = 24;

    private static readonly ReservationStatus[] Booked = [ReservationStatus.Confirmed, ReservationStatus.CheckedIn, ReservationStatus.Completed];

    public async Task<UtilisationReport> ReportAsync(FacilityActor actor, UtilisationFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(filter);
        var first = new DateOnly(filter.FirstMonth.Year, filter.FirstMonth.Month, 1);
        var last = new DateOnly(filter.LastMonth.Year, filter.LastMonth.Month, 1);
        var months = (last.Year - first.Year) * 12 + last.Month - first.Month + 1;
        if (months is < 1 or > MaxMonths)
        {
            throw ValidationFailedException.For("from", CoreMessages.Get("Utilisation.Period", MaxMonths));
        }

        // Npgsql writes only UTC instants.
        var from = OperatingCalendar.DayStart(first).ToUniversalTime();
        var to = OperatingCalendar.DayStart(last.AddMonths(1)).ToUniversalTime();
        var equipment = Scope(actor, filter);
        var items = await equipment
            .Select(e => new
            {
                e.Id, e.NameKo, e.NameEn, e.CenterId, CenterKo = e.Center!.NameKo, CenterEn = e.Center.NameEn, e.IndustryCode, e.YearAcquired,
                e.Status, e.OpensAtMinute, e.ClosesAtMinute, e.OperatingDays,
            })
            .ToListAsync(cancellationToken);
        var ids = equipment.Select(e => e.Id);
        var reservations = (await db.Reservations.AsNoTracking()
                .Where(r => ids.Contains(r.EquipmentId) && Booked.Contains(r.Status) && r.Start < to && from < r.End)
                .Select(r => new { r.EquipmentId, r.Start, r.End }).ToListAsync(cancellationToken))
            .ToLookup(r => r.EquipmentId, r => new TimeInterval(r.Start, r.End));
        var blackouts = (await db.EquipmentBlackouts.AsNoTracking()
                .Where(b => ids.Contains(b.EquipmentId) && b.Start < to && from < b.End)
                .Select(b => new { b.EquipmentId, b.Start, b.End }).ToListAsync(cancellationToken))
            .ToLookup(b => b.EquipmentId, b => new TimeInterval(b.Start, b.End));

        var byMonth = new UtilisationFigure[months];
        Array.Fill(byMonth, UtilisationFigure.Zero);
        var perItem = new List<EquipmentUtilisation>(items.Count);
        var thisYear = Kst.ToKst(time.GetUtcNow()).Year;
        foreach (var e in items)
        {
            var rules = new BookingRules { OpensAtMinute = e.OpensAtMinute, ClosesAtMinute = e.ClosesAtMinute, Days = e.OperatingDays };
            var total = UtilisationFigure.Zero;
            for (var m = 0; m < months; m++)
            {
                var month = new TimeInterval(OperatingCalendar.DayStart(first.AddMonths(m)), OperatingCalendar.DayStart(first.AddMonths(m + 1)));
                var figure = Measure(rules, month.Start, month.End, [.. reservations[e.Id].Where(month.Overlaps)], blackouts[e.Id].Where(month.Overlaps));
                byMonth[m] += figure;
                total += figure;
            }

            var advice = e.YearAcquired is { } year && thisYear - year >= AgedYears && total.Rate >= UpgradeRate ? UtilisationAdvice.UpgradeCandidate
                : months >= 6 && total.OpenHours > 0 && total.Rate < IdleRate && e.Status != EquipmentStatus.Disposed
                  && e.YearAcquired is { } acquired && thisYear - acquired >= DisposalYears ? UtilisationAdvice.DisposalCandidate
                : UtilisationAdvice.None;
            perItem.Add(new EquipmentUtilisation(e.Id, e.NameKo, e.NameEn, e.CenterId, e.CenterKo, e.CenterEn, e.IndustryCode, e.YearAcquired, e.Status, total, advice));
        }

        var industries = await db.Industries.AsNoTracking().ToDictionaryAsync(i => i.Code, cancellationToken);
        return new UtilisationReport(
            filter,
            perItem.Aggregate(UtilisationFigure.Zero, (sum, i) => sum + i.Figure),
            [.. byMonth.Select((f, m) => new MonthUtilisation(first.AddMonths(m), f))],
            [.. perItem.GroupBy(i => i.IndustryCode).Select(g => new GroupUtilisation(g.Key, industries[g.Key].NameKo, industries[g.Key].NameEn, g.Count(), Sum(g)))
                .OrderBy(g => industries[g.Key].SortOrder)],
            [.. perItem.GroupBy(i => i.CenterId).Select(g => new GroupUtilisation(g.Key.ToString(), g.First().CenterKo, g.First().CenterEn, g.Count(), Sum(g)))
                .OrderByDescending(g => g.Figure.Rate).ThenBy(g => g.NameKo, StringComparer.Ordinal)],
            [.. perItem.OrderByDescending(i => i.Figure.Rate).ThenBy(i => i.NameKo, StringComparer.Ordinal)]);
    }

    /// <summary>Open hours (windows minus blackouts) and booked hours within them, in [from, to).</summary>
    public static UtilisationFigure Measure(BookingRules rules, DateTimeOffset from, DateTimeOffset to, IEnumerable<TimeInterval> booked, IEnumerable<TimeInterval> blocked)
    {
        var open = OperatingCalendar.Free(rules, from, to, blocked);
        var bookedList = booked as IReadOnlyCollection<TimeInterval> ?? [.. booked];
        double openHours = 0, bookedHours = 0;
        foreach (var window in open)
        {
            openHours += window.Duration.TotalHours;
            foreach (var b in bookedList.Where(b => b.Overlaps(window)))
            {
                var start = b.Start > window.Start ? b.Start : window.Start;
                var end = b.End < window.End ? b.End : window.End;
                bookedHours += (end - start).TotalHours;
            }
        }

        return new UtilisationFigure(bookedHours, openHours);
    }

    private IQueryable<Equipment> Scope(FacilityActor actor, UtilisationFilter filter)
    {
        var query = db.Equipment.AsNoTracking();
        if (!actor.IsOverseer)
        {
            var industries = actor.Industries.ToList();
            query = query.Where(e => (actor.CenterId != null && e.CenterId == actor.CenterId) || industries.Contains(e.IndustryCode));
        }

        if (filter.IndustryCode is { } industry)
        {
            query = query.Where(e => e.IndustryCode == industry);
        }

        if (filter.CenterId is { } center)
        {
            query = query.Where(e => e.CenterId == center);
        }

        if (filter.EquipmentId is { } item)
        {
            query = query.Where(e => e.Id == item);
        }

        return query;
    }

    private static UtilisationFigure Sum(IEnumerable<EquipmentUtilisation> items) => items.Aggregate(UtilisationFigure.Zero, (sum, i) => sum + i.Figure);
}
