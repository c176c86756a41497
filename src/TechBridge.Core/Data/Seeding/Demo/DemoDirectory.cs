using TechBridge.Core.Directory;

namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>Generated demo directory content; every entity in it has <c>IsDemo = true</c>.</summary>
public sealed record DemoDirectory(
    IReadOnlyList<Organization> Organizations,
    IReadOnlyList<Person> People,
    IReadOnlyList<Affiliation> Affiliations,
    IReadOnlyList<Publication> Publications);
