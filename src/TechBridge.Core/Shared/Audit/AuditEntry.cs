namespace TechBridge.Core.Shared.Audit;

/// <summary>One state change: who, when, what entity, and its values before and after (JSON).</summary>
public sealed class AuditEntry
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public DateTimeOffset At { get; init; }
    public string? ActorId { get; init; }
    public required string ActorName { get; init; }
    public string? RequestId { get; init; }
    public required AuditAction Action { get; init; }
    public required string EntityType { get; init; }
    public required string EntityId { get; init; }
    public string? Before { get; init; }
    public string? After { get; init; }
}

public enum AuditAction
{
    Added,
    Modified,
    Deleted,
}
