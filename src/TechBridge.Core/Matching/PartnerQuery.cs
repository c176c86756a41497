namespace TechBridge.Core.Matching;

/// <summary>
/// A need to match: free text (Korean or English) plus optional structured preferences. <see cref="Top"/> applies to each
/// group of results (organisations, people, equipment, technologies, needs) separately, so long publication lists never
/// crowd institutions out of the answer. <see cref="Kinds"/>, <see cref="Fields"/>, <see cref="Countries"/> and
/// <see cref="Industry"/> filter; <see cref="TrlMin"/>/<see cref="TrlMax"/> filter the kinds that have a TRL range
/// (equipment, technologies, needs) to ranges that overlap, and <see cref="RndStage"/> does the same with its stage's
/// TRL range (narrowing a TRL range given with it); <see cref="BudgetKrw"/> keeps out technologies whose lowest licence
/// fee is above it (technologies without a fee stay); <see cref="PreferredCountries"/> only boost.
/// </summary>
public sealed record PartnerQuery(
    string Text,
    IReadOnlyCollection<string>? Kinds = null,
    IReadOnlyCollection<string>? Fields = null,
    IReadOnlyCollection<string>? Countries = null,
    string? Industry = null,
    int Top = 15,
    int? TrlMin = null,
    int? TrlMax = null,
    IReadOnlyCollection<string>? PreferredCountries = null,
    string? RndStage = null,
    long? BudgetKrw = null);
