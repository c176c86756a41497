using TechBridge.Core.Directory;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>
/// Creates the demo technology needs of demo companies: what they want and why, written from their field vocabulary, with
/// R&amp;D stage, TRL range, budget, timeline, preferred partner countries, the cooperation type sought and a status.
/// </summary>
internal static class DemoNeedBuilder
{
    public const int Count = 140;

    private static readonly (string Code, int Weight)[] Stages =
        [("APPLIED_RESEARCH", 25), ("DEVELOPMENT", 40), ("PILOT_DEMONSTRATION", 20), ("CERTIFICATION", 10), ("COMMERCIALISATION", 5)];

    private static readonly (string Code, int Weight)[] CooperationTypes =
    [
        ("JOINT_RESEARCH", 35), ("TECH_PURCHASE", 25), ("RESEARCH_CONTRACT", 20), ("LONG_TERM_SUPPORT_AGREEMENT", 5), ("JOINT_VENTURE", 3),
        ("VENTURE_INVESTMENT", 2), ("ACQUISITION", 2), ("SOLUTION_CONTEST", 3), ("USER_INNOVATION", 2), ("CROWDSOURCING", 3),
    ];

    private static readonly string[] PartnerCountries = ["US", "DE", "JP", "GB", "FR", "FI", "NL", "CH", "IL", "SG", "CA"];
    private static readonly int[] Timelines = [6, 9, 12, 18, 24, 36];

    private static readonly (NeedStatus Status, int Weight)[] Statuses = [(NeedStatus.Open, 75), (NeedStatus.Matched, 15), (NeedStatus.Closed, 10)];

    public static List<TechnologyNeed> Build(DemoRandom random, IReadOnlyList<Organization> companies, TaxonomySnapshot taxonomy)
    {
        var needs = new List<TechnologyNeed>();
        var candidates = companies.Where(c => c.Fields.Any(f => DemoVocabulary.Find(f.FieldCode) is not null)).ToList();
        var stages = Stages.Where(s => taxonomy.RndStages.ContainsKey(s.Code)).ToList();
        var types = CooperationTypes.Where(t => taxonomy.CooperationTypes.ContainsKey(t.Code)).ToList();
        var countries = PartnerCountries.Where(taxonomy.Countries.ContainsKey).ToList();
        if (candidates.Count == 0 || stages.Count == 0 || types.Count == 0)
        {
            return needs;
        }

        for (var i = 0; i < Count; i++)
        {
            var company = random.Pick(candidates);
            var fields = company.Fields.Select(f => f.FieldCode).Where(c => DemoVocabulary.Find(c) is not null).Order(StringComparer.Ordinal).ToList();
            var field = random.Pick(fields);
            var terms = DemoMarketplaceTerms.From(random, DemoVocabulary.Find(field)!);
            var stage = taxonomy.RndStages[random.PickWeighted(stages, s => s.Weight).Code];
            var type = taxonomy.CooperationTypes[random.PickWeighted(types, t => t.Weight).Code];
            var preferred = countries.Count > 0 && random.Chance(0.5) ? random.Sample(countries, random.Next(1, 4)).Order(StringComparer.Ordinal).ToList() : [];
            var english = random.Chance(0.2);
            var (created, updated) = random.Timestamps();
            var need = new TechnologyNeed
            {
                Id = random.NextGuid(),
                CompanyId = company.Id,
                Title = english ? random.Pick(DemoNeedTemplates.TitlesEn)(terms) : random.Pick(DemoNeedTemplates.TitlesKo)(terms),
                Description = english
                    ? DemoNeedTemplates.DescriptionEn(terms, company.NameEn, stage.NameEn, type.NameEn, preferred.Count > 0)
                    : DemoNeedTemplates.DescriptionKo(terms, company.NameKo, stage.NameKo, type.NameKo, preferred.Count > 0),
                RndStageCode = stage.Code,
                CooperationTypeCode = type.Code,
                BudgetKrw = random.Chance(0.9) ? random.Next(5, 200) * 10_000_000L : null,
                TimelineMonths = random.Chance(0.9) ? random.Pick(Timelines) : null,
                Status = random.PickWeighted(Statuses, s => s.Weight).Status,
                IsDemo = true,
                CreatedAt = created,
                UpdatedAt = updated,
            };
            if (random.Chance(0.6))
            {
                need.TrlMin = Math.Max(TrlLevel.Min, stage.TrlMin - random.Next(0, 2));
                need.TrlMax = Math.Min(TrlLevel.Max, stage.TrlMax + random.Next(0, 2));
            }

            need.Fields.Add(new TechnologyNeedField { FieldCode = field });
            var other = fields.Where(f => f != field).ToList();
            if (other.Count > 0 && random.Chance(0.3))
            {
                need.Fields.Add(new TechnologyNeedField { FieldCode = random.Pick(other) });
            }

            need.Countries.AddRange(preferred.Select(c => new TechnologyNeedCountry { CountryCode = c }));
            needs.Add(need);
        }

        return needs;
    }
}
