using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Facilities.Requests;

/// <summary>
/// A company's one-stop support request to i-Platform: what it develops, the problem, the R&amp;D stages it needs help
/// with and when. The coordinators of the industry's representative institution route parts of it to centers
/// (<see cref="SupportAssignment"/>); every step is an entry of its timeline (<see cref="SupportRequestEvent"/>).
/// </summary>
public sealed class SupportRequest : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CompanyId { get; init; }
    public Guid RequestedById { get; init; }
    public required string IndustryCode { get; set; }
    public string Title { get; set; } = string.Empty;
    public string Product { get; set; } = string.Empty;
    public string Problem { get; set; } = string.Empty;

    /// <summary>The product's technology readiness now, when the company knows it.</summary>
    public int? Trl { get; set; }
    public DateOnly PeriodFrom { get; set; }
    public DateOnly PeriodTo { get; set; }
    public SupportRequestStatus Status { get; set; }

    /// <summary>The coordinator's open question while the request waits for the company; the company's answer ends it.</summary>
    public string? Question { get; set; }

    /// <summary>Why the coordinator closed the request, or the company cancelled it.</summary>
    public string? Reason { get; set; }

    /// <summary>When the step the request waits for (routing, or the company's answer) is overdue; null when nothing waits on the request itself.</summary>
    public DateTimeOffset? DueAt { get; set; }

    /// <summary>How many times the waiting step moved on to the next person (0: not yet).</summary>
    public int EscalationLevel { get; set; }

    /// <summary>Generated demo content (development only).</summary>
    public bool IsDemo { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Version { get; private set; }

    public List<SupportRequestStage> Stages { get; init; } = [];
}

/// <summary>An R&amp;D stage the request asks help for.</summary>
public sealed class SupportRequestStage
{
    public Guid RequestId { get; init; }
    public required string StageCode { get; init; }
}
