namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>
/// Generates a realistic, fully deterministic demo directory: Korean and overseas organisations, researchers,
/// experts and overseas Korean engineers with affiliations, and bilingual publications that tie them to their
/// fields. The same seed, codes and time always yield identical data, Guids included.
/// </summary>
public static class DemoDirectoryGenerator
{
    /// <param name="seed">Seed of the only random source.</param>
    /// <param name="fieldCodes">Super-gap field codes that exist; fields outside this set are never used.</param>
    /// <param name="industryCodes">Industry codes that exist; an organisation whose industry is missing gets none.</param>
    /// <param name="countryCodes">ISO alpha-2 codes that exist; organisations in other countries are skipped.</param>
    /// <param name="now">Reference time; timestamps fall in the three years before it.</param>
    public static DemoDirectory Generate(
        int seed,
        IReadOnlyCollection<string> fieldCodes,
        IReadOnlyCollection<string> industryCodes,
        IReadOnlyCollection<string> countryCodes,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(fieldCodes);
        ArgumentNullException.ThrowIfNull(industryCodes);
        ArgumentNullException.ThrowIfNull(countryCodes);

        var givenFields = fieldCodes.ToHashSet(StringComparer.Ordinal);
        var fields = DemoVocabulary.All.Where(v => givenFields.Contains(v.FieldCode)).ToList();
        if (fields.Count == 0)
        {
            throw new ArgumentException("None of the given field codes has demo vocabulary.", nameof(fieldCodes));
        }

        var context = new DemoContext(
            new DemoRandom(seed, now),
            fields,
            industryCodes.ToHashSet(StringComparer.Ordinal),
            countryCodes.ToHashSet(StringComparer.Ordinal));
        var orgs = DemoOrganizationBuilder.Build(context);
        var people = DemoPeopleBuilder.Build(context, orgs);
        var publications = DemoPublicationBuilder.Build(context, people);
        return new DemoDirectory(
            orgs.Select(o => o.Organization).ToList(),
            people.Select(p => p.Person).ToList(),
            people.SelectMany(p => p.Affiliations).ToList(),
            publications);
    }
}
