namespace TechBridge.Web.Api;

/// <summary>A new partnering event: dates "yyyy-MM-dd" (KST), hours "HH:mm" (KST).</summary>
public sealed record EventBody(
    string? NameKo, string? NameEn, string? Description, string? Venue, bool? IsOnline, string? FirstDay, string? LastDay, string? DailyStart,
    string? DailyEnd, int? MeetingMinutes, int? Tables, string? RegistrationDeadline);

public sealed record EventRegistrationBody(string? Organization, string? Offers, string? Requests, IReadOnlyList<string>? Fields, IReadOnlyList<int>? UnavailableSlots);

public sealed record EventMeetingRequestBody(Guid? RecipientId, string? Message);

public sealed record EventDeclineBody(string? Reason);

public sealed record EventFeedbackBody(bool? FollowUpPlanned, string? NextStep);

/// <summary>The inquiry that continues a held meeting: its subject and first message.</summary>
public sealed record EventFollowUpBody(string? Subject, string? Body);

public sealed record EventLockBody(bool? Locked);
