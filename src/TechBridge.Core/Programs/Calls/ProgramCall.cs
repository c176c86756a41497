using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Programs.Calls;

/// <summary>
/// A call for proposals under a program: when it is open (KST instants), how much it funds and on what terms, who may
/// apply, which fields and (for an item-designated call) which topics the government set, the documents an application
/// needs and the review stages it goes through. A program manager drafts, publishes, extends and closes it.
/// </summary>
public sealed class ProgramCall : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string ProgramCode { get; set; } = string.Empty;
    public string TitleKo { get; set; } = string.Empty;
    public string TitleEn { get; set; } = string.Empty;
    public string? SummaryKo { get; set; }
    public string? SummaryEn { get; set; }
    public CallKind Kind { get; set; }
    public CallStatus Status { get; set; }
    public DateTimeOffset OpensAt { get; set; }
    public DateTimeOffset ClosesAt { get; set; }
    public long TotalBudgetKrw { get; set; }
    public long MaxGovernmentKrwPerTask { get; set; }

    /// <summary>The largest share of a task's total budget the government may fund, in percent.</summary>
    public int MaxGovernmentSharePercent { get; set; }
    public int MaxMonths { get; set; }

    /// <summary>Center joint research: domestic researchers dispatched abroad for at least half of the research period.</summary>
    public bool RequiresDispatch { get; set; }
    public bool RequiresOverseasPartner { get; set; }

    /// <summary>
    /// Whether reviewers' totals are averaged as given. By default (false) each reviewer's totals are first normalised
    /// against the reviewer's own habit (z-score), so a harsh and a lenient reviewer count alike.
    /// </summary>
    public bool KeepsRawScores { get; set; }
    public bool IsDemo { get; set; }
    public Guid CreatedById { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Kept by the DbContext (see <see cref="IVersioned"/>).</summary>
    public long Version { get; private set; }

    public List<CallField> Fields { get; init; } = [];
    public List<CallApplicantType> ApplicantTypes { get; init; } = [];
    public List<CallDocument> Documents { get; init; } = [];
    public List<CallTopic> Topics { get; init; } = [];
    public List<CallStage> Stages { get; init; } = [];
}

public sealed class CallField
{
    public Guid CallId { get; init; }
    public string FieldCode { get; init; } = string.Empty;
}

public sealed class CallApplicantType
{
    public Guid CallId { get; init; }
    public ApplicantType Type { get; init; }
}

public sealed class CallDocument
{
    public Guid CallId { get; init; }
    public DocumentKind Kind { get; init; }
}

/// <summary>A topic of an item-designated call: the government says why and what, the applicants propose how.</summary>
public sealed class CallTopic
{
    public Guid CallId { get; init; }
    public int Position { get; init; }
    public string TitleKo { get; set; } = string.Empty;
    public string TitleEn { get; set; } = string.Empty;
    public string WhyKo { get; set; } = string.Empty;
    public string WhyEn { get; set; } = string.Empty;
    public string WhatKo { get; set; } = string.Empty;
    public string WhatEn { get; set; } = string.Empty;
}

/// <summary>One stage of the call's review: its weight in the final score, the cut-off to pass, reviewers per proposal and due date.</summary>
public sealed class CallStage
{
    public Guid CallId { get; init; }
    public int Position { get; init; }
    public StageKind Kind { get; set; }

    /// <summary>The stage's share of the final score in percent (screening has none).</summary>
    public int WeightPercent { get; set; }

    /// <summary>The lowest stage score (0–100) that goes on to the next stage, or none.</summary>
    public int? CutOff { get; set; }
    public int ReviewersPerProposal { get; set; }
    public DateTimeOffset? DueAt { get; set; }

    /// <summary>The review form as JSON (a list of <see cref="Review.Rubrics.RubricCriterion"/>); null for the kind's default.</summary>
    public string? RubricJson { get; set; }

    /// <summary>When the program manager asked the stage's reviewers; the rubric is fixed from then on.</summary>
    public DateTimeOffset? ReleasedAt { get; set; }

    /// <summary>When the program manager closed the stage: its results are stored and the next stage may begin.</summary>
    public DateTimeOffset? ClosedAt { get; set; }
}

public enum CallKind
{
    /// <summary>Applicants propose their own task in the call's fields.</summary>
    Open,

    /// <summary>The government designates the topics (why, what); applicants propose how.</summary>
    ItemDesignated,
}

public enum CallStatus
{
    Draft,
    Published,
    Closed,
}

public enum ApplicantType
{
    SmallBusiness,
    MidSizedCompany,
    LargeCompany,
    ResearchInstitute,
    University,
}

public enum DocumentKind
{
    ResearchPlan,
    BudgetPlan,
    PartnerCommitment,
    DispatchPlan,
    BusinessRegistration,
    FinancialStatements,
    IpEvidence,
}

public enum StageKind
{
    /// <summary>The program manager checks eligibility and completeness.</summary>
    Screening,

    /// <summary>Reviewers abroad, in English.</summary>
    OverseasPeerReview,

    /// <summary>An anonymous panel of domestic experts, in Korean.</summary>
    DomesticPanel,
}
