namespace TechBridge.Core.Facilities.Requests;

/// <summary>
/// One step of a support request's timeline: who did what and when, with what they wrote. Shown to every party (a center
/// sees the request's own steps and those of its parts). Written in the same unit of work as the change it records.
/// </summary>
public sealed class SupportRequestEvent
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid RequestId { get; init; }
    public Guid? AssignmentId { get; init; }

    /// <summary>The person who acted; null for the system (escalation).</summary>
    public Guid? ActorId { get; init; }
    public string ActorName { get; init; } = string.Empty;
    public SupportRequestEventKind Kind { get; init; }
    public string? Text { get; init; }
    public DateTimeOffset At { get; init; }
}

public enum SupportRequestEventKind
{
    Submitted,
    QuestionAsked,
    QuestionAnswered,
    Assigned,
    Quoted,
    Declined,
    Accepted,
    Rejected,
    Escalated,
    Completed,
    Cancelled,
    Closed,
}
