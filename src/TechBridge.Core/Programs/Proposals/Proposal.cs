using TechBridge.Core.Programs.Eligibility;
using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Programs.Proposals;

/// <summary>
/// A consortium's application to a call: the task (titles and summaries in Korean and English, field, designated topic,
/// period), its partners, researchers, yearly budget and researcher dispatch plan, and the answers to the qualifying
/// questionnaire. The applicant edits the draft (saved as they go) until they submit it; then it is final and read from
/// <see cref="SnapshotJson"/>, the frozen copy taken at the instant of submission.
/// </summary>
public sealed class Proposal : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CallId { get; init; }
    public Guid ApplicantId { get; init; }
    public ProposalStatus Status { get; set; }
    public string TitleKo { get; set; } = string.Empty;
    public string TitleEn { get; set; } = string.Empty;
    public string? SummaryKo { get; set; }
    public string? SummaryEn { get; set; }
    public string? FieldCode { get; set; }

    /// <summary>The designated topic (its position in the call) an item-designated proposal answers.</summary>
    public int? TopicPosition { get; set; }
    public int? Months { get; set; }

    public bool CannotDevelopDomestically { get; set; }
    public bool KeySourceIpHeldAbroad { get; set; }
    public string? TechnologyEvidence { get; set; }
    public int MonthsSaved { get; set; }
    public int CostReductionPercent { get; set; }
    public string? TimeAndCostEvidence { get; set; }
    public bool CertificationEssential { get; set; }
    public string? CertificationEvidence { get; set; }

    /// <summary>The Hi-TECH match (company and young researcher) the proposal started from, if any.</summary>
    public Guid? HiTechMatchId { get; init; }

    public bool IsDemo { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }

    /// <summary>The receipt number given at submission (e.g. <c>2026-0042</c>): unique, in order of submission within a year.</summary>
    public string? ReceiptNumber { get; set; }

    /// <summary>The proposal as submitted (JSON of <see cref="ProposalSnapshot"/>); null for a draft.</summary>
    public string? SnapshotJson { get; set; }

    /// <summary>Lower-case hex SHA-256 of <see cref="SnapshotJson"/>, shown on the receipt so a copy can be checked.</summary>
    public string? SnapshotSha256 { get; set; }

    /// <summary>The program manager's screening of the submitted proposal (eligibility and completeness); none yet while null.</summary>
    public ScreeningOutcome? Screening { get; set; }

    /// <summary>Why, in the manager's words: required when the proposal is rejected.</summary>
    public string? ScreeningNote { get; set; }
    public Guid? ScreenedById { get; set; }
    public DateTimeOffset? ScreenedAt { get; set; }

    /// <summary>Kept by the DbContext (see <see cref="IVersioned"/>).</summary>
    public long Version { get; private set; }

    public List<ProposalPartner> Partners { get; init; } = [];
    public List<ProposalResearcher> Researchers { get; init; } = [];
    public List<ProposalBudgetLine> BudgetLines { get; init; } = [];
    public List<ProposalDispatch> Dispatches { get; init; } = [];

    public QualifyingAnswers Answers() => new(
        CannotDevelopDomestically, KeySourceIpHeldAbroad, TechnologyEvidence, MonthsSaved, CostReductionPercent,
        TimeAndCostEvidence, CertificationEssential, CertificationEvidence);
}

/// <summary>
/// A member of the consortium: the lead (the applicant's organisation), a domestic partner or an overseas institution,
/// from the directory or named here. A partner other than the lead is invited by e-mail and confirms (or declines) its
/// participation through the link; changing who the partner is or where the invitation goes asks again.
/// </summary>
public sealed class ProposalPartner
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ProposalId { get; init; }
    public int Position { get; set; }
    public PartnerRole Role { get; set; }
    public Guid? OrganizationId { get; set; }
    public string Name { get; set; } = string.Empty;
    public string CountryCode { get; set; } = string.Empty;
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public PartnerResponse Response { get; set; }
    public DateTimeOffset? InvitedAt { get; set; }
    public DateTimeOffset? RespondedAt { get; set; }

    /// <summary>Lower-case hex SHA-256 of the invitation link's token (the token itself is only in the e-mail).</summary>
    public string? InvitationTokenHash { get; set; }
}

public sealed class ProposalResearcher
{
    public Guid ProposalId { get; init; }
    public int Position { get; init; }
    public Guid PartnerId { get; init; }
    public string Name { get; init; } = string.Empty;
    public string? Email { get; init; }
    public ResearcherRole Role { get; init; }

    /// <summary>The researcher's share of their working time on the task, in percent.</summary>
    public int EffortPercent { get; init; }
}

/// <summary>One partner's budget for one year of the task (year 1 is the first year of the research period).</summary>
public sealed class ProposalBudgetLine
{
    public Guid ProposalId { get; init; }
    public Guid PartnerId { get; init; }
    public int Year { get; init; }
    public long GovernmentKrw { get; init; }
    public long PrivateKrw { get; init; }
}

/// <summary>A researcher's stay abroad: at which institution and for which months of the research period.</summary>
public sealed class ProposalDispatch
{
    public Guid ProposalId { get; init; }
    public int Position { get; init; }
    public int ResearcherPosition { get; init; }
    public string Institution { get; init; } = string.Empty;
    public string CountryCode { get; init; } = string.Empty;
    public int FromMonth { get; init; }
    public int Months { get; init; }
}

public enum ProposalStatus
{
    Draft,
    Submitted,
    Withdrawn,
}

public enum ScreeningOutcome
{
    /// <summary>Eligible and complete: goes on to review.</summary>
    Passed,

    /// <summary>Not eligible or incomplete: not reviewed.</summary>
    Rejected,
}

public enum PartnerResponse
{
    /// <summary>Not asked yet, or asked and not answered.</summary>
    Pending,
    Confirmed,
    Declined,
}

public enum ResearcherRole
{
    PrincipalInvestigator,
    CoInvestigator,
    Researcher,
}
