using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;

namespace TechBridge.Core.Marketplace.Funnel.Sources;

/// <summary>Needs filed: every need by the month it was created, under its fields; no program.</summary>
public sealed class NeedFunnelSource(TechBridgeDbContext db) : IFunnelSource
{
    public async Task<IReadOnlyList<FunnelActivity>> ActivitiesAsync(FunnelWindow window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(window);
        var needs = await db.TechnologyNeeds.AsNoTracking()
            .Where(n => n.CreatedAt >= window.From && n.CreatedAt < window.To && (window.IncludeDemo || !n.IsDemo))
            .Select(n => new { n.CreatedAt, Fields = n.Fields.Select(f => f.FieldCode).ToList() })
            .ToListAsync(cancellationToken);
        return [.. needs.Select(n => new FunnelActivity(FunnelStage.NeedsFiled, FunnelWindow.MonthOf(n.CreatedAt), FunnelCodes.General, n.Fields))];
    }
}
