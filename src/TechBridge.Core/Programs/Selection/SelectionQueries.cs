using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Proposals;
using TechBridge.Core.Programs.Review.Assignments;
using TechBridge.Core.Shared.Optimisation;

namespace TechBridge.Core.Programs.Selection;

/// <summary>
/// A call's selection as its program managers read it: the call's terms the rules use, whether the selection can run, and
/// once it ran the ranking report with every proposal's scores, outcome and adjustment (with who made it, when and why).
/// </summary>
/// <param name="CanRun">Every review stage is closed and the selection is not published.</param>
/// <param name="Report">Null until the selection has run.</param>
public sealed record SelectionView(
    Guid CallId, string CallTitleKo, string CallTitleEn, long BudgetKrw, bool KeepsRawScores, IReadOnlyList<string> FieldCodes,
    IReadOnlyList<SelectionStageView> Stages, bool CanRun, SelectionReportView? Report);

public sealed record SelectionStageView(int Position, StageKind Kind, int WeightPercent, int? CutOff, bool Closed);

/// <param name="InputsSha256">The fingerprint of the inputs the report was computed from (see <see cref="SelectionInputs"/>).</param>
/// <param name="Entries">Ranked proposals first in rank order, then the others in receipt order.</param>
public sealed record SelectionReportView(
    DateTimeOffset RunAt, string RunBy, long BudgetKrw, double TotalScore, long TotalCostKrw, IReadOnlyList<SelectionQuota> Quotas, string InputsSha256,
    DateTimeOffset? PublishedAt, string? PublishedBy, IReadOnlyList<SelectionEntryView> Entries);

public sealed record SelectionEntryView(
    Guid ProposalId, string ReceiptNumber, string TitleKo, string TitleEn, string? FieldCode, string? CountryCode, long CostKrw,
    IReadOnlyList<SelectionStageScore> StageScores, double? FinalScore, int? Rank, SelectionOutcome Outcome, SelectionAdjustmentView? Adjustment);

public sealed record SelectionStageScore(int Position, double Score);

public sealed record SelectionAdjustmentView(AdjustmentKind Kind, string Justification, string By, DateTimeOffset At);

/// <summary>Reads a call's selection for its program managers (and administrators); anyone else is refused.</summary>
public sealed class SelectionQueries(TechBridgeDbContext db, ProgramActors actors)
{
    public async Task<SelectionView> GetAsync(Guid userId, Guid callId, CancellationToken cancellationToken = default)
    {
        await ReviewStages.RequireManagerAsync(actors, userId, cancellationToken);
        var call = await db.ProgramCalls.AsNoTracking().Include(c => c.Stages).Include(c => c.Fields).SingleOrDefaultAsync(c => c.Id == callId, cancellationToken)
            ?? throw new Shared.Errors.NotFoundException(nameof(ProgramCall), callId);
        var stages = call.Stages.Where(s => s.Kind != StageKind.Screening).OrderBy(s => s.Position)
            .Select(s => new SelectionStageView(s.Position, s.Kind, s.WeightPercent, s.CutOff, s.ClosedAt is not null)).ToList();
        var selection = await db.CallSelections.AsNoTracking().Include(s => s.Entries).SingleOrDefaultAsync(s => s.CallId == callId, cancellationToken);
        var canRun = stages.Count > 0 && stages.All(s => s.Closed) && selection?.PublishedAt is null;
        var report = selection is null ? null : await ReportAsync(selection, cancellationToken);
        return new SelectionView(call.Id, call.TitleKo, call.TitleEn, call.TotalBudgetKrw, call.KeepsRawScores,
            [.. call.Fields.Select(f => f.FieldCode).Order(StringComparer.Ordinal)], stages, canRun, report);
    }

    private async Task<SelectionReportView> ReportAsync(CallSelection selection, CancellationToken cancellationToken)
    {
        var ids = selection.Entries.Select(e => e.ProposalId).ToList();
        var proposals = (await db.Proposals.AsNoTracking().Where(p => ids.Contains(p.Id))
                .Select(p => new { p.Id, p.ReceiptNumber, p.TitleKo, p.TitleEn, p.SnapshotJson }).ToListAsync(cancellationToken))
            .ToDictionary(p => p.Id, p =>
            {
                var content = p.SnapshotJson is null ? null : ProposalSnapshots.Deserialize(p.SnapshotJson).Content;
                return (Receipt: p.ReceiptNumber ?? string.Empty, TitleKo: content?.TitleKo ?? p.TitleKo, TitleEn: content?.TitleEn ?? p.TitleEn);
            });
        var adjustments = await db.SelectionAdjustments.AsNoTracking().Where(a => a.CallId == selection.CallId)
            .Select(a => new { a.ProposalId, a.Kind, a.Justification, a.At, By = db.Users.Where(u => u.Id == a.ById).Select(u => u.DisplayName).FirstOrDefault() })
            .ToDictionaryAsync(a => a.ProposalId, cancellationToken);
        var people = new[] { selection.RunById, selection.PublishedById ?? Guid.Empty };
        var names = await db.Users.AsNoTracking().Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);

        var entries = selection.Entries
            .OrderBy(e => e.Rank is null).ThenBy(e => e.Rank).ThenBy(e => proposals[e.ProposalId].Receipt, StringComparer.Ordinal)
            .Select(e =>
            {
                var p = proposals[e.ProposalId];
                var scores = (JsonSerializer.Deserialize<Dictionary<string, double>>(e.StageScoresJson) ?? [])
                    .Select(s => new SelectionStageScore(int.Parse(s.Key, CultureInfo.InvariantCulture), s.Value)).OrderBy(s => s.Position).ToList();
                var adjustment = adjustments.TryGetValue(e.ProposalId, out var a) ? new SelectionAdjustmentView(a.Kind, a.Justification, a.By ?? string.Empty, a.At) : null;
                return new SelectionEntryView(e.ProposalId, p.Receipt, p.TitleKo, p.TitleEn, e.FieldCode, e.CountryCode, e.CostKrw, scores, e.FinalScore, e.Rank, e.Outcome, adjustment);
            })
            .ToList();
        return new SelectionReportView(selection.RunAt, names.GetValueOrDefault(selection.RunById, string.Empty), selection.BudgetKrw, selection.TotalScore,
            selection.TotalCostKrw, SelectionService.Quotas(selection), selection.InputsSha256, selection.PublishedAt,
            selection.PublishedById is { } by ? names.GetValueOrDefault(by, string.Empty) : null, entries);
    }
}
