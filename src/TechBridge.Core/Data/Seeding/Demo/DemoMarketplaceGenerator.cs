using TechBridge.Core.Directory;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>
/// Generates deterministic demo equipment (for the demo equipment centers), public technologies (of the demo universities
/// and research institutes) and technology needs (of the demo companies) on top of a demo directory. The same seed,
/// directory, taxonomy and time always yield identical data, Guids included, whatever order the directory comes in.
/// </summary>
public static class DemoMarketplaceGenerator
{
    /// <param name="seed">Seed of the only random source.</param>
    /// <param name="directory">The demo directory (organisations with their fields, people, affiliations), generated or read back from the database.</param>
    /// <param name="taxonomy">Stages, industries, countries and cooperation types that exist; nothing outside them is used.</param>
    /// <param name="now">Reference time; timestamps fall in the three years before it.</param>
    public static DemoMarketplace Generate(int seed, DemoDirectory directory, TaxonomySnapshot taxonomy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var random = new DemoRandom(seed, now);
        var organizations = directory.Organizations.Where(o => o.IsDemo).OrderBy(o => o.Id).ToList();
        var centers = organizations.Where(o => o.Kind == OrganizationKind.EquipmentCenter).ToList();
        var owners = organizations.Where(o => o.Kind is OrganizationKind.University or OrganizationKind.ResearchInstitute).ToList();
        var companies = organizations.Where(o => o.Kind == OrganizationKind.Company && o.CountryCode == "KR").ToList();
        var staff = directory.Affiliations.Where(a => a.EndDate is null).OrderBy(a => a.OrganizationId).ThenBy(a => a.PersonId)
            .ToLookup(a => a.OrganizationId, a => a.PersonId);
        var stages = taxonomy.RndStages.Values.OrderBy(s => s.SortOrder).ToList();
        var industries = taxonomy.Industries.Keys.ToHashSet(StringComparer.Ordinal);

        var equipment = DemoEquipmentBuilder.Build(random, centers, stages, industries);
        var technologies = DemoTechnologyBuilder.Build(random, owners, staff);
        var needs = DemoNeedBuilder.Build(random, companies, taxonomy);
        return new DemoMarketplace(equipment, technologies, needs);
    }
}
