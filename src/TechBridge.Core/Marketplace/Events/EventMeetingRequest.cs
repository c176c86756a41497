namespace TechBridge.Core.Marketplace.Events;

/// <summary>
/// One participant asks another for a one-to-one meeting; the other accepts or declines. Accepted requests are what the
/// schedule places. When the last schedule run could not place it, <see cref="UnplacedReason"/> says why and
/// <see cref="UnplacedParticipantId"/> whom the reason is about.
/// </summary>
public sealed class EventMeetingRequest
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid EventId { get; init; }
    public Guid RequesterId { get; init; }
    public Guid RecipientId { get; init; }
    public string? Message { get; init; }
    public MeetingRequestStatus Status { get; set; }
    public string? DeclineReason { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public string? UnplacedReason { get; set; }
    public Guid? UnplacedParticipantId { get; set; }
}

public enum MeetingRequestStatus
{
    Pending,
    Accepted,
    Declined,
}
