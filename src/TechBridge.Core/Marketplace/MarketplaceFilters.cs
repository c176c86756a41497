using TechBridge.Core.Shared;

namespace TechBridge.Core.Marketplace;

/// <summary>Search and filters for the public technology list (every filter optional); <see cref="MinTrl"/> keeps TRL ≥ it.</summary>
public sealed record TechnologyFilter(
    string? Query = null,
    Guid? Owner = null,
    string? Field = null,
    LicensingStatus? Status = null,
    int? MinTrl = null,
    ListSort Sort = ListSort.Name);

/// <summary>Search and filters for the need list (every filter optional); <see cref="Country"/> is a preferred partner country.</summary>
public sealed record NeedFilter(
    string? Query = null,
    Guid? Company = null,
    string? Field = null,
    string? Stage = null,
    string? CooperationType = null,
    NeedStatus? Status = null,
    string? Country = null,
    ListSort Sort = ListSort.Newest);
