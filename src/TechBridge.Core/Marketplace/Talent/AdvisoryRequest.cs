using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Marketplace.Talent;

/// <summary>
/// A company's request for advice on overseas cooperation from the K-TAG network: a coordinator assigns a K-TAG member,
/// the session is held and logged with its outcome. Requested → Assigned → Completed, or Cancelled by the company before
/// the session.
/// </summary>
public sealed class AdvisoryRequest : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CompanyId { get; init; }
    public Guid RequestedById { get; init; }
    public string Topic { get; set; } = string.Empty;
    public string Question { get; set; } = string.Empty;
    public string CountryCode { get; set; } = string.Empty;
    public string? FieldCode { get; set; }
    public AdvisoryStatus Status { get; set; }
    public DateTimeOffset RequestedAt { get; init; }

    public Guid? MemberPersonId { get; set; }
    public Guid? AssignedById { get; set; }
    public DateTimeOffset? AssignedAt { get; set; }
    public string? AssignmentNote { get; set; }

    public DateOnly? SessionOn { get; set; }
    public int? SessionMinutes { get; set; }
    public AdvisoryOutcome? Outcome { get; set; }
    public string? OutcomeNote { get; set; }
    public Guid? LoggedById { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Kept by the DbContext (see <see cref="IVersioned"/>).</summary>
    public long Version { get; private set; }
}

public enum AdvisoryStatus
{
    Requested,
    Assigned,
    Completed,
    Cancelled,
}

/// <summary>What the session led to.</summary>
public enum AdvisoryOutcome
{
    AdviceGiven,
    PartnerIntroduced,
    FollowUpPlanned,
    NotPursued,
}
