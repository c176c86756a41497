namespace TechBridge.Core.Marketplace.Events;

/// <summary>
/// Where an accepted meeting takes place: a slot (index into the event's slots) and a table (1-based, shown as T1…Tn).
/// The database holds one meeting per table and slot (unique event, slot, table) and, through <see cref="EventPlacementSeat"/>,
/// one meeting per participant and slot.
/// </summary>
public sealed class EventPlacement
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid EventId { get; init; }
    public Guid MeetingRequestId { get; init; }
    public int SlotIndex { get; init; }
    public int TableNumber { get; init; }

    /// <summary>Kept as it is when the organiser reruns the schedule.</summary>
    public bool Locked { get; set; }
}

/// <summary>A participant's seat in a placed meeting; unique per event, slot and participant.</summary>
public sealed class EventPlacementSeat
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid PlacementId { get; init; }
    public Guid EventId { get; init; }
    public int SlotIndex { get; init; }
    public Guid ParticipantId { get; init; }
}

/// <summary>One run of the scheduler, kept (and audited) whether it produced a schedule or was refused for inconsistent input.</summary>
public sealed class EventScheduleRun
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid EventId { get; init; }
    public Guid RunById { get; init; }
    public DateTimeOffset RunAt { get; init; }
    public int Placed { get; init; }
    public int Unplaced { get; init; }
    public bool ProvedOptimal { get; init; }

    /// <summary>Why the input was refused (nothing was scheduled); null when the run produced a schedule.</summary>
    public string? Problem { get; init; }
}

/// <summary>After the event, each side of a held meeting says whether a follow-up is planned and what comes next.</summary>
public sealed class EventMeetingFeedback
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid MeetingRequestId { get; init; }
    public Guid ParticipantId { get; init; }
    public bool FollowUpPlanned { get; set; }
    public string NextStep { get; set; } = string.Empty;
    public DateTimeOffset GivenAt { get; set; }
}

/// <summary>
/// An inquiry thread a participant started after a held meeting to follow it up (from the agenda, once they recorded
/// that a follow-up is planned): the link from the meeting to the thread, and through the thread to any deal opened from
/// it. Counting distinct <see cref="MeetingRequestId"/> here gives the meetings that led to a thread.
/// </summary>
public sealed class EventMeetingFollowUp
{
    public Guid InquiryId { get; init; }
    public Guid MeetingRequestId { get; init; }
    public Guid EventId { get; init; }

    /// <summary>The participant who started the thread.</summary>
    public Guid ParticipantId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
