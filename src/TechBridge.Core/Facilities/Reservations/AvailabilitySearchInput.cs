namespace TechBridge.Core.Facilities.Reservations;

/// <summary>
/// What to look for: equipment matching <paramref name="Query"/> the way the catalogue matches text, in an industry and
/// optionally at one center; a window [<paramref name="From"/>, <paramref name="To"/>) of at most 92 days; a length of
/// either whole <paramref name="Hours"/> or whole operating <paramref name="Days"/> (exactly one of them); at most
/// <paramref name="Limit"/> results (default 20, at most 100).
/// </summary>
public sealed record AvailabilitySearchInput(
    string? Query = null, string? Industry = null, Guid? Center = null, DateTimeOffset? From = null, DateTimeOffset? To = null,
    int? Hours = null, int? Days = null, int? Limit = null);

/// <summary>The earliest bookable slot of one item, in KST.</summary>
public sealed record AvailableSlot(
    Guid EquipmentId, string NameKo, string NameEn, Guid CenterId, string CenterNameKo, string CenterNameEn, string IndustryCode,
    DateTimeOffset Start, DateTimeOffset End);

/// <summary>The slots found (one per item, earliest first), with the window and length asked for and how many items were searched.</summary>
public sealed record AvailabilitySearchResult(
    DateTimeOffset From, DateTimeOffset To, int? Hours, int? Days, int Limit, int Candidates, IReadOnlyList<AvailableSlot> Items);
