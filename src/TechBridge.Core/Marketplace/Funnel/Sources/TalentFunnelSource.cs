using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Marketplace.Talent;

namespace TechBridge.Core.Marketplace.Funnel.Sources;

/// <summary>
/// Talent matching. Hi-TECH (NEXTGEN_RESEARCHER_HITECH), under the need's fields: a task proposed to a young researcher (a
/// partner contacted, by the month proposed) and an accepted proposal (a partnership opened, by the month answered; the
/// proposal a consortium then submits is counted by the proposals source under its call's program). K-TAG advice (K_TAG),
/// under the request's field: a request (a partner contacted, by the month asked) and a logged session (a meeting held, by
/// the session's date). A match is demo data when its need is; advisory requests never are.
/// </summary>
public sealed class TalentFunnelSource(TechBridgeDbContext db) : IFunnelSource
{
    public const string HiTech = "NEXTGEN_RESEARCHER_HITECH";
    public const string Ktag = "K_TAG";

    public async Task<IReadOnlyList<FunnelActivity>> ActivitiesAsync(FunnelWindow window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(window);
        var (from, to, demo) = (window.From, window.To, window.IncludeDemo);
        var matches = await db.HiTechMatches.AsNoTracking()
            .Where(m => (m.ProposedAt >= from && m.ProposedAt < to) || (m.Status == HiTechMatchStatus.Accepted && m.AnsweredAt >= from && m.AnsweredAt < to))
            .Join(db.TechnologyNeeds, m => m.NeedId, n => n.Id, (m, n) => new { m.ProposedAt, m.Status, m.AnsweredAt, n.IsDemo, Fields = n.Fields.Select(f => f.FieldCode).ToList() })
            .Where(m => demo || !m.IsDemo)
            .ToListAsync(cancellationToken);
        var activities = new List<FunnelActivity>();
        foreach (var m in matches)
        {
            if (window.Contains(m.ProposedAt))
            {
                activities.Add(new FunnelActivity(FunnelStage.PartnersContacted, FunnelWindow.MonthOf(m.ProposedAt), HiTech, m.Fields));
            }

            if (m.Status == HiTechMatchStatus.Accepted && m.AnsweredAt is { } answered && window.Contains(answered))
            {
                activities.Add(new FunnelActivity(FunnelStage.DealsOpened, FunnelWindow.MonthOf(answered), HiTech, m.Fields));
            }
        }

        var (first, last) = (window.FirstDay, window.LastDay);
        var requests = await db.AdvisoryRequests.AsNoTracking()
            .Where(r => (r.RequestedAt >= from && r.RequestedAt < to) || (r.Status == AdvisoryStatus.Completed && r.SessionOn >= first && r.SessionOn <= last))
            .Select(r => new { r.RequestedAt, r.Status, r.SessionOn, r.FieldCode })
            .ToListAsync(cancellationToken);
        foreach (var r in requests)
        {
            IReadOnlyList<string> fields = r.FieldCode is null ? [] : [r.FieldCode];
            if (window.Contains(r.RequestedAt))
            {
                activities.Add(new FunnelActivity(FunnelStage.PartnersContacted, FunnelWindow.MonthOf(r.RequestedAt), Ktag, fields));
            }

            if (r.Status == AdvisoryStatus.Completed && r.SessionOn is { } on && window.Contains(on))
            {
                activities.Add(new FunnelActivity(FunnelStage.MeetingsHeld, FunnelWindow.MonthOf(on), Ktag, fields));
            }
        }

        return activities;
    }
}
