namespace TechBridge.Core.Accounts;

public enum LinkRequestStatus
{
    Pending,
    Approved,
    Declined,
}

/// <summary>A person's request to act for an organisation, decided by an administrator or one of its managers.</summary>
public sealed class OrganizationLinkRequest
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid UserId { get; init; }
    public Guid OrganizationId { get; init; }
    public string? Message { get; init; }
    public LinkRequestStatus Status { get; set; } = LinkRequestStatus.Pending;
    public DateTimeOffset RequestedAt { get; init; }
    public DateTimeOffset? DecidedAt { get; set; }
    public Guid? DecidedById { get; set; }
    public string? DecisionNote { get; set; }
}
