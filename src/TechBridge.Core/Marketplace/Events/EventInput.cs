namespace TechBridge.Core.Marketplace.Events;

/// <summary>
/// A new event as typed in a form or sent to the API. Dates are KST days ("2027-03-10"), daily hours "HH:mm" (KST); the
/// registration closes at the end of <see cref="RegistrationDeadline"/> (KST) and no later than the first day.
/// </summary>
public sealed record EventInput(
    string? NameKo,
    string? NameEn,
    string? Description,
    string? Venue,
    bool IsOnline,
    string? FirstDay,
    string? LastDay,
    string? DailyStart,
    string? DailyEnd,
    int? MeetingMinutes,
    int? Tables,
    string? RegistrationDeadline);

/// <summary>A participant's profile: organisation, what they offer and seek, fields (taxonomy codes) and the slot indices they cannot meet in.</summary>
public sealed record RegistrationInput(
    string? Organization,
    string? Offers,
    string? Requests,
    IReadOnlyList<string>? Fields,
    IReadOnlyList<int>? UnavailableSlots);
