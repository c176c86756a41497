using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Eligibility;

namespace TechBridge.Core.Programs.Proposals;

/// <summary>
/// Everything a proposal says, with the call's rules it is judged by: read live from a draft, or frozen at submission
/// (the <see cref="ProposalSnapshot"/>), so the screening sees exactly what was submitted and the eligibility report can be
/// worked out again from it at any later time with the same result.
/// </summary>
public sealed record ProposalContent(
    string TitleKo,
    string TitleEn,
    string? SummaryKo,
    string? SummaryEn,
    string? FieldCode,
    int? TopicPosition,
    int? Months,
    IReadOnlyList<PartnerContent> Partners,
    IReadOnlyList<ResearcherContent> Researchers,
    IReadOnlyList<BudgetContent> Budget,
    IReadOnlyList<DispatchContent> Dispatch,
    QualifyingAnswers Answers,
    IReadOnlyList<DocumentContent> Documents,
    CallRulesContent Rules)
{
    public long GovernmentKrw => Budget.Sum(b => b.GovernmentKrw);

    public long PrivateKrw => Budget.Sum(b => b.PrivateKrw);

    public PartnerContent? Lead => Partners.FirstOrDefault(p => p.Role == PartnerRole.Lead);
}

public sealed record PartnerContent(
    Guid Id, int Position, PartnerRole Role, Guid? OrganizationId, string Name, string CountryCode, string? ContactName, string? ContactEmail,
    PartnerResponse Response, DateTimeOffset? InvitedAt, DateTimeOffset? RespondedAt);

public sealed record ResearcherContent(int Position, int PartnerPosition, string Name, string? Email, ResearcherRole Role, int EffortPercent);

public sealed record BudgetContent(int PartnerPosition, int Year, long GovernmentKrw, long PrivateKrw);

public sealed record DispatchContent(int ResearcherPosition, string Institution, string CountryCode, int FromMonth, int Months);

public sealed record DocumentContent(Guid AttachmentId, DocumentKind? Kind, string FileName, long Size, string Sha256);

/// <summary>The call's terms a proposal is judged by, as they were when it was read (or submitted).</summary>
public sealed record CallRulesContent(
    int MaxMonths,
    long MaxGovernmentKrwPerTask,
    int MaxGovernmentSharePercent,
    bool RequiresDispatch,
    bool RequiresOverseasPartner,
    IReadOnlyList<DocumentKind> RequiredDocuments,
    IReadOnlyList<ApplicantType> ApplicantTypes,
    ApplicantType? LeadApplicantType);

/// <summary>A submitted proposal as frozen at the instant of submission.</summary>
public sealed record ProposalSnapshot(
    Guid ProposalId,
    Guid CallId,
    string ReceiptNumber,
    DateTimeOffset SubmittedAt,
    Guid ApplicantId,
    string ApplicantName,
    ProposalContent Content);
