using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Marketplace.Events;

/// <summary>
/// A partnering (brokerage) event: participants register with what they offer and seek, ask each other for one-to-one
/// meetings, and the organiser schedules the accepted ones into the event's slots and tables. The days are consecutive KST
/// dates; each day runs from <see cref="DailyStartMinute"/> to <see cref="DailyEndMinute"/> (minutes after midnight KST),
/// cut into meetings of <see cref="MeetingMinutes"/>; the tables are T1…T<see cref="TableCount"/>.
/// </summary>
public sealed class PartneringEvent : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string NameKo { get; set; } = string.Empty;
    public string NameEn { get; set; } = string.Empty;
    public string Description { get; set; } = string.Empty;

    /// <summary>The venue; null when the event is online.</summary>
    public string? Venue { get; set; }
    public bool IsOnline { get; set; }
    public DateOnly FirstDay { get; set; }
    public DateOnly LastDay { get; set; }
    public int DailyStartMinute { get; set; }
    public int DailyEndMinute { get; set; }
    public int MeetingMinutes { get; set; }
    public int TableCount { get; set; }
    public DateTimeOffset RegistrationDeadline { get; set; }
    public PartneringEventStatus Status { get; set; }

    /// <summary>The coordinator or program manager who created the event.</summary>
    public Guid OrganizerId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? PublishedAt { get; set; }
    public long Version { get; private set; }
}

/// <summary>Draft → Open (registration and meeting requests) → Scheduled (the schedule is published) → Closed.</summary>
public enum PartneringEventStatus
{
    Draft,
    Open,
    Scheduled,
    Closed,
}
