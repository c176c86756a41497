namespace TechBridge.Core.Shared.Versioning;

/// <summary>
/// An entity edited under optimistic concurrency. <see cref="Version"/> is 1 when the entity is created and one more on
/// every saved change of the entity or of one of its child rows (rows whose primary key includes the key of the
/// entity, like a need's fields): <c>TechBridgeDbContext</c> keeps it, so services never set it. Callers send the
/// version they read back with a change (HTTP <c>If-Match</c>); a change based on an older version is refused.
/// </summary>
public interface IVersioned
{
    long Version { get; }
}
