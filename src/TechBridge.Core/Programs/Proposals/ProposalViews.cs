using TechBridge.Core.Programs.Eligibility;

namespace TechBridge.Core.Programs.Proposals;

/// <summary>A line in the applicant's list of proposals.</summary>
public sealed record ProposalSummary(
    Guid Id, Guid CallId, string CallTitleKo, string CallTitleEn, DateTimeOffset CallClosesAt, string TitleKo, string TitleEn, ProposalStatus Status,
    DateTimeOffset UpdatedAt, DateTimeOffset? SubmittedAt, string? ReceiptNumber);

/// <summary>A line in a call's list of submitted proposals, as the program manager screens them.</summary>
public sealed record ReceivedProposal(
    Guid Id, string ReceiptNumber, string TitleKo, string TitleEn, string LeadName, IReadOnlyList<string> Countries, long GovernmentKrw,
    DateTimeOffset SubmittedAt, ProposalStatus Status, int FailedChecks, ScreeningOutcome? Screening);

/// <summary>A proposal as its applicant or a program manager reads it: the live draft, or the snapshot once submitted.</summary>
public sealed record ProposalDetail(
    Guid Id,
    Guid CallId,
    string CallTitleKo,
    string CallTitleEn,
    DateTimeOffset CallClosesAt,
    ProposalStatus Status,
    long Version,
    string ApplicantName,
    string? ReceiptNumber,
    DateTimeOffset? SubmittedAt,
    string? SnapshotSha256,
    DateTimeOffset UpdatedAt,
    ProposalContent Content,
    EligibilityReport Eligibility,
    ProposalRole Role,
    bool CallOpen)
{
    /// <summary>The screening decision; shown to program managers (the applicant reads it with the call's decision).</summary>
    public ScreeningView? Screening { get; init; }

    /// <summary>Whether the call is past its close, so its submitted proposals can be screened.</summary>
    public bool CallOver { get; init; }

    public bool CanEdit => Role.IsApplicant && Status == ProposalStatus.Draft && CallOpen;

    public bool CanWithdraw => Role.IsApplicant && Status != ProposalStatus.Withdrawn && CallOpen;
}

public sealed record ScreeningView(ScreeningOutcome Outcome, string? Note, string DecidedBy, DateTimeOffset DecidedAt);
