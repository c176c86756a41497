using TechBridge.Core.Directory;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Matching.Index;

namespace TechBridge.Core.Matching;

/// <summary>
/// Turns matched entities into engine documents: organisations and people here, equipment and marketplace entries in
/// the other parts of this class. Both languages go in, so a Korean need finds an English profile and the other way
/// round: names in both scripts, field, industry and stage names in Korean and English.
/// </summary>
public static partial class EntityDocuments
{
    public const string OrganizationPrefix = "org:";
    public const string PersonPrefix = "person:";
    public const string PersonType = "Person";

    /// <summary>How many publication titles and abstracts of a person go into the body (the newest first).</summary>
    public const int PublicationsPerPerson = 12;

    public static string IdOf(Organization organization) => OrganizationPrefix + organization?.Id.ToString("N");

    public static string IdOf(Person person) => PersonPrefix + person?.Id.ToString("N");

    public static MatchDocument From(Organization organization, TaxonomySnapshot taxonomy)
    {
        ArgumentNullException.ThrowIfNull(organization);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var fields = organization.Fields.Select(f => f.FieldCode).ToList();
        return new MatchDocument(IdOf(organization), new Dictionary<string, string>
        {
            ["title"] = Join(organization.NameKo, organization.NameEn),
            ["keywords"] = Join([.. fields.SelectMany(f => FieldNames(taxonomy, f)), .. IndustryNames(taxonomy, organization.IndustryCode)]),
            ["summary"] = Join(organization.City, CountryNames(taxonomy, organization.CountryCode), Reach(organization.CountryCode)),
            ["body"] = organization.Description ?? string.Empty,
        }, new DocumentFacets
        {
            EntityType = organization.Kind.ToString(),
            Fields = fields,
            Industry = organization.IndustryCode,
            Country = organization.CountryCode,
        });
    }

    public static MatchDocument From(Person person, IEnumerable<string> organizationNames, IEnumerable<Publication> publications, TaxonomySnapshot taxonomy)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var fields = person.Fields.Select(f => f.FieldCode).ToList();
        var papers = (publications ?? []).OrderByDescending(p => p.Year).Take(PublicationsPerPerson).ToList();
        return new MatchDocument(IdOf(person), new Dictionary<string, string>
        {
            ["title"] = Join(person.NameKo, person.NameEn),
            ["keywords"] = Join([person.Keywords, .. fields.SelectMany(f => FieldNames(taxonomy, f))]),
            ["summary"] = Join([person.Position, .. organizationNames ?? [], CountryNames(taxonomy, person.CountryCode), Reach(person.CountryCode)]),
            ["body"] = Join([person.Bio, .. papers.Select(p => p.Title), .. papers.Select(p => p.Abstract)]),
        }, new DocumentFacets
        {
            EntityType = PersonType,
            Fields = fields,
            Country = person.CountryCode,
        });
    }

    /// <summary>Needs say "해외 연구기관" or "domestic partner"; profiles rarely say where they are from Korea's point of view.</summary>
    private static string Reach(string countryCode) => countryCode == "KR" ? "국내 domestic Korea" : "해외 overseas foreign global";

    private static IEnumerable<string> FieldNames(TaxonomySnapshot taxonomy, IEnumerable<string> codes) => codes.SelectMany(c => FieldNames(taxonomy, c));

    private static IEnumerable<string> StageNames(TaxonomySnapshot taxonomy, string? code) =>
        code is not null && taxonomy.RndStages.TryGetValue(code, out var s) ? [s.NameKo, s.NameEn] : [];

    private static IEnumerable<string> FieldNames(TaxonomySnapshot taxonomy, string code) =>
        taxonomy.Fields.TryGetValue(code, out var f) ? [f.NameKo, f.NameEn] : [];

    private static IEnumerable<string> IndustryNames(TaxonomySnapshot taxonomy, string? code) =>
        code is not null && taxonomy.Industries.TryGetValue(code, out var i) ? [i.NameKo, i.NameEn] : [];

    private static string CountryNames(TaxonomySnapshot taxonomy, string code) =>
        taxonomy.Countries.TryGetValue(code, out var c) ? Join(c.NameKo, c.NameEn) : code;

    private static string Join(params IEnumerable<string?> parts) => string.Join(" · ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
