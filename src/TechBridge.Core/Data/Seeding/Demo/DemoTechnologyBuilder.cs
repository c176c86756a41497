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
            // The draws stay in their original order (patents, task, terms), so the rest of the demo data does not move.
            var patents = PatentNumbers(random, created.Year);
            var (task, taskYear) = RndTask(random, terms, created.Year);
            var transferTerms = string.Format(CultureInfo.InvariantCulture, random.Pick(DemoTechnologyTemplates.TransferTerms), random.Next(1, 10), random.Next(1, 6));
            var technology = new PublicTechnology
            {
                Id = random.NextGuid(),
                OwnerId = owner.Id,
                TitleKo = titleKo,
                TitleEn = titleEn,
                Summary = random.Chance(0.2) ? DemoTechnologyTemplates.SummaryEn(terms, trl) : DemoTechnologyTemplates.SummaryKo(terms, trl),
                Keywords = string.Join(", ", terms.Subject.Ko, terms.Method.Ko, terms.Property.Ko, terms.Subject.En, terms.Method.En),
                Trl = trl,
                RndTaskTitle = task,
                RndYear = taskYear,
                RndTaskNumber = string.Create(CultureInfo.InvariantCulture, $"RS-{taskYear - 2}-{(uint)i * 7919 % 100000000:D8}"),
                OffersExclusive = transferTerms.Contains("전용실시권", StringComparison.Ordinal),
                OffersNonExclusive = transferTerms.Contains("통상실시권", StringComparison.Ordinal) || !transferTerms.Contains("전용실시권", StringComparison.Ordinal),
                TermsConditions = transferTerms,
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

            technology.Patents.AddRange(patents);
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

    /// <summary>A Korean application, often registered, sometimes with a US patent or a PCT application; filed on a day derived from its number.</summary>
    private static List<PublicTechnologyPatent> PatentNumbers(DemoRandom random, int year)
    {
        var filed = year - random.Next(0, 4);
        var serial = random.Next(100000, 999999);
        var filing = new DateOnly(filed, 1 + (serial % 12), 1 + (serial % 28));
        var korean = new PublicTechnologyPatent
        {
            Position = 0, ApplicationNumber = string.Create(CultureInfo.InvariantCulture, $"10-{filed}-0{serial}"), Status = PatentStatus.Filed,
            Countries = "KR", FilingDate = filing, ExpiryDate = filing.AddYears(20),
        };
        var patents = new List<PublicTechnologyPatent> { korean };
        if (random.Chance(0.5))
        {
            korean.RegistrationNumber = string.Create(CultureInfo.InvariantCulture, $"10-2{random.Next(300000, 899999)}");
            korean.Status = PatentStatus.Registered;
        }

        if (random.Chance(0.15))
        {
            var number = string.Create(CultureInfo.InvariantCulture, $"US {random.Next(10, 12)},{random.Next(100, 999)},{random.Next(100, 999)} B2");
            patents.Add(new PublicTechnologyPatent
            {
                Position = 1, ApplicationNumber = number, RegistrationNumber = number, Status = PatentStatus.Registered, Countries = "US",
                FilingDate = filing.AddMonths(11), ExpiryDate = filing.AddMonths(11).AddYears(20),
            });
        }
        else if (random.Chance(0.15))
        {
            patents.Add(new PublicTechnologyPatent
            {
                Position = 1, ApplicationNumber = string.Create(CultureInfo.InvariantCulture, $"PCT/KR{filed}/0{random.Next(10000, 99999)}"),
                Status = PatentStatus.Filed, Countries = "KR", FilingDate = filing.AddMonths(11),
            });
        }

        return patents;
    }

    private static (string Title, int Year) RndTask(DemoRandom random, DemoMarketplaceTerms terms, int year)
    {
        var end = year - random.Next(0, 2);
        var start = end - random.Next(2, 5);
        return (string.Create(CultureInfo.InvariantCulture,
            $"{random.Pick(DemoTechnologyTemplates.Programs)} 「{terms.Application.Ko}용 {terms.Subject.Ko} 핵심기술 개발」 ({start}~{end})"), end);
    }
}
