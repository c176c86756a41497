namespace TechBridge.Core.Marketplace.Talent;

/// <summary>
/// The talent side as its owner writes it. <see cref="CountryCode"/> is where the person works (required abroad for an
/// overseas Korean engineer); <see cref="Skills"/> become the directory entry's keywords.
/// </summary>
public sealed record TalentProfileInput(
    CareerStage? Stage,
    int? PhdYear,
    string? CountryCode,
    string? Employer,
    bool IsKtagMember,
    TalentAvailability? Availability,
    DateOnly? AvailableFrom,
    bool WillingToConsult,
    string? Skills,
    IReadOnlyList<string>? Fields);
