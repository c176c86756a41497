namespace TechBridge.Core.Marketplace.Talent;

/// <summary>A person's talent side as shown on their page and to the matching pages.</summary>
public sealed record TalentProfileView(
    Guid PersonId, string NameKo, string NameEn, string CountryCode, string? Organization, CareerStage Stage, int? PhdYear,
    bool IsYoung, string? Employer, bool IsKtagMember, TalentAvailability Availability, DateOnly? AvailableFrom,
    bool WillingToConsult, string? Skills, IReadOnlyList<string> Fields, long Version);

/// <summary>A young researcher the engine ranked for a need, with why and whether Hi-TECH rules let the company propose.</summary>
public sealed record HiTechCandidate(
    Guid PersonId, string NameKo, string NameEn, string? Organization, int? PhdYear, TalentAvailability Availability,
    IReadOnlyList<string> Fields, double Score, IReadOnlyList<string> MatchedWords, IReadOnlyList<string> Ineligible,
    HiTechMatchStatus? ExistingStatus, Guid? ExistingMatchId);

/// <summary>The Hi-TECH page of a need: the need and its ranked candidates, eligible ones first.</summary>
public sealed record HiTechCandidates(Guid NeedId, string NeedTitle, string CompanyName, IReadOnlyList<HiTechCandidate> Candidates);

public sealed record HiTechMatchRow(
    Guid Id, Guid NeedId, string NeedTitle, string CompanyNameKo, string CompanyNameEn, Guid ResearcherPersonId, string ResearcherNameKo,
    string ResearcherNameEn, string? ResearcherOrganization, HiTechMatchStatus Status, DateTimeOffset ProposedAt, DateTimeOffset? AnsweredAt,
    bool IsCompanySide, bool IsResearcherSide);

/// <summary>
/// One match with its consortium draft: the company leads, the researcher's institution joins as domestic partner, the
/// researcher is principal investigator, the need's title and description are the task; proposals started from it.
/// </summary>
public sealed record HiTechMatchDetail(
    HiTechMatchRow Row, string? Message, string? DeclineReason, double Score, string NeedDescription, IReadOnlyList<string> NeedFields,
    string? ResearcherEmail, Guid? ResearcherOrganizationId, IReadOnlyList<HiTechProposalLink> Proposals, bool CanAnswer, bool CanWithdraw,
    bool CanStartProposal, long Version);

public sealed record HiTechProposalLink(Guid ProposalId, Guid CallId, string CallTitleKo, string CallTitleEn, string Status);

public sealed record AdvisoryRow(
    Guid Id, string Topic, string CompanyNameKo, string CompanyNameEn, string CountryCode, string? FieldCode, AdvisoryStatus Status,
    DateTimeOffset RequestedAt, string? MemberNameKo, string? MemberNameEn, DateOnly? SessionOn, AdvisoryOutcome? Outcome);

public sealed record AdvisoryDetail(
    AdvisoryRow Row, string Question, string? AssignmentNote, int? SessionMinutes, string? OutcomeNote, Guid? MemberPersonId,
    string? MemberEmail, string? MemberEmployer, bool CanAssign, bool CanLog, bool CanCancel, long Version);

/// <summary>A K-TAG member a coordinator may assign, best first: same country, shared field, willing to consult.</summary>
public sealed record AdvisoryMemberOption(
    Guid PersonId, string NameKo, string NameEn, string CountryCode, string? Employer, IReadOnlyList<string> Fields, bool SameCountry,
    bool SharedField, bool WillingToConsult, int OpenAssignments);
