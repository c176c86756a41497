using TechBridge.Core.Directory;

namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>Creates the demo organisations: Korean companies, institutes, university centres, equipment centres and overseas units.</summary>
internal static class DemoOrganizationBuilder
{
    private const string Korea = "KR";

    private static readonly (CompanySize Size, int Count)[] CompanySizes =
        [(CompanySize.Startup, 38), (CompanySize.Small, 66), (CompanySize.MidSize, 46), (CompanySize.Large, 22)];

    private static readonly int[] ExtraFieldCounts = [0, 1, 2];
    private static readonly int[] ExtraFieldCountWeights = [5, 4, 1];

    public static List<DemoOrg> Build(DemoContext context)
    {
        var orgs = new List<DemoOrg>();
        if (context.HasCountry(Korea))
        {
            orgs.AddRange(Companies(context));
            orgs.AddRange(Institutes(context));
            orgs.AddRange(UniversityCenters(context));
            orgs.AddRange(EquipmentCenters(context));
        }

        orgs.AddRange(OverseasUnits(context));
        return orgs;
    }

    private static IEnumerable<DemoOrg> Companies(DemoContext context)
    {
        var random = context.Random;
        var profiles = DemoOrganizationNames.CompanyProfiles.Where(p => context.Field(p.FieldCode) is not null).ToList();
        if (profiles.Count == 0)
        {
            yield break;
        }

        var sizes = CompanySizes.SelectMany(s => Enumerable.Repeat(s.Size, s.Count)).ToList();
        random.Shuffle(sizes);
        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var size in sizes)
        {
            var profile = random.PickWeighted(profiles, p => p.Weight);
            OrgNamePart prefix, suffix;
            var tries = 0;
            do
            {
                prefix = random.Pick(DemoOrganizationNames.CompanyPrefixes);
                suffix = random.Pick(profile.Suffixes);
            }
            while (!usedNames.Add($"{prefix.Slug}-{suffix.Slug}") && ++tries < 100);

            var industries = profile.Industries.Where(context.HasIndustry).ToList();
            var industry = industries.Count > 0 ? random.Pick(industries) : null;
            var extraCount = random.PickWeighted(ExtraFieldCounts, n => ExtraFieldCountWeights[n]);
            var fields = new List<DemoFieldVocabulary> { context.Field(profile.FieldCode)! };
            fields.AddRange(random.Sample(context.AvailableFields(DemoFieldRelations.Of(profile.FieldCode)), extraCount));

            var specialties = Specialties(random, fields, primaryTopics: random.Next(1, 3));
            var (created, updated) = random.Timestamps();
            var founded = Math.Min(random.Today.Year, size switch
            {
                CompanySize.Startup => random.Next(2015, 2025),
                CompanySize.Small => random.Next(1990, 2022),
                CompanySize.MidSize => random.Next(1980, 2013),
                _ => random.Next(1975, 2001),
            });
            var nameKo = prefix.Ko + suffix.Ko;
            var legalForm = size switch
            {
                CompanySize.Startup => "Inc.",
                CompanySize.Large => "Corporation",
                _ => "Co., Ltd.",
            };
            var slug = $"{prefix.Slug}-{suffix.Slug}";
            var organization = new Organization
            {
                Id = random.NextGuid(),
                Kind = OrganizationKind.Company,
                NameKo = size != CompanySize.Large && random.Chance(0.35) ? "㈜" + nameKo : nameKo,
                NameEn = $"{prefix.En} {suffix.En} {legalForm}",
                CountryCode = Korea,
                City = random.Pick(profile.Cities),
                Website = $"https://{slug}.example.com",
                SizeClass = size,
                IndustryCode = industry,
                FoundedYear = founded,
                IsDemo = true,
                CreatedAt = created,
                UpdatedAt = updated,
            };
            organization.Description = CompanyDescription(random, specialties, size, founded);
            AddFields(organization, fields);
            yield return new DemoOrg(organization, specialties, $"{slug}.example.com");
        }
    }

    private static string CompanyDescription(DemoRandom random, IReadOnlyList<Specialty> specialties, CompanySize size, int founded)
    {
        var partner = random.Pick(DemoOrganizationNames.Universities).Ko;
        var number = size switch
        {
            CompanySize.Small => random.Next(3, 40),
            CompanySize.MidSize => random.Next(2, 9),
            _ => random.Next(4, 21),
        };
        var terms = ProfileTerms.From(random, specialties, DemoProfileTemplates.CompanyKind(size), number, founded, partner);
        var sentences = new List<string>
        {
            random.Pick(DemoProfileTemplates.CompanyMain)(terms),
            DemoProfileTemplates.CompanyDetail(size)(terms),
        };
        if (random.Chance(0.35))
        {
            sentences.Add(DemoProfileTemplates.CompanyNews(terms));
        }

        return string.Join(' ', sentences);
    }

    private static IEnumerable<DemoOrg> Institutes(DemoContext context)
    {
        var random = context.Random;
        foreach (var institute in DemoOrganizationNames.Institutes)
        {
            var fields = context.AvailableFields(institute.Fields);
            if (fields.Count == 0)
            {
                continue;
            }

            var specialties = fields.SelectMany(f => f.Topics.Select(t => new Specialty(f, t))).ToList();
            var organization = NewKoreanOrganization(random, OrganizationKind.ResearchInstitute, institute.Ko, institute.En, institute.City,
                $"https://www.{institute.Slug}.example.org", institute.Founded);
            organization.Description = DemoProfileTemplates.InstituteDescription(ProfileTerms.From(random, specialties, institute.Ko, 0, 0, string.Empty));
            AddFields(organization, fields);
            yield return new DemoOrg(organization, specialties, $"{institute.Slug}.example.org");
        }
    }

    private static IEnumerable<DemoOrg> UniversityCenters(DemoContext context)
    {
        var random = context.Random;
        var centers = DemoOrganizationNames.ResearchCenters.Where(r => context.AvailableFields(r.Fields).Count > 0).ToList();
        for (var i = 0; i < DemoOrganizationNames.Universities.Count; i++)
        {
            var university = DemoOrganizationNames.Universities[i];
            foreach (var center in random.Sample(centers, random.Next(2, 4)))
            {
                var fields = context.AvailableFields(center.Fields);
                var specialties = Specialties(random, fields, primaryTopics: 2);
                var organization = NewKoreanOrganization(random, OrganizationKind.University, $"{university.Ko} {center.Ko}",
                    $"{center.En}, {university.En}", DemoOrganizationNames.UniversityCities[i],
                    $"https://{university.Slug}.example.org/{center.Slug}", random.Next(1995, 2021));
                organization.Description = DemoProfileTemplates.UniversityCenterDescription(ProfileTerms.From(random, specialties, center.Ko, 0, 0, string.Empty));
                AddFields(organization, fields);
                yield return new DemoOrg(organization, specialties, $"{university.Slug}.example.org");
            }
        }
    }

    private static IEnumerable<DemoOrg> EquipmentCenters(DemoContext context)
    {
        var random = context.Random;
        foreach (var center in DemoOrganizationNames.EquipmentCenters)
        {
            var type = DemoOrganizationNames.EquipmentCenterTypes[center.Type];
            var fields = context.AvailableFields(type.Fields);
            if (fields.Count == 0)
            {
                continue;
            }

            var specialties = Specialties(random, fields, primaryTopics: 2);
            var organization = NewKoreanOrganization(random, OrganizationKind.EquipmentCenter, $"{center.HostKo} {type.Ko}",
                $"{type.En}, {center.HostEn}", center.City, $"https://{center.HostSlug}.example.org/{type.Slug}", random.Next(2000, 2021));
            organization.IndustryCode = context.HasIndustry(type.Industry) ? type.Industry : null;
            var industryKo = DemoOrganizationNames.IndustryNamesKo.GetValueOrDefault(type.Industry, fields[0].Name.Ko);
            organization.Description = DemoProfileTemplates.EquipmentCenterDescription(ProfileTerms.From(random, specialties, industryKo, 0, 0, string.Empty));
            AddFields(organization, fields);
            yield return new DemoOrg(organization, specialties, $"{center.HostSlug}.example.org");
        }
    }

    private static IEnumerable<DemoOrg> OverseasUnits(DemoContext context)
    {
        var random = context.Random;
        var units = DemoOverseasInstitutions.Units.Where(u => context.Field(u.FieldCode) is not null).ToList();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var country in DemoOverseasInstitutions.Countries.Where(c => context.HasCountry(c.Code)))
        {
            for (var i = 0; i < country.Institutions; i++)
            {
                var host = country.Hosts[i % country.Hosts.Count];
                var candidates = units.Where(u => host.Hosts(u.FieldCode) && !used.Contains(host.Domain + u.Slug)).ToList();
                if (candidates.Count == 0)
                {
                    continue;
                }

                var unit = random.Pick(candidates);
                used.Add(host.Domain + unit.Slug);
                var field = context.Field(unit.FieldCode)!;
                var specialties = new List<Specialty> { new(field, field.Topics[unit.Topic]) };
                if (random.Chance(0.4))
                {
                    specialties.Add(new(field, random.Pick(field.Topics.Where((_, t) => t != unit.Topic).ToList())));
                }

                var otherFields = context.AvailableFields(DemoFieldRelations.Of(field.FieldCode).Where(host.Hosts));
                if (otherFields.Count > 0 && random.Chance(0.3))
                {
                    var other = random.Pick(otherFields);
                    specialties.Add(new(other, random.Pick(other.Topics)));
                }

                var (created, updated) = random.Timestamps();
                var domain = $"{host.Domain}.example.{(host.IsCompany ? "com" : "org")}";
                var organization = new Organization
                {
                    Id = random.NextGuid(),
                    Kind = OrganizationKind.OverseasInstitution,
                    NameEn = $"{unit.En}, {host.En}",
                    NameKo = random.Chance(0.5) ? $"{host.Ko} {unit.Ko}" : string.Empty,
                    CountryCode = country.Code,
                    City = host.City,
                    Website = $"https://www.{domain}/{unit.Slug}",
                    FoundedYear = host.Founded,
                    IsDemo = true,
                    CreatedAt = created,
                    UpdatedAt = updated,
                };
                var terms = ProfileTerms.From(random, specialties, host.IsCompany ? host.En : $"{unit.En} at {host.En}", 0, 0, string.Empty);
                organization.Description = host.IsCompany
                    ? DemoProfileTemplates.OverseasCompanyDescription(terms)
                    : DemoProfileTemplates.OverseasAcademicDescription(terms);
                AddFields(organization, specialties.Select(s => s.Field));
                yield return new DemoOrg(organization, specialties, domain)
                {
                    Country = country,
                    HostNameKo = host.Ko,
                    UnitEn = host.IsCompany ? null : unit.En,
                    IsOverseasCompany = host.IsCompany,
                };
            }
        }
    }

    private static Organization NewKoreanOrganization(
        DemoRandom random, OrganizationKind kind, string nameKo, string nameEn, string city, string website, int founded)
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

    /// <summary>Topics of the given fields: <paramref name="primaryTopics"/> of the first field and one of each other field.</summary>
    private static List<Specialty> Specialties(DemoRandom random, IReadOnlyList<DemoFieldVocabulary> fields, int primaryTopics)
    {
        var specialties = random.Sample(fields[0].Topics, primaryTopics).Select(t => new Specialty(fields[0], t)).ToList();
        specialties.AddRange(fields.Skip(1).Select(f => new Specialty(f, random.Pick(f.Topics))));
        return specialties;
    }

    private static void AddFields(Organization organization, IEnumerable<DemoFieldVocabulary> fields)
    {
        foreach (var code in fields.Select(f => f.FieldCode).Distinct(StringComparer.Ordinal))
        {
            organization.Fields.Add(new OrganizationField { FieldCode = code });
        }
    }
}
