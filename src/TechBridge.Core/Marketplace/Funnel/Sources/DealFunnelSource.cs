using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Marketplace.Deals;

namespace TechBridge.Core.Marketplace.Funnel.Sources;

/// <summary>
/// Technology transfer deals (NTB), under their technology's fields: opened (by the month opened), the technical-meeting
/// step (a meeting held, by the step's date) and a contract step with a licence kind (a licence, by the step's date). A
/// deal lost later still counts for what it reached. A deal is demo data when its technology is.
/// </summary>
public sealed class DealFunnelSource(TechBridgeDbContext db) : IFunnelSource
{
    public async Task<IReadOnlyList<FunnelActivity>> ActivitiesAsync(FunnelWindow window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(window);
        var opened = await db.Deals.AsNoTracking()
            .Where(d => d.OpenedAt >= window.From && d.OpenedAt < window.To)
            .Select(d => new { d.TechnologyId, d.OpenedAt })
            .ToListAsync(cancellationToken);
        var (first, last) = (window.FirstDay, window.LastDay);
        var steps = await db.DealSteps.AsNoTracking()
            .Where(s => s.OccurredOn >= first && s.OccurredOn <= last
                && (s.Stage == DealState.TechnicalMeeting || (s.Stage == DealState.Contract && s.LicenceKind != null)))
            .Join(db.Deals, s => s.DealId, d => d.Id, (s, d) => new { s.DealId, s.Stage, s.OccurredOn, d.TechnologyId })
            .ToListAsync(cancellationToken);
        var ids = opened.Select(d => d.TechnologyId).Concat(steps.Select(s => s.TechnologyId)).Distinct().ToList();
        var technologies = await db.PublicTechnologies.AsNoTracking().Where(t => ids.Contains(t.Id))
            .Select(t => new { t.Id, t.IsDemo, Fields = t.Fields.Select(f => f.FieldCode).ToList() }).ToDictionaryAsync(t => t.Id, cancellationToken);

        bool Counts(Guid technology) => window.IncludeDemo || !(technologies.TryGetValue(technology, out var t) && t.IsDemo);
        IReadOnlyList<string> Fields(Guid technology) => technologies.TryGetValue(technology, out var t) ? t.Fields : [];

        var activities = opened.Where(d => Counts(d.TechnologyId))
            .Select(d => new FunnelActivity(FunnelStage.DealsOpened, FunnelWindow.MonthOf(d.OpenedAt), FunnelCodes.Ntb, Fields(d.TechnologyId)))
            .ToList();
        // One step per deal and stage (the first), should a stage ever be recorded twice.
        activities.AddRange(steps.Where(s => Counts(s.TechnologyId))
            .GroupBy(s => (s.DealId, s.Stage))
            .Select(g => g.MinBy(s => s.OccurredOn)!)
            .Select(s => new FunnelActivity(
                s.Stage == DealState.TechnicalMeeting ? FunnelStage.MeetingsHeld : FunnelStage.Licences,
                FunnelWindow.MonthOf(s.OccurredOn), FunnelCodes.Ntb, Fields(s.TechnologyId))));
        return activities;
    }
}
