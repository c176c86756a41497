using TechBridge.Core.Programs.Selection;
using TechBridge.Core.Shared.Optimisation;

namespace TechBridge.Web.Api;

/// <summary>
/// The quotas to run a call's selection with: per field (a field code of the call) or per country (of the first overseas
/// partner), at least <c>min</c> and at most <c>max</c> selected proposals. A missing list runs without quotas; a missing
/// value counts as empty, so Core answers with the field.
/// </summary>
public sealed record SelectionRunBody(IReadOnlyList<SelectionQuotaBody?>? Quotas)
{
    public IReadOnlyList<SelectionQuota> ToQuotas() =>
        [.. (Quotas ?? []).Select(q => new SelectionQuota(q?.Dimension ?? string.Empty, q?.Value?.Trim() ?? string.Empty, q?.Min, q?.Max))];
}

public sealed record SelectionQuotaBody(string? Dimension, string? Value, int? Min, int? Max);

/// <summary>Fund (<c>ForceIn</c>) or do not fund (<c>ForceOut</c>) a ranked proposal whatever the optimum says, with the reason; a null kind lifts the adjustment.</summary>
public sealed record SelectionAdjustmentBody(Guid ProposalId, AdjustmentKind? Kind, string? Justification);

/// <summary>How many applicants were told their decision.</summary>
public sealed record SelectionPublished(int Told);
