using TechBridge.Core.Data.Seeding;

namespace TechBridge.Core.Matching;

/// <summary>
/// Which glossary field codes name a subject (the super-gap fields and the industries) and so decide the sense of an
/// ambiguous word; the other codes ("GENERAL_RND", "IP", …) do not (see <see cref="TechBridge.Matching.Search.Glossary"/>).
/// </summary>
public static class GlossaryTopics
{
    /// <summary>The field and industry codes of the seed files in <paramref name="seedDirectory"/>; null when they are missing.</summary>
    public static IReadOnlySet<string>? FromSeedDirectory(string? seedDirectory)
    {
        if (seedDirectory is null || !File.Exists(Path.Combine(seedDirectory, "fields.json")) || !File.Exists(Path.Combine(seedDirectory, "industries.json")))
        {
            return null;
        }

        return new HashSet<string>(
            SeedFiles.ReadFrom<NamedSeed>(seedDirectory, "fields.json").Select(f => f.Code)
                .Concat(SeedFiles.ReadFrom<IndustrySeed>(seedDirectory, "industries.json").Select(i => i.Code)),
            StringComparer.Ordinal);
    }
}
