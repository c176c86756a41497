namespace TechBridge.Core.Programs.Review.Conflicts;

/// <summary>An active pool reviewer as conflict checks see them: names, and the organisations they belong or recently belonged to.</summary>
public sealed record PoolPerson(Guid Id, string NameKo, string NameEn)
{
    public IReadOnlyList<Guid> Organizations { get; init; } = [];

    public string? Email { get; init; }
}
