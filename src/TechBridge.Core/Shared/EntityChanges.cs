namespace TechBridge.Core.Shared;

/// <summary>Which directory entities a saved unit of work touched (the matching index follows them).</summary>
public sealed record EntityChanges(IReadOnlySet<Guid> Organizations, IReadOnlySet<Guid> People)
{
    public bool IsEmpty => Organizations.Count == 0 && People.Count == 0;
}

/// <summary>Told after every successful save; implementations must be fast and must not throw.</summary>
public interface IEntityChangeObserver
{
    void Changed(EntityChanges changes);
}
