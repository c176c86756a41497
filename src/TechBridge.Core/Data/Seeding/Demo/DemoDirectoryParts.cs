using TechBridge.Core.Directory;

namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>One topic of one field that an organisation or person works on.</summary>
internal sealed record Specialty(DemoFieldVocabulary Field, DemoTopic Topic);

/// <summary>What the generator knows about an organisation beyond the entity: its specialties and mail domain.</summary>
internal sealed class DemoOrg(Organization organization, IReadOnlyList<Specialty> specialties, string emailDomain)
{
    public Organization Organization { get; } = organization;

    public IReadOnlyList<Specialty> Specialties { get; } = specialties;

    public string EmailDomain { get; } = emailDomain;

    public bool Overseas => Country is not null;

    public OverseasCountry? Country { get; init; }

    /// <summary>The Korean name of the host institution of an overseas unit ("노스브리지 공과대학").</summary>
    public string? HostNameKo { get; init; }

    /// <summary>The English name of the laboratory or group of an overseas unit; null for companies.</summary>
    public string? UnitEn { get; init; }

    public bool IsOverseasCompany { get; init; }

    public List<DemoPerson> Members { get; } = [];
}

/// <summary>What the generator knows about a person beyond the entity.</summary>
internal sealed class DemoPerson(Person person, DemoOrg org, IReadOnlyList<Specialty> specialties, bool senior)
{
    public Person Person { get; } = person;

    public DemoOrg Org { get; } = org;

    public IReadOnlyList<Specialty> Specialties { get; } = specialties;

    public bool Senior { get; } = senior;

    public List<Affiliation> Affiliations { get; } = [];

    public bool HasField(string fieldCode) => Specialties.Any(s => s.Field.FieldCode == fieldCode);
}

/// <summary>The random source and the codes the generator may use.</summary>
internal sealed class DemoContext(DemoRandom random, IReadOnlyList<DemoFieldVocabulary> fields, IReadOnlySet<string> industries, IReadOnlySet<string> countries)
{
    public DemoRandom Random { get; } = random;

    public IReadOnlyList<DemoFieldVocabulary> Fields { get; } = fields;

    public DemoFieldVocabulary? Field(string code) => Fields.FirstOrDefault(f => f.FieldCode == code);

    public IReadOnlyList<DemoFieldVocabulary> AvailableFields(IEnumerable<string> codes) =>
        codes.Distinct(StringComparer.Ordinal).Select(Field).OfType<DemoFieldVocabulary>().ToList();

    public bool HasIndustry(string code) => industries.Contains(code);

    public bool HasCountry(string code) => countries.Contains(code);
}
