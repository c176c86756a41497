using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Programs.Proposals;

namespace TechBridge.Core.Marketplace.Funnel.Sources;

/// <summary>
/// Consortia the marketplace led to that applied to a call: proposals submitted (and not withdrawn) that started from a
/// Hi-TECH match, or whose consortium holds two organisations between which an inquiry was sent before the submission
/// (either way round). A proposal with no such trail is a call's business, not the marketplace's, and is not counted.
/// Counted by the month of submission, under the call's program and the proposal's field (else the call's fields).
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
                p.SubmittedAt, p.FieldCode, p.HiTechMatchId, c.ProgramCode, CallFields = c.Fields.Select(f => f.FieldCode).ToList(),
                Organizations = p.Partners.Where(x => x.OrganizationId != null).Select(x => x.OrganizationId!.Value).ToList(),
            })
            .ToListAsync(cancellationToken);
        var organizations = proposals.SelectMany(p => p.Organizations).Distinct().ToList();
        var contacts = organizations.Count == 0 ? [] : await db.Inquiries.AsNoTracking()
            .Where(i => i.SenderOrganizationId != null && i.RecipientOrganizationId != null && i.CreatedAt < window.To
                && organizations.Contains(i.SenderOrganizationId.Value) && organizations.Contains(i.RecipientOrganizationId.Value))
            .Select(i => new { From = i.SenderOrganizationId!.Value, To = i.RecipientOrganizationId!.Value, i.CreatedAt })
            .ToListAsync(cancellationToken);
        return [.. proposals
            .Where(p => p.HiTechMatchId is not null || contacts.Any(c =>
                c.From != c.To && c.CreatedAt < p.SubmittedAt && p.Organizations.Contains(c.From) && p.Organizations.Contains(c.To)))
            .Select(p => new FunnelActivity(
                FunnelStage.ConsortiaApplied, FunnelWindow.MonthOf(p.SubmittedAt!.Value), p.ProgramCode,
                p.FieldCode is { Length: > 0 } field ? [field] : [.. p.CallFields.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]))];
    }
}
