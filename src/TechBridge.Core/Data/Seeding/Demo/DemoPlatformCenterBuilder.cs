using TechBridge.Core.Directory;

namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>
/// Completes the demo directory into a full i-Platform: equipment centers until each industry has
/// <see cref="CentersPerIndustry"/> (the directory brings a few), named after fictional regional hosts, and one
/// representative institution per industry.
/// </summary>
internal static class DemoPlatformCenterBuilder
{
    public const int CentersPerIndustry = 46;

    private const string Korea = "KR";

    public static List<Organization> Centers(DemoRandom random, IReadOnlyList<Organization> existing, IReadOnlyCollection<string> industries, IReadOnlySet<string> fields)
    {
        var centers = new List<Organization>();
        var names = existing.Select(o => o.NameKo).ToHashSet(StringComparer.Ordinal);
        foreach (var industry in industries.Order(StringComparer.Ordinal))
        {
            if (!DemoPlatformNames.CenterTypes.TryGetValue(industry, out var types))
            {
                continue;
            }

            var have = existing.Count(o => o.Kind == OrganizationKind.EquipmentCenter && o.IndustryCode == industry);
            var hosts = DemoPlatformNames.Hosts.Where(h => h.Industries.Contains(industry)).ToList();
            var pairs = hosts.SelectMany(h => types.Where(t => t.Fields.Any(fields.Contains)).Select(t => (Host: h, Type: t)))
                .Where(p => !names.Contains(Name(p.Host, p.Type))).ToList();
            random.Shuffle(pairs);
            foreach (var (host, type) in pairs.Take(Math.Max(0, CentersPerIndustry - have)))
            {
                names.Add(Name(host, type));
                centers.Add(Center(random, host, type, industry, fields));
            }
        }

        return centers;
    }

    public static List<Organization> Representatives(DemoRandom random, IReadOnlyCollection<string> industries, IReadOnlySet<string> fields) =>
        DemoPlatformNames.Representatives.Where(r => industries.Contains(r.Industry)).Select(r =>
        {
            var organization = New(random, OrganizationKind.ResearchInstitute, r.Ko, r.En, r.City, $"https://www.{r.Slug}.example.org", r.Founded);
            organization.IndustryCode = r.Industry;
            var industryKo = DemoOrganizationNames.IndustryNamesKo.GetValueOrDefault(r.Industry, r.Ko);
            organization.Description =
                $"{industryKo} 업종 i-Platform 대표기관으로, 업종 내 장비센터를 연계해 기업의 장비·시험·교육 지원요청을 접수하고 " +
                "연구개발 단계별로 알맞은 장비와 센터를 안내한다. 노후 장비 고도화와 장비 활용 컨설팅을 함께 조정한다.";
            AddFields(organization, r.Fields.Where(fields.Contains));
            return organization;
        }).ToList();

    private static string Name(PlatformHost host, EquipmentCenterType type) => $"{host.Ko} {type.Ko}";

    private static Organization Center(DemoRandom random, PlatformHost host, EquipmentCenterType type, string industry, IReadOnlySet<string> fields)
    {
        var organization = New(random, OrganizationKind.EquipmentCenter, Name(host, type), $"{type.En}, {host.En}", host.City,
            $"https://{host.Slug}.example.org/{type.Slug}", random.Next(2000, 2022));
        organization.IndustryCode = industry;
        var vocabularies = type.Fields.Where(fields.Contains).Select(f => DemoVocabulary.Find(f)).OfType<DemoFieldVocabulary>().ToList();
        var specialties = random.Sample(vocabularies[0].Topics, 2).Select(t => new Specialty(vocabularies[0], t))
            .Concat(vocabularies.Skip(1).Select(v => new Specialty(v, random.Pick(v.Topics)))).ToList();
        var industryKo = DemoOrganizationNames.IndustryNamesKo.GetValueOrDefault(industry, vocabularies[0].Name.Ko);
        organization.Description = DemoProfileTemplates.EquipmentCenterDescription(ProfileTerms.From(random, specialties, industryKo, 0, 0, string.Empty));
        AddFields(organization, vocabularies.Select(v => v.FieldCode));
        return organization;
    }

    private static Organization New(DemoRandom random, OrganizationKind kind, string nameKo, string nameEn, string city, string website, int founded)
    {
        var (created, updated) = random.Timestamps();
        return new Organization
        {
            Id = random.NextGuid(),
            Kind = kind,
            NameKo = nameKo,
            NameEn = nameEn,
            CountryCode = Korea,
            City = city,
            Website = website,
            FoundedYear = Math.Min(founded, random.Today.Year),
            IsDemo = true,
            CreatedAt = created,
            UpdatedAt = updated,
        };
    }

    private static void AddFields(Organization organization, IEnumerable<string> fields)
    {
        foreach (var code in fields.Distinct(StringComparer.Ordinal))
        {
            organization.Fields.Add(new OrganizationField { FieldCode = code });
        }
    }
}
