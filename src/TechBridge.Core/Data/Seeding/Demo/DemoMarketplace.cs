using TechBridge.Core.Facilities;
using TechBridge.Core.Marketplace;

namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>Generated demo equipment, public technologies and technology needs; every entity in it has <c>IsDemo = true</c>.</summary>
public sealed record DemoMarketplace(
    IReadOnlyList<Equipment> Equipment,
    IReadOnlyList<PublicTechnology> Technologies,
    IReadOnlyList<TechnologyNeed> Needs);
