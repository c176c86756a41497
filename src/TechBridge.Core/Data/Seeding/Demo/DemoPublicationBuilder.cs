using TechBridge.Core.Directory;

namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>
/// Writes the demo papers. Every person leads at least one; each paper is about one topic of its lead author, and
/// all co-authors share its field (mostly colleagues, sometimes from abroad), so expertise follows publications.
/// </summary>
internal static class DemoPublicationBuilder
{
    private const int FirstYear = 2015;
    private const int LastYear = 2026;
    private const double PapersPerPerson = 2.2;
    private const int MinimumPapers = 2600;

    private static readonly int[] AuthorCounts = [1, 2, 3, 4, 5];
    private static readonly int[] AuthorCountWeights = [10, 20, 30, 25, 15];
    private static readonly int[] RepeatCounts = [100, 200, 300, 500, 1000];
    private static readonly int[] HourCounts = [100, 250, 500, 1000, 2000];

    public static List<Publication> Build(DemoContext context, IReadOnlyList<DemoPerson> people)
    {
        var random = context.Random;
        if (people.Count == 0)
        {
            return [];
        }

        var index = new AuthorIndex(people);
        var leads = people.ToList();
        random.Shuffle(leads);
        var prolific = people.SelectMany(p => Enumerable.Repeat(p, p.Senior ? 3 : 1)).ToList();
        var target = Math.Max(MinimumPapers, (int)(people.Count * PapersPerPerson));
        while (leads.Count < target)
        {
            leads.Add(random.Pick(prolific));
        }

        var lastYear = Math.Min(LastYear, random.Today.Year);
        var firstYear = Math.Min(FirstYear, lastYear);
        var titles = new HashSet<string>(StringComparer.Ordinal);
        var publications = new List<Publication>(leads.Count);
        foreach (var lead in leads)
        {
            var specialty = random.Pick(lead.Specialties);
            var authors = Authors(random, lead, specialty, index);
            var english = authors.Any(a => a.Org.Overseas) || random.Chance(0.3);
            var (title, paperAbstract) = Write(random, specialty, english, titles);
            var year = random.Next(firstYear, lastYear + 1);
            var venues = DemoVenues.ByField[specialty.Field.FieldCode];
            var publication = new Publication
            {
                Id = random.NextGuid(),
                Title = title,
                Abstract = paperAbstract,
                Year = year,
                Venue = random.Pick(english ? venues.En : venues.Ko),
                Doi = $"10.5555/tb.{year}.{publications.Count + 1:D5}",
                Language = english ? "en" : "ko",
                IsDemo = true,
            };
            for (var i = 0; i < authors.Count; i++)
            {
                publication.Authors.Add(new PublicationAuthor { PublicationId = publication.Id, PersonId = authors[i].Person.Id, AuthorOrder = i + 1 });
            }

            publications.Add(publication);
        }

        return publications;
    }

    /// <summary>The lead plus co-authors who share the paper's field: colleagues first, then peers at home, now and then abroad.</summary>
    private static List<DemoPerson> Authors(DemoRandom random, DemoPerson lead, Specialty specialty, AuthorIndex index)
    {
        var count = random.PickWeighted(AuthorCounts, n => AuthorCountWeights[n - 1]);
        var field = specialty.Field.FieldCode;
        var home = lead.Org.Overseas;
        var colleagues = lead.Org.Members.Where(m => m.HasField(field)).ToList();
        var sameTopic = index.Topic(home, specialty.Topic);
        var peers = index.Field(home, field);
        var abroad = index.Field(!home, field);

        var authors = new List<DemoPerson> { lead };
        for (var attempt = 0; authors.Count < count && attempt < count * 4; attempt++)
        {
            var roll = random.NextDouble();
            var pool = roll < 0.45 && colleagues.Count > 1 ? colleagues
                : roll < 0.75 && sameTopic.Count > 1 ? sameTopic
                : roll < 0.92 || abroad.Count == 0 ? peers
                : abroad;
            var candidate = random.Pick(pool);
            if (!authors.Contains(candidate))
            {
                authors.Add(candidate);
            }
        }

        return authors;
    }

    private static (string Title, string Abstract) Write(DemoRandom random, Specialty specialty, bool english, HashSet<string> titles)
    {
        PaperTerms terms;
        string title;
        var tries = 0;
        do
        {
            terms = Terms(random, specialty);
            title = english
                ? Capitalize(random.Pick(DemoPublicationTemplates.EnTitles)(terms))
                : random.Pick(DemoPublicationTemplates.KoTitles)(terms);
        }
        while (!titles.Add(title) && ++tries < 10);

        var sentences = english
            ? new[] { DemoPublicationTemplates.EnBackground, DemoPublicationTemplates.EnMethod, DemoPublicationTemplates.EnResult }
            : new[] { DemoPublicationTemplates.KoBackground, DemoPublicationTemplates.KoMethod, DemoPublicationTemplates.KoResult };
        var text = sentences.Select(templates => Capitalize(random.Pick(templates)(terms))).ToList();
        text.Add(random.Pick(english ? DemoPublicationTemplates.EnClosing : DemoPublicationTemplates.KoClosing)(terms));

        return (title, string.Join(' ', text));
    }

    private static PaperTerms Terms(DemoRandom random, Specialty specialty)
    {
        var topic = specialty.Topic;
        var subjects = random.Sample(topic.Subjects, 2);
        var methods = random.Sample(topic.Methods, 2);
        var properties = random.Sample(topic.Properties, 2);
        var metrics = random.Sample(topic.Metrics, 2);
        return new PaperTerms(
            subjects[0],
            subjects[^1],
            methods[0],
            methods[^1],
            random.Pick(specialty.Field.Analyses),
            properties[0],
            properties[^1],
            random.Pick(topic.Applications),
            metrics[0],
            random.MetricValue(metrics[0]),
            metrics[^1],
            random.MetricValue(metrics[^1]),
            random.Next(8, 66),
            random.Next(3, 13),
            random.Pick(RepeatCounts),
            random.Next(80, 98),
            random.Pick(HourCounts));
    }

    /// <summary>Upper-cases the first letter unless the first word is written like "mRNA".</summary>
    private static string Capitalize(string text) =>
        text.Length < 2 || !char.IsLower(text[0]) || char.IsUpper(text[1]) ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>People by home side (Korea or abroad) and field or topic, for picking co-authors quickly.</summary>
    private sealed class AuthorIndex
    {
        private readonly Dictionary<(bool Overseas, string Field), List<DemoPerson>> byField = [];
        private readonly Dictionary<DemoTopic, List<DemoPerson>>[] byTopic =
            [new(ReferenceEqualityComparer.Instance), new(ReferenceEqualityComparer.Instance)];

        public AuthorIndex(IEnumerable<DemoPerson> people)
        {
            foreach (var person in people)
            {
                var overseas = person.Org.Overseas;
                foreach (var field in person.Specialties.Select(s => s.Field.FieldCode).Distinct(StringComparer.Ordinal))
                {
                    Add(byField, (overseas, field), person);
                }

                foreach (var topic in person.Specialties.Select(s => s.Topic).Distinct(ReferenceEqualityComparer.Instance).Cast<DemoTopic>())
                {
                    Add(byTopic[overseas ? 1 : 0], topic, person);
                }
            }
        }

        public List<DemoPerson> Field(bool overseas, string field) => byField.GetValueOrDefault((overseas, field)) ?? [];

        public List<DemoPerson> Topic(bool overseas, DemoTopic topic) => byTopic[overseas ? 1 : 0].GetValueOrDefault(topic) ?? [];

        private static void Add<TKey>(Dictionary<TKey, List<DemoPerson>> map, TKey key, DemoPerson person)
            where TKey : notnull
        {
            if (!map.TryGetValue(key, out var list))
            {
                list = [];
                map[key] = list;
            }

            list.Add(person);
        }
    }
}
