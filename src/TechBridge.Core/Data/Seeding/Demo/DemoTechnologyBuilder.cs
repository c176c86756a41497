using System.Globalization;
using TechBridge.Core.Directory;
using TechBridge.Core.Marketplace;

namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>
/// Creates the demo public technologies of the demo universities and research institutes: patent-style titles in both
/// languages, summaries (mostly Korean), keywords, TRL, Korean and foreign patent numbers, the originating R&amp;D task,
/// licensing terms and status, and a contact person from the owner's current staff.
/// </summary>
internal static class DemoTechnologyBuilder
{
    public const int Count = 320;

    private static readonly int[] Trls = [2, 3, 4, 5, 6, 7];
    private static readonly int[] TrlWeights = [1, 3, 4, 3, 2, 1];

    private static readonly (LicensingStatus Status, int Weight)[] Statuses =
        [(LicensingStatus.Available, 70), (LicensingStatus.UnderNegotiation, 20), (LicensingStatus.Licensed, 10)];

    public static List<PublicTechnology> Build(DemoRandom random, IReadOnlyList<Organization> owners, ILookup<Guid, Guid> staff)
    {
        var technologies = new List<PublicTechnology>();
        var candidates = owners.Where(o => o.Fields.Any(f => DemoVocabulary.Find(f.FieldCode) is not null)).ToList();
        if (candidates.Count == 0)
        {
            return technologies;
        }

        for (var i = 0; i < Count; i++)
        {
            var owner = random.Pick(candidates);
            var fields = owner.Fields.Select(f => f.FieldCode).Where(c => DemoVocabulary.Find(c) is not null).Order(StringComparer.Ordinal).ToList();
            var field = random.Pick(fields);
            var terms = DemoMarketplaceTerms.From(random, DemoVocabulary.Find(field)!);
            var (titleKo, titleEn) = random.Pick(DemoTechnologyTemplates.Titles)(terms);
            var trl = random.PickWeighted(Trls, t => TrlWeights[Array.IndexOf(Trls, t)]);
            var (created, updated) = random.Timestamps();
            var technology = new PublicTechnology
            {
                Id = random.NextGuid(),
                OwnerId = owner.Id,
                TitleKo = titleKo,
                TitleEn = titleEn,
                Summary = random.Chance(0.2) ? DemoTechnologyTemplates.SummaryEn(terms, trl) : DemoTechnologyTemplates.SummaryKo(terms, trl),
                Keywords = string.Join(", ", terms.Subject.Ko, terms.Method.Ko, terms.Property.Ko, terms.Subject.En, terms.Method.En),
                Trl = trl,
                PatentNumbers = PatentNumbers(random, created.Year),
                RndTask = RndTask(random, terms, created.Year),
                TransferTerms = string.Format(CultureInfo.InvariantCulture, random.Pick(DemoTechnologyTemplates.TransferTerms), random.Next(1, 10), random.Next(1, 6)),
                Status = random.PickWeighted(Statuses, s => s.Weight).Status,
                IsDemo = true,
                CreatedAt = created,
                UpdatedAt = updated,
            };
            var people = staff[owner.Id].ToList();
            if (people.Count > 0 && random.Chance(0.8))
            {
                technology.ContactPersonId = random.Pick(people);
            }

            technology.Fields.Add(new PublicTechnologyField { FieldCode = field });
            var other = fields.Where(f => f != field).ToList();
            if (other.Count > 0 && random.Chance(0.25))
            {
                technology.Fields.Add(new PublicTechnologyField { FieldCode = random.Pick(other) });
            }

            technologies.Add(technology);
        }

        return technologies;
    }

    /// <summary>A Korean application number, often its registration number, sometimes a US patent or a PCT application.</summary>
    private static string PatentNumbers(DemoRandom random, int year)
    {
        var filed = year - random.Next(0, 4);
        var numbers = new List<string> { string.Create(CultureInfo.InvariantCulture, $"10-{filed}-0{random.Next(100000, 999999)}") };
        if (random.Chance(0.5))
        {
            numbers.Add(string.Create(CultureInfo.InvariantCulture, $"10-2{random.Next(300000, 899999)}"));
        }

        if (random.Chance(0.15))
        {
            numbers.Add(string.Create(CultureInfo.InvariantCulture, $"US {random.Next(10, 12)},{random.Next(100, 999)},{random.Next(100, 999)} B2"));
        }
        else if (random.Chance(0.15))
        {
            numbers.Add(string.Create(CultureInfo.InvariantCulture, $"PCT/KR{filed}/0{random.Next(10000, 99999)}"));
        }

        return string.Join("; ", numbers);
    }

    private static string RndTask(DemoRandom random, DemoMarketplaceTerms terms, int year)
    {
        var end = year - random.Next(0, 2);
        var start = end - random.Next(2, 5);
        return string.Create(CultureInfo.InvariantCulture,
            $"{random.Pick(DemoTechnologyTemplates.Programs)} 「{terms.Application.Ko}용 {terms.Subject.Ko} 핵심기술 개발」 ({start}~{end})");
    }
}
