using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Marketplace.Inquiries;

namespace TechBridge.Core.Marketplace.Funnel.Sources;

/// <summary>
/// Partners contacted through inquiries, by the month sent: about a technology → NTB under the technology's fields; about a
/// need → no program, under the need's fields; about an organisation or a person → no program, unclassified. An inquiry is
/// demo data when its subject is.
/// </summary>
public sealed class InquiryFunnelSource(TechBridgeDbContext db) : IFunnelSource
{
    public async Task<IReadOnlyList<FunnelActivity>> ActivitiesAsync(FunnelWindow window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(window);
        var inquiries = await db.Inquiries.AsNoTracking()
            .Where(i => i.CreatedAt >= window.From && i.CreatedAt < window.To)
            .Select(i => new { i.SubjectKind, i.SubjectId, i.CreatedAt })
            .ToListAsync(cancellationToken);
        var ids = inquiries.Select(i => i.SubjectId).Distinct().ToList();
        var technologies = await db.PublicTechnologies.AsNoTracking().Where(t => ids.Contains(t.Id))
            .Select(t => new { t.Id, t.IsDemo, Fields = t.Fields.Select(f => f.FieldCode).ToList() }).ToDictionaryAsync(t => t.Id, cancellationToken);
        var needs = await db.TechnologyNeeds.AsNoTracking().Where(n => ids.Contains(n.Id))
            .Select(n => new { n.Id, n.IsDemo, Fields = n.Fields.Select(f => f.FieldCode).ToList() }).ToDictionaryAsync(n => n.Id, cancellationToken);
        var demoParties = (await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id) && o.IsDemo).Select(o => o.Id).ToListAsync(cancellationToken))
            .Concat(await db.People.AsNoTracking().Where(p => ids.Contains(p.Id) && p.IsDemo).Select(p => p.Id).ToListAsync(cancellationToken))
            .ToHashSet();

        var activities = new List<FunnelActivity>(inquiries.Count);
        foreach (var inquiry in inquiries)
        {
            var month = FunnelWindow.MonthOf(inquiry.CreatedAt);
            var (demo, activity) = inquiry.SubjectKind switch
            {
                InquirySubjectKind.Technology when technologies.TryGetValue(inquiry.SubjectId, out var t) =>
                    (t.IsDemo, new FunnelActivity(FunnelStage.PartnersContacted, month, FunnelCodes.Ntb, t.Fields)),
                InquirySubjectKind.Technology => (false, new FunnelActivity(FunnelStage.PartnersContacted, month, FunnelCodes.Ntb, [])),
                InquirySubjectKind.Need when needs.TryGetValue(inquiry.SubjectId, out var n) =>
                    (n.IsDemo, new FunnelActivity(FunnelStage.PartnersContacted, month, FunnelCodes.General, n.Fields)),
                _ => (demoParties.Contains(inquiry.SubjectId), new FunnelActivity(FunnelStage.PartnersContacted, month, FunnelCodes.General, [])),
            };
            if (window.IncludeDemo || !demo)
            {
                activities.Add(activity);
            }
        }

        return activities;
    }
}
