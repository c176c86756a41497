using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Programs.Selection;

/// <summary>
/// A call's selection: the quotas the program manager set, the ranking and the chosen proposals computed from the stored
/// review scores under the call's rules (stage weights, normalisation, cut-offs, budget) and the manager's adjustments, with
/// a fingerprint of those inputs so the report can be recomputed and compared at any later time. Once published, the
/// applicants have their decisions and nothing changes.
/// </summary>
public sealed class CallSelection : IVersioned
{
    public Guid CallId { get; init; }

    /// <summary>JSON list of <see cref="Shared.Optimisation.SelectionQuota"/>.</summary>
    public string QuotasJson { get; set; } = "[]";
    public Guid RunById { get; set; }
    public DateTimeOffset RunAt { get; set; }
    public long BudgetKrw { get; set; }
    public double TotalScore { get; set; }
    public long TotalCostKrw { get; set; }

    /// <summary>Lower-case hex SHA-256 of the inputs the ranking was computed from (see <see cref="SelectionInputs"/>).</summary>
    public string InputsSha256 { get; set; } = string.Empty;
    public DateTimeOffset? PublishedAt { get; set; }
    public Guid? PublishedById { get; set; }

    /// <summary>Kept by the DbContext (see <see cref="IVersioned"/>).</summary>
    public long Version { get; private set; }

    public List<SelectionEntry> Entries { get; init; } = [];
}

/// <summary>One submitted proposal in the selection report: its rank and scores when it reached the end, and its outcome.</summary>
public sealed class SelectionEntry
{
    public Guid CallId { get; init; }
    public Guid ProposalId { get; init; }
    public SelectionOutcome Outcome { get; set; }

    /// <summary>The place in the final ranking (1 = best) of a proposal that passed every stage.</summary>
    public int? Rank { get; set; }

    /// <summary>The weighted final score (0–100) of a ranked proposal.</summary>
    public double? FinalScore { get; set; }
    public double? RawMean { get; set; }

    /// <summary>JSON object: stage position → the proposal's stage score, for every stage it was scored in.</summary>
    public string StageScoresJson { get; set; } = "{}";
    public long CostKrw { get; set; }
    public string? FieldCode { get; set; }
    public string? CountryCode { get; set; }

    /// <summary>The program manager's adjustment that decided it, if any.</summary>
    public AdjustmentKind? Adjustment { get; set; }
}

/// <summary>A program manager's decision to fund or not fund a ranked proposal whatever the optimum says, with the reason.</summary>
public sealed class SelectionAdjustment
{
    public Guid CallId { get; init; }
    public Guid ProposalId { get; init; }
    public AdjustmentKind Kind { get; set; }
    public string Justification { get; set; } = string.Empty;
    public Guid ById { get; set; }
    public DateTimeOffset At { get; set; }
}

public enum SelectionOutcome
{
    Selected,

    /// <summary>Ranked, but not in the best selection within the budget and quotas.</summary>
    NotSelected,

    /// <summary>Scored below a stage's cut-off (or not scored in a later stage).</summary>
    BelowCutOff,

    RejectedAtScreening,
}

public enum AdjustmentKind
{
    ForceIn,
    ForceOut,
}
