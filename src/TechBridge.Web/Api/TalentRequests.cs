using TechBridge.Core.Marketplace.Talent;

namespace TechBridge.Web.Api;

/// <summary>The caller's talent side: stage, PhD year, country of work, employer, K-TAG membership, availability ("yyyy-MM-dd" from), consulting, skills, fields.</summary>
public sealed record TalentProfileBody(
    CareerStage? Stage, int? PhdYear, string? CountryCode, string? Employer, bool? IsKtagMember, TalentAvailability? Availability, DateOnly? AvailableFrom,
    bool? WillingToConsult, string? Skills, IReadOnlyList<string>? Fields);

public sealed record HiTechProposeBody(Guid? NeedId, Guid? PersonId, string? Message);

public sealed record HiTechDeclineBody(string? Reason);

public sealed record AdvisoryRequestBody(string? Topic, string? Question, string? CountryCode, string? FieldCode);

public sealed record AdvisoryAssignBody(Guid? MemberPersonId, string? Note);

public sealed record AdvisorySessionBody(DateOnly? SessionOn, int? Minutes, AdvisoryOutcome? Outcome, string? Note);
