using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Proposals;
using TechBridge.Core.Programs.Review.Assignments;
using TechBridge.Core.Programs.Review.Pool;
using TechBridge.Core.Programs.Review.Rubrics;

namespace TechBridge.Core.Programs.Review.Reviews;

/// <summary>One review a reviewer was asked for, as their list shows it (never another reviewer).</summary>
public sealed record ReviewTaskRow(
    Guid AssignmentId, Guid CallId, string CallTitleKo, string CallTitleEn, StageKind Stage, string ReceiptNumber, string ProposalTitleKo,
    string ProposalTitleEn, AssignmentStatus Status, DateTimeOffset? DueAt, double? Total, DateTimeOffset? SubmittedAt);

/// <summary>A reviewer's form with the proposal as submitted: the rubric, what they wrote so far, and whether they can still change it.</summary>
public sealed record ReviewFormView(
    Guid AssignmentId, long Version, Guid CallId, string CallTitleKo, string CallTitleEn, StageKind Stage, AssignmentStatus Status, DateTimeOffset? DueAt,
    IReadOnlyList<RubricCriterion> Rubric, IReadOnlyList<CriterionInput> Criteria, string? CommentToApplicant, string? CommentToManagers, double? Total,
    DateTimeOffset? SavedAt, DateTimeOffset? SubmittedAt, DeclineReason? DeclineReason, string? DeclineNote, ProposalSnapshot Proposal, bool Editable)
{
    /// <summary>The language the form is held in: English for the overseas peer review, Korean for the domestic panel.</summary>
    public string Culture => StageLanguage.CultureOf(Stage);
}

/// <summary>A review stage of a call at a glance, for program managers.</summary>
public sealed record StageSummary(
    int Position, StageKind Kind, StageState State, int WeightPercent, int? CutOff, int ReviewersPerProposal, DateTimeOffset? DueAt,
    DateTimeOffset? ReleasedAt, DateTimeOffset? ClosedAt, int Proposals, int Proposed, int Released, int Submitted, int Declined, int Advanced);

/// <summary>A review stage in full, for program managers: rubric, last optimisation, each proposal with its reviewers and result.</summary>
public sealed record StageView(
    Guid CallId, string CallTitleKo, string CallTitleEn, StageSummary Stage, IReadOnlyList<RubricCriterion> Rubric, bool RubricIsDefault, bool KeepsRawScores,
    AssignmentRunView? LastRun, IReadOnlyList<StageProposalRow> Proposals);

public sealed record AssignmentRunView(
    DateTimeOffset RunAt, string RunBy, int ReviewersPerProposal, int MinimumOverseas, int Proposals, int Reviewers, int Conflicts, int Pairs,
    double TotalAffinity, string Method, bool ProvedOptimal, double Milliseconds, IReadOnlyList<ShortProposalRow> Unfilled);

public sealed record ShortProposalRow(Guid ProposalId, string ReceiptNumber, int Assigned, int Candidates, string Reason);

public sealed record StageProposalRow(Guid ProposalId, string ReceiptNumber, string TitleKo, string TitleEn, IReadOnlyList<StageAssignmentRow> Reviewers, StageResultView? Result);

public sealed record StageAssignmentRow(
    Guid AssignmentId, Guid ReviewerId, string NameKo, string NameEn, ReviewerGroup Group, double Affinity, AssignmentStatus Status, bool IsLocked,
    double? Total, DeclineReason? DeclineReason, string? DeclineNote, DateTimeOffset? SubmittedAt);

public sealed record StageResultView(double Score, double RawMean, int Reviews, bool Advanced);

/// <summary>A submitted (or declined) review as program managers read it, with the reviewer's identity.</summary>
public sealed record ManagerReviewView(
    Guid AssignmentId, Guid CallId, int StagePosition, StageKind Stage, string ReceiptNumber, string ProposalTitleKo, string ProposalTitleEn, string ReviewerNameKo,
    string ReviewerNameEn, AssignmentStatus Status, IReadOnlyList<RubricCriterion> Rubric, IReadOnlyList<CriterionInput> Criteria, string? CommentToApplicant,
    string? CommentToManagers, double? Total, DateTimeOffset? SubmittedAt, DeclineReason? DeclineReason, string? DeclineNote);
