using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Eligibility;
using TechBridge.Core.Programs.Proposals;
using TechBridge.Core.Programs.Review.Assignments;
using TechBridge.Core.Programs.Review.Pool;
using TechBridge.Core.Shared.Optimisation;

namespace TechBridge.Core.Programs.Selection;

/// <summary>
/// Everything a call's selection is computed from, as stored: each submitted proposal (screening outcome, submission
/// instant, government budget, field, country of the first overseas partner), each review stage (weight, cut-off) and each
/// submitted review total, whether totals are normalised, the budget, the quotas and the adjustments. Read in a fixed
/// order, so its fingerprint (<see cref="Fingerprint"/>, a SHA-256) changes exactly when one of them does.
/// </summary>
public sealed record SelectionInputs(
    long BudgetKrw,
    bool KeepsRawScores,
    IReadOnlyList<SelectionInputs.Stage> Stages,
    IReadOnlyList<SelectionInputs.Candidate> Proposals,
    IReadOnlyList<SelectionInputs.Review> Reviews,
    IReadOnlyList<SelectionQuota> Quotas,
    IReadOnlyList<SelectionInputs.Adjustment> Adjustments)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public sealed record Stage(int Position, int WeightPercent, int? CutOff);

    public sealed record Candidate(Guid Id, string ReceiptNumber, DateTimeOffset SubmittedAt, ScreeningOutcome? Screening, long CostKrw, string? FieldCode, string? CountryCode);

    public sealed record Review(Guid ProposalId, Guid ReviewerId, int StagePosition, double Total);

    public sealed record Adjustment(Guid ProposalId, AdjustmentKind Kind);

    public string Fingerprint() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(this, Json))));

    public static async Task<SelectionInputs> LoadAsync(TechBridgeDbContext db, ProgramCall call, IReadOnlyList<SelectionQuota> quotas, CancellationToken cancellationToken)
    {
        var proposals = (await db.Proposals.AsNoTracking().Where(p => p.CallId == call.Id && p.Status == ProposalStatus.Submitted)
                .Select(p => new { p.Id, p.ReceiptNumber, p.SubmittedAt, p.Screening, p.SnapshotJson }).ToListAsync(cancellationToken))
            .Select(p =>
            {
                var content = ProposalSnapshots.Deserialize(p.SnapshotJson!).Content;
                var country = content.Partners.Where(x => x.Role == PartnerRole.Overseas).OrderBy(x => x.Position).Select(x => x.CountryCode).FirstOrDefault();
                return new Candidate(p.Id, p.ReceiptNumber!, p.SubmittedAt!.Value, p.Screening, content.GovernmentKrw, content.FieldCode, country);
            })
            .OrderBy(p => p.ReceiptNumber, StringComparer.Ordinal).ToList();
        var reviews = (await db.ReviewAssignments.AsNoTracking().Where(a => a.CallId == call.Id && a.Status == AssignmentStatus.Submitted)
                .Select(a => new Review(a.ProposalId, a.ReviewerId, a.StagePosition, a.Total!.Value)).ToListAsync(cancellationToken))
            .OrderBy(r => r.StagePosition).ThenBy(r => r.ProposalId).ThenBy(r => r.ReviewerId).ToList();
        var adjustments = (await db.SelectionAdjustments.AsNoTracking().Where(a => a.CallId == call.Id)
                .Select(a => new Adjustment(a.ProposalId, a.Kind)).ToListAsync(cancellationToken))
            .OrderBy(a => a.ProposalId).ToList();
        var stages = call.Stages.Where(s => s.Kind != StageKind.Screening).OrderBy(s => s.Position).Select(s => new Stage(s.Position, s.WeightPercent, s.CutOff)).ToList();
        var orderedQuotas = quotas.OrderBy(q => q.Dimension, StringComparer.Ordinal).ThenBy(q => q.Value, StringComparer.Ordinal).ToList();
        return new SelectionInputs(call.TotalBudgetKrw, call.KeepsRawScores, stages, proposals, reviews, orderedQuotas, adjustments);
    }
}
