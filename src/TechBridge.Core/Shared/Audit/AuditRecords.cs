using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Core.Shared.Audit;

/// <summary>
/// Audit entries for changes made by a single atomic SQL statement (which bypasses the change tracker, and so
/// <see cref="AuditTrail"/>): the caller adds one here and saves it with its next SaveChanges.
/// </summary>
internal static class AuditRecords
{
    public static void Add(DbContext db, IAuditActor actor, TimeProvider time, string entityType, string entityId, IReadOnlyDictionary<string, object?> after) =>
        db.Add(new AuditEntry
        {
            At = Clock.UtcNow(time),
            ActorId = actor.ActorId,
            ActorName = actor.ActorName,
            RequestId = actor.RequestId,
            Action = AuditAction.Modified,
            EntityType = entityType,
            EntityId = entityId,
            After = AuditJson.Serialize(after),
        });
}
