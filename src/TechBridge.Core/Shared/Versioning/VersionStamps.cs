using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace TechBridge.Core.Shared.Versioning;

/// <summary>
/// Finds the versioned entities a unit of work touches: those changed or deleted themselves, and the owners of changed
/// child rows. A child row is one whose primary key includes the foreign key to a versioned entity (a need's field,
/// an organisation's field), so a change to the children alone is a change of their owner and conflicts the same way.
/// </summary>
internal static class VersionStamps
{
    /// <summary>Sets new entities to the first version and raises the version of every touched one, in a fixed order (rows are locked in that order).</summary>
    public static IReadOnlyList<VersionStamp> Stamp(DbContext context)
    {
        context.ChangeTracker.DetectChanges();
        var entries = context.ChangeTracker.Entries().ToList();
        var versioned = new Dictionary<string, EntityEntry>(StringComparer.Ordinal);
        foreach (var entry in entries.Where(e => e.Entity is IVersioned))
        {
            versioned[Identity(entry.Metadata, PrimaryKey(entry))] = entry;
        }

        var stamps = new SortedDictionary<string, VersionStamp>(StringComparer.Ordinal);
        foreach (var entry in entries.Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            if (entry.Entity is IVersioned)
            {
                Touch(stamps, entry);
                continue;
            }

            foreach (var owner in OwnersOf(entry.Metadata))
            {
                var key = owner.Properties.Select(p => entry.State == EntityState.Deleted ? entry.Property(p.Name).OriginalValue : entry.Property(p.Name).CurrentValue).ToArray();
                var identity = Identity(owner.PrincipalEntityType, key);
                if (versioned.TryGetValue(identity, out var root))
                {
                    Touch(stamps, root);
                }
                else
                {
                    stamps.TryAdd(identity, VersionStamp.Untracked(owner.PrincipalEntityType, key));
                }
            }
        }

        foreach (var stamp in stamps.Values)
        {
            stamp.Raise();
        }

        return [.. stamps.Values];
    }

    /// <summary>The versioned entity a failed entry belongs to (itself, or the owner of a child row), if it is one of <paramref name="stamps"/>.</summary>
    public static VersionStamp? OwnerOf(EntityEntry entry, IEnumerable<VersionStamp> stamps)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var identities = entry.Entity is IVersioned
            ? [Identity(entry.Metadata, PrimaryKey(entry))]
            : OwnersOf(entry.Metadata).Select(o => Identity(o.PrincipalEntityType, [.. o.Properties.Select(p => entry.Property(p.Name).OriginalValue)])).ToList();
        return stamps.FirstOrDefault(s => s.Entry is not null && identities.Contains(Identity(s.Type, s.Key)));
    }

    public static string KeyText(object?[] key) => string.Join('|', key.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));

    private static void Touch(SortedDictionary<string, VersionStamp> stamps, EntityEntry entry)
    {
        if (entry.State == EntityState.Added)
        {
            var version = entry.Property(nameof(IVersioned.Version));
            if ((long)version.CurrentValue! < VersionedModel.First)
            {
                version.CurrentValue = VersionedModel.First;
            }

            return;
        }

        var key = PrimaryKey(entry);
        stamps.TryAdd(Identity(entry.Metadata, key), VersionStamp.Tracked(entry, key));
    }

    private static IEnumerable<IForeignKey> OwnersOf(IEntityType type) =>
        type.GetForeignKeys().Where(fk => typeof(IVersioned).IsAssignableFrom(fk.PrincipalEntityType.ClrType)
            && fk.PrincipalKey.IsPrimaryKey() && fk.Properties.All(p => p.IsPrimaryKey()));

    private static object?[] PrimaryKey(EntityEntry entry) =>
        [.. entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue)];

    private static string Identity(IEntityType type, object?[] key) => type.GetTableName() + "|" + KeyText(key);
}
