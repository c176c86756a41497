namespace TechBridge.Core.Shared;

/// <summary>
/// Which matched entities a saved unit of work touched: directory organisations and people, equipment, public
/// technologies and technology needs (the matching index follows them).
/// </summary>
public sealed record EntityChanges(
    IReadOnlySet<Guid> Organizations,
    IReadOnlySet<Guid> People,
    IReadOnlySet<Guid> Equipment,
    IReadOnlySet<Guid> Technologies,
    IReadOnlySet<Guid> Needs)
{
    public bool IsEmpty => Organizations.Count == 0 && People.Count == 0 && Equipment.Count == 0 && Technologies.Count == 0 && Needs.Count == 0;

    /// <summary>Everything any of <paramref name="changes"/> touched, as one set per kind.</summary>
    public static EntityChanges Union(IEnumerable<EntityChanges> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        HashSet<Guid> organizations = [], people = [], equipment = [], technologies = [], needs = [];
        foreach (var change in changes)
        {
            organizations.UnionWith(change.Organizations);
            people.UnionWith(change.People);
            equipment.UnionWith(change.Equipment);
            technologies.UnionWith(change.Technologies);
            needs.UnionWith(change.Needs);
        }

        return new EntityChanges(organizations, people, equipment, technologies, needs);
    }
}

/// <summary>Told after every successful save; implementations must be fast and must not throw.</summary>
public interface IEntityChangeObserver
{
    void Changed(EntityChanges changes);
}
