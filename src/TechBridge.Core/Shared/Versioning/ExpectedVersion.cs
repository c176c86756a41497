using TechBridge.Core.Shared.Errors;

namespace TechBridge.Core.Shared.Versioning;

/// <summary>The check a service makes before it changes or deletes a versioned entity the caller read earlier.</summary>
public static class ExpectedVersion
{
    /// <summary>
    /// Throws <see cref="PreconditionFailedException"/> when the caller based the change on another version than the one
    /// loaded. Without an expected version (no <c>If-Match</c>) the loaded version still guards the save against a lost race.
    /// </summary>
    public static void Check(IVersioned entity, long? expected, string entityName, object id)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (expected is { } version && version != entity.Version)
        {
            throw new PreconditionFailedException(entityName, id, entity.Version);
        }
    }
}
