namespace TechBridge.Core.Shared.Audit;

/// <summary>Who is changing state right now; the web host supplies the signed-in user, tools supply "system".</summary>
public interface IAuditActor
{
    string? ActorId { get; }
    string ActorName { get; }
    string? RequestId { get; }
}

public sealed class SystemAuditActor(string name = "system") : IAuditActor
{
    public string? ActorId => null;
    public string ActorName { get; } = name;
    public string? RequestId => null;
}
