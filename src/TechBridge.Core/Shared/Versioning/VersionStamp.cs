using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace TechBridge.Core.Shared.Versioning;

/// <summary>
/// One versioned entity a unit of work changes, deletes, or changes child rows of. A tracked one (<see cref="Entry"/>)
/// was loaded at <see cref="Expected"/> and is saved as <see cref="Expected"/> + 1 only if the row still has that version;
/// an untracked one (a child row saved without its parent loaded) is raised by one without a check.
/// </summary>
internal sealed class VersionStamp
{
    private VersionStamp(IEntityType type, object?[] key, EntityEntry? entry, long? expected)
    {
        Type = type;
        Key = key;
        Entry = entry;
        Expected = expected;
    }

    public IEntityType Type { get; }

    /// <summary>The primary key values, in the order of the key's properties.</summary>
    public object?[] Key { get; }

    public EntityEntry? Entry { get; }

    public long? Expected { get; }

    public static VersionStamp Tracked(EntityEntry entry, object?[] key) =>
        new(entry.Metadata, key, entry, (long)entry.Property(nameof(IVersioned.Version)).OriginalValue!);

    public static VersionStamp Untracked(IEntityType type, object?[] key) => new(type, key, null, null);

    /// <summary>Shows the new version in the change tracker (the audit records it), before anything is written.</summary>
    public void Raise()
    {
        if (Entry is { State: not Microsoft.EntityFrameworkCore.EntityState.Deleted } && Expected is { } expected)
        {
            Entry.Property(nameof(IVersioned.Version)).CurrentValue = expected + 1;
        }
    }

    /// <summary>After the row was locked at the new version, the save's own UPDATE or DELETE must expect that version.</summary>
    public void Locked()
    {
        if (Entry is not null && Expected is { } expected)
        {
            Entry.Property(nameof(IVersioned.Version)).OriginalValue = expected + 1;
        }
    }

    /// <summary>After a failed save the entity is back at the version it was loaded with.</summary>
    public void Undo()
    {
        if (Entry is null || Expected is not { } expected)
        {
            return;
        }

        var version = Entry.Property(nameof(IVersioned.Version));
        version.OriginalValue = expected;
        if (Entry.State != Microsoft.EntityFrameworkCore.EntityState.Deleted)
        {
            version.CurrentValue = expected;
        }
    }
}
