namespace TechBridge.Core.Programs.Eligibility;

/// <summary>
/// The applicant's answers to the three qualifying criteria of an international joint research task (a task qualifies
/// when at least one holds, with evidence): (1) the technology cannot be developed at home within 3 years, or its key
/// source IP is held abroad; (2) the cooperation shortens development by at least a year and cuts its cost by at least
/// half; (3) overseas certification, demonstration or global standards are essential to open the market.
/// </summary>
public sealed record QualifyingAnswers(
    bool CannotDevelopDomesticallyWithinThreeYears,
    bool KeySourceIpHeldAbroad,
    string? TechnologyEvidence,
    int MonthsSaved,
    int CostReductionPercent,
    string? TimeAndCostEvidence,
    bool CertificationOrStandardsEssential,
    string? CertificationEvidence);

public enum PartnerRole
{
    Lead,
    DomesticPartner,
    Overseas,
}

public sealed record PlanPartner(string Name, PartnerRole Role);

/// <param name="FromMonth">The first month of the dispatch, counted from 1 at the start of the research period.</param>
public sealed record DispatchPeriod(string ResearcherName, string Institution, int FromMonth, int Months);

public sealed record BudgetLine(int Year, string PartnerName, long GovernmentKrw, long PrivateKrw);

/// <summary>What the rules check in a proposal: its period, partners, researcher dispatch plan, budget and documents.</summary>
public sealed record ProposalPlan(
    int Months,
    IReadOnlyList<PlanPartner> Partners,
    IReadOnlyList<DispatchPeriod> Dispatch,
    IReadOnlyList<BudgetLine> Budget,
    IReadOnlyCollection<string> DocumentKinds)
{
    /// <summary>The lead organisation's applicant type (code, name in the reader's language), when known.</summary>
    public (string Code, string Name)? LeadApplicantType { get; init; }
}

/// <summary>The call's rules a proposal must meet.</summary>
/// <param name="RequiredDocuments">Document kinds with their names in the reader's language, for the message.</param>
public sealed record CallRules(
    int MaxMonths,
    long MaxGovernmentKrwPerTask,
    int MaxGovernmentSharePercent,
    bool RequiresDispatchOfHalfThePeriod,
    bool RequiresOverseasPartner,
    IReadOnlyList<(string Kind, string Name)> RequiredDocuments)
{
    /// <summary>Who may lead a task (code, name in the reader's language); empty for anyone.</summary>
    public IReadOnlyList<(string Code, string Name)> ApplicantTypes { get; init; } = [];
}

/// <summary>One check with its outcome and the reason, in the current UI language.</summary>
public sealed record EligibilityCheck(string Code, bool Passed, string Message);

/// <summary>Whether the proposal qualifies (a criterion holds and every rule passes), with each check.</summary>
public sealed record EligibilityReport(IReadOnlyList<EligibilityCheck> Checks)
{
    public bool Qualifies => Checks.All(c => c.Passed);
}
