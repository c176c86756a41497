namespace TechBridge.Core.Marketplace.Events;

public sealed record EventRow(
    Guid Id, string NameKo, string NameEn, PartneringEventStatus Status, DateOnly FirstDay, DateOnly LastDay, string? Venue, bool IsOnline,
    int Participants, bool IsRegistered);

public sealed record EventDetail(
    Guid Id, string NameKo, string NameEn, string Description, string? Venue, bool IsOnline, DateOnly FirstDay, DateOnly LastDay,
    string DailyStart, string DailyEnd, int MeetingMinutes, int TableCount, DateTimeOffset RegistrationDeadline, PartneringEventStatus Status,
    long Version, string OrganizerName, int Participants, IReadOnlyList<EventSlot> Slots, bool CanManage, bool CanRegister, bool RegistrationOpen,
    ParticipantProfile? Me);

/// <summary>The caller's own registration.</summary>
public sealed record ParticipantProfile(Guid Id, string Organization, string Offers, string Requests, IReadOnlyList<string> Fields, IReadOnlyList<int> UnavailableSlots);

/// <summary>
/// A participant as another participant (or the organiser) sees them. <see cref="Email"/> and <see cref="Phone"/> are null
/// until a meeting request between the two is accepted (the organiser and the person themself always see them).
/// </summary>
public sealed record ParticipantView(
    Guid Id, string Name, string Organization, string Offers, string Requests, IReadOnlyList<string> Fields, string? Email, string? Phone, bool IsMe,
    MeetingRequestStatus? Request, bool RequestedByMe);

/// <summary>Someone I should meet: the score, the fields we share and the words of my requests in their offers (and of my offers in their requests).</summary>
public sealed record MeetingSuggestion(Guid ParticipantId, string Name, string Organization, int Score, IReadOnlyList<string> SharedFields, IReadOnlyList<string> SharedWords);

public sealed record ParticipantsPage(IReadOnlyList<ParticipantView> Participants, IReadOnlyList<MeetingSuggestion> Suggestions);

public sealed record MeetingRequestView(
    Guid Id, bool Incoming, Guid OtherId, string OtherName, string OtherOrganization, string? Message, MeetingRequestStatus Status, string? DeclineReason,
    DateTimeOffset CreatedAt);

public sealed record PlacementView(Guid Id, Guid RequestId, int SlotIndex, DateTimeOffset Start, DateTimeOffset End, int Table, string First, string Second, bool Locked);

public sealed record UnplacedView(Guid RequestId, string First, string Second, string? Reason, string? About);

public sealed record ScheduleRunView(DateTimeOffset RunAt, int Placed, int Unplaced, bool ProvedOptimal, bool Refused);

public sealed record ScheduleView(
    PartneringEventStatus Status, int Accepted, IReadOnlyList<PlacementView> Placements, IReadOnlyList<UnplacedView> Unplaced, ScheduleRunView? LastRun);

public sealed record AgendaItem(
    Guid RequestId, DateTimeOffset Start, DateTimeOffset End, int Table, string Counterpart, string CounterpartOrganization, string? CounterpartEmail,
    bool CanGiveFeedback, bool? FollowUpPlanned, string? NextStep, Guid? FollowUpInquiryId = null);

/// <summary>For the organiser after the event: meetings whose participants planned a follow-up, and how many of them went on to an inquiry thread and to a deal.</summary>
public sealed record EventFollowUpSummary(int FollowUpPlanned, int Threads, int Deals);

/// <summary>The event whose meeting an inquiry thread follows up.</summary>
public sealed record EventFollowUpOrigin(Guid EventId, string NameKo, string NameEn);

public sealed record AgendaView(string EventNameKo, string EventNameEn, string? Venue, bool IsOnline, bool Published, IReadOnlyList<AgendaItem> Items);
