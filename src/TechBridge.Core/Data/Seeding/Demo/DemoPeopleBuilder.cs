using System.Text;
using TechBridge.Core.Directory;

namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>
/// Creates the demo people: Korean researchers at Korean organisations, foreign researchers and overseas Korean
/// engineers at overseas units, each with a current affiliation and sometimes an earlier one.
/// </summary>
internal static class DemoPeopleBuilder
{
    private const int OverseasKoreanEngineers = 120;

    public static List<DemoPerson> Build(DemoContext context, IReadOnlyList<DemoOrg> orgs)
    {
        var builder = new Builder(context, orgs);
        foreach (var org in orgs)
        {
            var count = org.Overseas ? context.Random.Next(2, 5) : DomesticHeadcount(context.Random, org.Organization);
            for (var i = 0; i < count; i++)
            {
                builder.Add(org, first: i == 0, overseasKorean: false);
            }
        }

        var overseas = orgs.Where(o => o.Overseas).ToList();
        for (var i = 0; i < OverseasKoreanEngineers && overseas.Count > 0; i++)
        {
            var org = context.Random.PickWeighted(overseas, o => o.Country!.KoreanEngineerWeight);
            builder.Add(org, first: false, overseasKorean: true);
        }

        return builder.People;
    }

    private static int DomesticHeadcount(DemoRandom random, Organization organization) => organization.Kind switch
    {
        OrganizationKind.Company => organization.SizeClass switch
        {
            CompanySize.Startup => random.Next(1, 3),
            CompanySize.Small => random.Next(1, 4),
            CompanySize.MidSize => random.Next(2, 5),
            _ => random.Next(3, 7),
        },
        OrganizationKind.University => random.Next(6, 11),
        OrganizationKind.ResearchInstitute => random.Next(8, 15),
        _ => random.Next(2, 4),
    };

    private sealed class Builder(DemoContext context, IReadOnlyList<DemoOrg> orgs)
    {
        private readonly DemoRandom random = context.Random;
        private readonly HashSet<string> emails = new(StringComparer.Ordinal);
        private readonly Dictionary<(bool Overseas, string Field), List<DemoOrg>> orgsByField = orgs
            .SelectMany(o => o.Specialties.Select(s => s.Field.FieldCode).Distinct().Select(f => (Key: (o.Overseas, f), Org: o)))
            .GroupBy(x => x.Key)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Org).ToList());

        public List<DemoPerson> People { get; } = [];

        public void Add(DemoOrg org, bool first, bool overseasKorean)
        {
            var korean = !org.Overseas || overseasKorean;
            var position = Position(org, first);
            var specialties = PersonSpecialties(org);
            var (created, updated) = random.Timestamps();
            var person = new Person
            {
                Id = random.NextGuid(),
                Position = position.Title,
                CountryCode = org.Organization.CountryCode,
                IsDemo = true,
                CreatedAt = created,
                UpdatedAt = updated,
            };

            (person.NameKo, person.NameEn, var emailName) = korean ? KoreanName() : ForeignName(org.Country!);
            person.Kind = overseasKorean ? PersonKind.OverseasKoreanEngineer
                : position.Senior && random.Chance(org.Overseas ? 0.25 : 0.4) ? PersonKind.Expert
                : PersonKind.Researcher;
            person.Email = Email(emailName, org.EmailDomain);
            person.Keywords = Keywords(specialties, korean, bilingual: overseasKorean);
            person.Bio = Bio(person, org, specialties, position);
            foreach (var code in specialties.Select(s => s.Field.FieldCode).Distinct(StringComparer.Ordinal))
            {
                person.Fields.Add(new PersonField { FieldCode = code });
            }

            var member = new DemoPerson(person, org, specialties, position.Senior);
            AddAffiliations(member, position);
            org.Members.Add(member);
            People.Add(member);
        }

        private DemoPosition Position(DemoOrg org, bool first)
        {
            var kind = org.Organization.Kind;
            if (first)
            {
                return DemoProfileTemplates.HeadPosition(kind, org.Organization.SizeClass, org.IsOverseasCompany);
            }

            var positions = kind switch
            {
                OrganizationKind.Company => DemoProfileTemplates.CompanyPositions,
                OrganizationKind.University => DemoProfileTemplates.UniversityPositions,
                OrganizationKind.ResearchInstitute => DemoProfileTemplates.InstitutePositions,
                OrganizationKind.EquipmentCenter => DemoProfileTemplates.EquipmentCenterPositions,
                _ when org.IsOverseasCompany => DemoProfileTemplates.OverseasCompanyPositions,
                _ => DemoProfileTemplates.OverseasAcademicPositions,
            };
            return random.PickWeighted(positions, p => p.Weight);
        }

        /// <summary>One or two of the organisation's topics, and now and then a topic of a related field.</summary>
        private List<Specialty> PersonSpecialties(DemoOrg org)
        {
            var specialties = random.Sample(org.Specialties, random.Chance(0.45) ? 2 : 1);
            var fields = specialties.Select(s => s.Field).Distinct().Count();
            if (fields < 3 && random.Chance(0.2))
            {
                var others = context.AvailableFields(DemoFieldRelations.Of(specialties[0].Field.FieldCode))
                    .Where(f => specialties.All(s => s.Field != f))
                    .ToList();
                if (others.Count > 0)
                {
                    var other = random.Pick(others);
                    specialties.Add(new Specialty(other, random.Pick(other.Topics)));
                }
            }

            return specialties;
        }

        /// <summary>A Korean name, its romanisation and a mail name such as "minjun.kim" or "mjkim".</summary>
        private (string Ko, string En, string EmailName) KoreanName()
        {
            var surname = random.PickWeighted(DemoKoreanNames.Surnames, s => s.Weight);
            var given = random.Pick(DemoKoreanNames.GivenNames);
            var givenEn = given.En.Replace("-", string.Empty, StringComparison.Ordinal);
            var emailName = random.Chance(0.5)
                ? string.Concat(given.En.Split('-').Select(part => part[..1])) + surname.En
                : $"{givenEn}.{surname.En}";
            return (surname.Ko + given.Ko, $"{givenEn} {surname.En}", emailName);
        }

        /// <summary>A name from the country's naming cultures, transliterated into Korean for about half the people.</summary>
        private (string Ko, string En, string EmailName) ForeignName(OverseasCountry country)
        {
            var culture = random.Chance(0.75) ? country.Cultures[0] : random.Pick(country.Cultures);
            var given = random.Pick(culture.GivenNames);
            var surname = random.Pick(culture.Surnames);
            var ko = random.Chance(0.5) ? $"{given.Ko} {surname.Ko}" : string.Empty;
            return (ko, $"{given.En} {surname.En}", $"{given.En}.{surname.En}");
        }

        private string Email(string name, string domain)
        {
            var local = string.Join('.', name.Split('.').Select(Ascii));
            var email = $"{local}@{domain}";
            for (var n = 2; !emails.Add(email); n++)
            {
                email = $"{local}{n}@{domain}";
            }

            return email;
        }

        private string Keywords(IReadOnlyList<Specialty> specialties, bool korean, bool bilingual)
        {
            var terms = new List<DemoTerm>();
            foreach (var specialty in specialties)
            {
                terms.AddRange(random.Sample(specialty.Topic.Subjects, 2));
                terms.Add(random.Pick(specialty.Topic.Methods));
                terms.Add(random.Pick(specialty.Topic.Properties));
                if (random.Chance(0.5))
                {
                    terms.Add(random.Pick(specialty.Field.Analyses));
                }
            }

            var picked = terms.Distinct().Take(random.Next(4, 8)).ToList();
            var words = bilingual ? picked.Select(t => t.Ko).Concat(picked.Select(t => t.En))
                : picked.Select(t => korean ? t.Ko : t.En);
            return string.Join(", ", words);
        }

        private string Bio(Person person, DemoOrg org, IReadOnlyList<Specialty> specialties, DemoPosition position)
        {
            var years = random.Next(position.Senior ? 12 : 3, position.Senior ? 31 : 12);
            if (person.Kind == PersonKind.OverseasKoreanEngineer)
            {
                var terms = ProfileTerms.From(random, specialties, org.HostNameKo ?? org.Organization.NameEn, years, 0, org.Country!.NameKo);
                return DemoProfileTemplates.OverseasKoreanBio(terms);
            }

            if (org.Overseas)
            {
                var article = "AEIOU".Contains(position.Title[0], StringComparison.Ordinal) || position.Title.StartsWith("R&D", StringComparison.Ordinal) ? "an" : "a";
                var name = $"{person.NameEn} is {article} {position.Title} at {(org.UnitEn is null ? string.Empty : "the ")}{org.Organization.NameEn}";
                return random.Pick(DemoProfileTemplates.ForeignBios)(ProfileTerms.From(random, specialties, name, years, 0, string.Empty));
            }

            var koTerms = ProfileTerms.From(random, specialties, org.Organization.NameKo, years, 0, string.Empty);
            return person.Kind == PersonKind.Expert
                ? DemoProfileTemplates.ExpertBioKo(koTerms)
                : random.Pick(DemoProfileTemplates.ResearcherBiosKo)(koTerms);
        }

        private void AddAffiliations(DemoPerson member, DemoPosition position)
        {
            var org = member.Org;
            var start = position.Senior ? random.DayBefore(random.Today, 2, 20) : random.DayBefore(random.Today, 0.3, 6);
            if (org.Organization.FoundedYear is int founded && start.Year < founded)
            {
                var opened = new DateOnly(founded, 1, 1).AddDays(random.Next(0, 365));
                start = opened < random.Today ? opened : random.Today;
            }

            member.Affiliations.Add(NewAffiliation(member, org, CurrentRole(member, position), start, null));

            if (!random.Chance(position.Senior ? 0.6 : 0.3))
            {
                return;
            }

            var field = member.Specialties[0].Field.FieldCode;
            if (!orgsByField.TryGetValue((org.Overseas, field), out var candidates) || candidates.Count < 2)
            {
                return;
            }

            DemoOrg earlier;
            do
            {
                earlier = random.PickWeighted(candidates, EarlierOrgWeight);
            }
            while (earlier == org);

            var end = start.AddDays(-random.Next(1, 90));
            var earlierStart = random.DayBefore(end, 1.5, 8);
            var role = random.Pick(DemoProfileTemplates.EarlierRoles(earlier.Organization.Kind, earlier.IsOverseasCompany));
            member.Affiliations.Add(NewAffiliation(member, earlier, role, earlierStart, end));
        }

        /// <summary>Careers usually pass through universities and institutes before companies and centres.</summary>
        private static int EarlierOrgWeight(DemoOrg org) => org.Organization.Kind switch
        {
            OrganizationKind.University or OrganizationKind.ResearchInstitute => 4,
            OrganizationKind.OverseasInstitution when !org.IsOverseasCompany => 4,
            _ => 1,
        };

        private string CurrentRole(DemoPerson member, DemoPosition position)
        {
            var org = member.Org;
            var field = member.Specialties[0].Field;
            var unit = org.Organization.Kind switch
            {
                OrganizationKind.Company when position.Head && org.Organization.SizeClass is CompanySize.Startup or CompanySize.Small => null,
                OrganizationKind.Company when position.Head => random.Pick(DemoProfileTemplates.CompanyResearchUnits),
                OrganizationKind.Company => random.Pick(DemoProfileTemplates.CompanyUnits),
                OrganizationKind.EquipmentCenter when position.Head => null,
                OrganizationKind.University => DemoProfileTemplates.DepartmentsKo.GetValueOrDefault(field.FieldCode, "공과대학"),
                OrganizationKind.ResearchInstitute => field.Name.Ko.Replace(" ", string.Empty, StringComparison.Ordinal) + "연구본부",
                OrganizationKind.EquipmentCenter => random.Pick(DemoProfileTemplates.EquipmentCenterUnits),
                _ => org.UnitEn,
            };
            return unit is null ? position.Title : org.Overseas ? $"{position.Title}, {unit}" : $"{position.Title} · {unit}";
        }

        private Affiliation NewAffiliation(DemoPerson member, DemoOrg org, string role, DateOnly start, DateOnly? end) => new()
        {
            Id = random.NextGuid(),
            PersonId = member.Person.Id,
            OrganizationId = org.Organization.Id,
            Role = role,
            StartDate = start,
            EndDate = end,
        };

        private static string Ascii(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in text.Normalize(NormalizationForm.FormD))
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    builder.Append(char.ToLowerInvariant(c));
                }
            }

            return builder.ToString();
        }
    }
}
