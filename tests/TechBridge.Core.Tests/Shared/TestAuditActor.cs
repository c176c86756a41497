using TechBridge.Core.Shared.Audit;

namespace TechBridge.Core.Tests.Shared;

/// <summary>A signed-in person as the web host would supply one.</summary>
public sealed class TestAuditActor(string actorId, string actorName, string? requestId) : IAuditActor
{
    public string? ActorId { get; } = actorId;

    public string ActorName { get; } = actorName;

    public string? RequestId { get; } = requestId;
}
