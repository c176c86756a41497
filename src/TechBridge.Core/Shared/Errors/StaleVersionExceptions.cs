using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Shared.Errors;

/// <summary>A change was based on a version of an entity that is no longer the current one; carries the current version.</summary>
public abstract class StaleVersionException(string message, string entity, object id, long currentVersion) : Exception(message)
{
    public string Entity { get; } = entity;
    public string Id { get; } = id.ToString() ?? string.Empty;
    public long CurrentVersion { get; } = currentVersion;
}

/// <summary>The caller's expected version (HTTP <c>If-Match</c>) is not the current one (HTTP 412); nothing was changed.</summary>
public sealed class PreconditionFailedException(string entity, object id, long currentVersion)
    : StaleVersionException(CoreMessages.Get("Concurrency.PreconditionFailed"), entity, id, currentVersion);

/// <summary>Someone else saved a change to the entity first, while this change was being made (HTTP 409); nothing was changed.</summary>
public sealed class ConcurrencyConflictException(string entity, object id, long currentVersion)
    : StaleVersionException(CoreMessages.Get("Concurrency.Conflict"), entity, id, currentVersion);
