namespace TechBridge.Core.Marketplace.Talent;

/// <summary>A company's question for the K-TAG network: the topic, the question, the country it concerns, optionally a field.</summary>
public sealed record AdvisoryRequestInput(string? Topic, string? Question, string? CountryCode, string? FieldCode);

/// <summary>The session as the member or the coordinator logs it.</summary>
public sealed record AdvisorySessionInput(DateOnly? SessionOn, int? Minutes, AdvisoryOutcome? Outcome, string? Note);
