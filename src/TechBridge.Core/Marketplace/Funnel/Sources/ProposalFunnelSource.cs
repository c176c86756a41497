using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Programs.Proposals;

namespace TechBridge.Core.Marketplace.Funnel.Sources;

/// <summary>
/// Consortia that applied to a call: proposals submitted (and not withdrawn), by the month of submission, under the call's
/// program and the proposal's field (else the call's fields).
/// </summary>
public sealed class ProposalFunnelSource(TechBridgeDbContext db) : IFunnelSource
{
    public async Task<IReadOnlyList<FunnelActivity>> ActivitiesAsync(FunnelWindow window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(window);
        var proposals = await db.Proposals.AsNoTracking()
            .Where(p => p.Status == ProposalStatus.Submitted && p.SubmittedAt >= window.From && p.SubmittedAt < window.To && (window.IncludeDemo || !p.IsDemo))
            .Join(db.ProgramCalls, p => p.CallId, c => c.Id, (p, c) => new
            {
                p.SubmittedAt, p.FieldCode, c.ProgramCode, CallFields = c.Fields.Select(f => f.FieldCode).ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. proposals.Select(p => new FunnelActivity(
            FunnelStage.ConsortiaApplied, FunnelWindow.MonthOf(p.SubmittedAt!.Value), p.ProgramCode,
            p.FieldCode is { Length: > 0 } field ? [field] : [.. p.CallFields.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]))];
    }
}
