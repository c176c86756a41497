using TechBridge.Core.Programs.Eligibility;

namespace TechBridge.Core.Programs.Proposals;

/// <summary>
/// A draft as the applicant writes it (the API's body and the editor's state). Everything may still be incomplete: a
/// draft is saved whenever it is well-formed (lengths, ranges, references between rows) and checked for completeness
/// only at submission. Researchers and budget lines name their partner, and dispatches their researcher, by the row's
/// index in this input; a partner keeps its <see cref="ProposalPartnerInput.Id"/> (and with it the invitation's answer)
/// from save to save.
/// </summary>
public sealed record ProposalInput
{
    public string? TitleKo { get; init; }
    public string? TitleEn { get; init; }
    public string? SummaryKo { get; init; }
    public string? SummaryEn { get; init; }
    public string? FieldCode { get; init; }
    public int? TopicPosition { get; init; }
    public int? Months { get; init; }
    public IReadOnlyList<ProposalPartnerInput>? Partners { get; init; }
    public IReadOnlyList<ProposalResearcherInput>? Researchers { get; init; }
    public IReadOnlyList<ProposalBudgetInput>? Budget { get; init; }
    public IReadOnlyList<ProposalDispatchInput>? Dispatch { get; init; }
    public ProposalAnswersInput? Answers { get; init; }
}

/// <param name="Id">The partner's id from an earlier save; none for a new row.</param>
/// <param name="OrganizationId">The organisation in the directory, if the partner is one; its name and country are then taken from it.</param>
public sealed record ProposalPartnerInput(
    Guid? Id, PartnerRole? Role, Guid? OrganizationId, string? Name, string? CountryCode, string? ContactName, string? ContactEmail);

public sealed record ProposalResearcherInput(int? Partner, string? Name, string? Email, ResearcherRole? Role, int? EffortPercent);

public sealed record ProposalBudgetInput(int? Partner, int? Year, long? GovernmentKrw, long? PrivateKrw);

public sealed record ProposalDispatchInput(int? Researcher, string? Institution, string? CountryCode, int? FromMonth, int? Months);

public sealed record ProposalAnswersInput(
    bool CannotDevelopDomestically,
    bool KeySourceIpHeldAbroad,
    string? TechnologyEvidence,
    int? MonthsSaved,
    int? CostReductionPercent,
    string? TimeAndCostEvidence,
    bool CertificationEssential,
    string? CertificationEvidence);
