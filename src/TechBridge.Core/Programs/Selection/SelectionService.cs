using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Proposals;
using TechBridge.Core.Programs.Review.Assignments;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Optimisation;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Programs.Selection;

/// <summary>
/// The program manager's selection of a call whose review stages are all closed: run it with quotas, adjust it (fund or
/// not fund a ranked proposal, with a justification; the selection is worked out again around the decision), and publish
/// it (see <see cref="SelectionDecisions"/>). Every change is audited; nothing changes after publication.
/// </summary>
public sealed class SelectionService(TechBridgeDbContext db, ProgramActors actors, TaxonomyCatalog taxonomy, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<CallSelection> RunAsync(Guid userId, Guid callId, IReadOnlyList<SelectionQuota>? quotas, CancellationToken cancellationToken = default)
    {
        await ReviewStages.RequireManagerAsync(actors, userId, cancellationToken);
        await ValidateQuotasAsync(callId, quotas ??= [], cancellationToken);
        var call = await LoadReadyCallAsync(callId, cancellationToken);
        var selection = await db.CallSelections.Include(s => s.Entries).SingleOrDefaultAsync(s => s.CallId == callId, cancellationToken);
        RequireUnpublished(selection);
        await ComputeAsync(call, selection, quotas, userId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return (await db.CallSelections.AsNoTracking().Include(s => s.Entries).SingleAsync(s => s.CallId == callId, cancellationToken));
    }

    /// <param name="kind">Fund (ForceIn) or not (ForceOut); null lifts the adjustment.</param>
    public async Task<CallSelection> AdjustAsync(
        Guid userId, Guid callId, Guid proposalId, AdjustmentKind? kind, string? justification, CancellationToken cancellationToken = default)
    {
        await ReviewStages.RequireManagerAsync(actors, userId, cancellationToken);
        var call = await LoadReadyCallAsync(callId, cancellationToken);
        var selection = await db.CallSelections.Include(s => s.Entries).SingleOrDefaultAsync(s => s.CallId == callId, cancellationToken)
            ?? throw new BusinessRuleException("Selection.NotRun", CoreMessages.Get("Selection.NotRun"));
        RequireUnpublished(selection);
        var entry = selection.Entries.SingleOrDefault(e => e.ProposalId == proposalId) ?? throw new NotFoundException(nameof(Proposal), proposalId);
        var errors = new ValidationErrors();
        if (kind is { } k && !Enum.IsDefined(k))
        {
            errors.Add("kind", CoreMessages.Get("Validation.Choose", CoreMessages.Get("Field.Adjustment")));
        }
        else if (kind is not null)
        {
            errors.RequireText("justification", justification, "Field.Justification", SelectionLimits.JustificationLength);
            errors.PlainText("justification", justification);
        }

        errors.ThrowIfAny();
        if (kind is not null && entry.Rank is null)
        {
            throw new BusinessRuleException("Selection.NotRanked", CoreMessages.Get("Selection.NotRanked"));
        }

        var existing = await db.SelectionAdjustments.SingleOrDefaultAsync(a => a.CallId == callId && a.ProposalId == proposalId, cancellationToken);
        var now = Clock.UtcNow(time);
        if (kind is null)
        {
            if (existing is not null)
            {
                db.SelectionAdjustments.Remove(existing);
            }
        }
        else if (existing is null)
        {
            db.SelectionAdjustments.Add(new SelectionAdjustment { CallId = callId, ProposalId = proposalId, Kind = kind.Value, Justification = justification!.Trim(), ById = userId, At = now });
        }
        else
        {
            (existing.Kind, existing.Justification, existing.ById, existing.At) = (kind.Value, justification!.Trim(), userId, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        await ComputeAsync(call, selection, Quotas(selection), userId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await db.CallSelections.AsNoTracking().Include(s => s.Entries).SingleAsync(s => s.CallId == callId, cancellationToken);
    }

    /// <summary>Works the selection out again from what is stored now and says whether it matches the stored report.</summary>
    public async Task<SelectionVerification> VerifyAsync(Guid userId, Guid callId, CancellationToken cancellationToken = default)
    {
        await ReviewStages.RequireManagerAsync(actors, userId, cancellationToken);
        var call = await ReviewStages.LoadCallAsync(db, callId, cancellationToken);
        var selection = await db.CallSelections.AsNoTracking().Include(s => s.Entries).SingleOrDefaultAsync(s => s.CallId == callId, cancellationToken)
            ?? throw new BusinessRuleException("Selection.NotRun", CoreMessages.Get("Selection.NotRun"));
        var inputs = await SelectionInputs.LoadAsync(db, call, Quotas(selection), cancellationToken);
        var again = SelectionRules.Compute(callId, inputs);
        var stored = selection.Entries.ToDictionary(e => e.ProposalId);
        var differences = again.Entries.Where(e => !stored.TryGetValue(e.ProposalId, out var s)
                || (s.Outcome, s.Rank, s.FinalScore, s.StageScoresJson, s.CostKrw) != (e.Outcome, e.Rank, e.FinalScore, e.StageScoresJson, e.CostKrw))
            .Select(e => e.ProposalId).ToList();
        return new SelectionVerification(inputs.Fingerprint() == selection.InputsSha256, differences.Count == 0 && again.Entries.Count == stored.Count, selection.InputsSha256, inputs.Fingerprint(), differences);
    }

    internal static IReadOnlyList<SelectionQuota> Quotas(CallSelection selection) =>
        JsonSerializer.Deserialize<List<SelectionQuota>>(selection.QuotasJson, Json) ?? [];

    private async Task ComputeAsync(ProgramCall call, CallSelection? selection, IReadOnlyList<SelectionQuota> quotas, Guid userId, CancellationToken cancellationToken)
    {
        var inputs = await SelectionInputs.LoadAsync(db, call, quotas, cancellationToken);
        SelectionComputation computed;
        try
        {
            computed = SelectionRules.Compute(call.Id, inputs);
        }
        catch (InfeasibleProblemException)
        {
            throw new BusinessRuleException("Selection.Infeasible", CoreMessages.Get("Selection.Infeasible"));
        }

        if (selection is null)
        {
            selection = new CallSelection { CallId = call.Id };
            db.CallSelections.Add(selection);
        }
        else
        {
            db.RemoveRange(selection.Entries);
            await db.SaveChangesAsync(cancellationToken);
            selection.Entries.Clear();
        }

        selection.QuotasJson = JsonSerializer.Serialize(inputs.Quotas, Json);
        selection.RunById = userId;
        selection.RunAt = Clock.UtcNow(time);
        selection.BudgetKrw = inputs.BudgetKrw;
        selection.TotalScore = computed.TotalScore;
        selection.TotalCostKrw = computed.TotalCostKrw;
        selection.InputsSha256 = inputs.Fingerprint();
        foreach (var entry in computed.Entries)
        {
            // Into the collection first: adding to the context then fixes up the navigation without a second copy.
            selection.Entries.Add(entry);
            db.Add(entry);
        }
    }

    private async Task<ProgramCall> LoadReadyCallAsync(Guid callId, CancellationToken cancellationToken)
    {
        var call = await ReviewStages.LoadCallAsync(db, callId, cancellationToken);
        var stages = call.Stages.Where(s => s.Kind != StageKind.Screening).ToList();
        if (stages.Count == 0 || stages.Any(s => s.ClosedAt is null))
        {
            throw new BusinessRuleException("Selection.StagesOpen", CoreMessages.Get("Selection.StagesOpen"));
        }

        if (await db.Proposals.AnyAsync(p => p.CallId == callId && p.Status == ProposalStatus.Submitted && p.Screening == null, cancellationToken))
        {
            throw new BusinessRuleException("Selection.Unscreened", CoreMessages.Get("Selection.Unscreened"));
        }

        return call;
    }

    private static void RequireUnpublished(CallSelection? selection)
    {
        if (selection?.PublishedAt is not null)
        {
            throw new BusinessRuleException("Selection.Published", CoreMessages.Get("Selection.Published"));
        }
    }

    /// <summary>Each quota well formed, and its value one of the call's fields or a known country, whichever its dimension says.</summary>
    private async Task ValidateQuotasAsync(Guid callId, IReadOnlyList<SelectionQuota> quotas, CancellationToken cancellationToken)
    {
        var fields = await db.ProgramCalls.AsNoTracking().Where(c => c.Id == callId).Select(c => c.Fields.Select(f => f.FieldCode).ToList()).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(nameof(ProgramCall), callId);
        var countries = (await taxonomy.GetAsync(cancellationToken)).Countries;
        var errors = new ValidationErrors();
        if (quotas.Count > SelectionLimits.MaxQuotas)
        {
            errors.Add("quotas", CoreMessages.Get("Selection.TooManyQuotas", SelectionLimits.MaxQuotas));
        }

        for (var i = 0; i < quotas.Count; i++)
        {
            var q = quotas[i];
            if (q.Dimension is not (SelectionLimits.Field or SelectionLimits.Country))
            {
                errors.Add($"quotas[{i}].dimension", CoreMessages.Get("Validation.Choose", CoreMessages.Get("Field.QuotaDimension")));
            }

            if (string.IsNullOrWhiteSpace(q.Value))
            {
                errors.Add($"quotas[{i}].value", CoreMessages.Get("Validation.Required", CoreMessages.Get("Field.QuotaValue")));
            }
            else if (q.Dimension == SelectionLimits.Field && !fields.Contains(q.Value, StringComparer.Ordinal))
            {
                errors.Add($"quotas[{i}].value", CoreMessages.Get("Selection.QuotaFieldUnknown", q.Value));
            }
            else if (q.Dimension == SelectionLimits.Country && !countries.ContainsKey(q.Value.ToUpperInvariant()))
            {
                errors.Add($"quotas[{i}].value", CoreMessages.Get("Selection.QuotaCountryUnknown", q.Value));
            }

            if (q.Min is null && q.Max is null || q.Min < 0 || q.Max < 0 || q.Min > q.Max)
            {
                errors.Add($"quotas[{i}].min", CoreMessages.Get("Selection.QuotaRange"));
            }
        }

        if (quotas.GroupBy(q => (q.Dimension, q.Value)).Any(g => g.Count() > 1))
        {
            errors.Add("quotas", CoreMessages.Get("Selection.QuotaTwice"));
        }

        errors.ThrowIfAny();
    }
}

/// <param name="SameInputs">The stored inputs are unchanged since the report was computed (same fingerprint).</param>
/// <param name="SameResult">Recomputing gives the stored outcome, rank, scores and cost for every proposal.</param>
public sealed record SelectionVerification(bool SameInputs, bool SameResult, string StoredSha256, string CurrentSha256, IReadOnlyList<Guid> Differences);
