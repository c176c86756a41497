using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Core.Shared.Audit;

/// <summary>Turns the pending changes of a context into audit entries added to the same unit of work.</summary>
internal static class AuditTrail
{
    private const string Masked = "***";

    /// <summary>Adds the audit entries for the pending changes and returns them, so a failed save can take them back.</summary>
    public static IReadOnlyList<AuditEntry> Record(DbContext context, IAuditActor actor, TimeProvider time)
    {
        context.ChangeTracker.DetectChanges();
        var at = Clock.UtcNow(time);
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.Entity is not AuditEntry && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => ToAuditEntry(e, actor, at))
            .OfType<AuditEntry>()
            .ToList();
        context.AddRange(entries);
        return entries;
    }

    /// <summary>After a failed save the entries must not stay tracked, or a retry would write them twice.</summary>
    public static void Forget(DbContext context, IReadOnlyList<AuditEntry> entries)
    {
        foreach (var entry in entries)
        {
            context.Entry(entry).State = EntityState.Detached;
        }
    }

    private static AuditEntry? ToAuditEntry(EntityEntry entry, IAuditActor actor, DateTimeOffset at)
    {
        var action = entry.State switch
        {
            EntityState.Added => AuditAction.Added,
            EntityState.Deleted => AuditAction.Deleted,
            _ => AuditAction.Modified,
        };
        var before = action == AuditAction.Added ? null : Snapshot(entry, original: true, onlyChanged: action == AuditAction.Modified);
        var after = action == AuditAction.Deleted ? null : Snapshot(entry, original: false, onlyChanged: action == AuditAction.Modified);
        if (action == AuditAction.Modified && after == "{}")
        {
            return null;
        }

        return new AuditEntry
        {
            At = at,
            ActorId = actor.ActorId,
            ActorName = actor.ActorName,
            RequestId = actor.RequestId,
            Action = action,
            EntityType = entry.Metadata.ClrType.Name,
            EntityId = KeyOf(entry),
            Before = before,
            After = after,
        };
    }

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null
            ? string.Empty
            : string.Join('|', key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static string Snapshot(EntityEntry entry, bool original, bool onlyChanged)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            if (onlyChanged && !property.IsModified)
            {
                continue;
            }

            var masked = property.Metadata.PropertyInfo?.GetCustomAttribute<AuditMaskedAttribute>() is not null;
            var value = original ? property.OriginalValue : property.CurrentValue;
            values[property.Metadata.Name] = masked ? Masked : value is Enum e ? e.ToString() : value;
        }

        return AuditJson.Serialize(values);
    }
}
