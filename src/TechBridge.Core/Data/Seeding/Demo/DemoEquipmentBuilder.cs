using TechBridge.Core.Directory;
using TechBridge.Core.Facilities;
using TechBridge.Core.Shared.Taxonomy;
using static TechBridge.Core.Shared.Formatting.KoreanParticles;

namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>
/// Creates the demo equipment: a dozen or two pieces per equipment center, drawn from the kinds of equipment its fields
/// and industry use, with makers, models, the R&amp;D stages that follow from each TRL range, services, bilingual
/// descriptions written from the field vocabulary, and the fee and booking rules of its kind under its center's terms.
/// Older equipment (acquired <see cref="OldAfterYears"/> or more years ago) is the equipment that ages and goes.
/// </summary>
internal static class DemoEquipmentBuilder
{
    public const int PerCenter = 24;

    /// <summary>At most this many kinds of equipment of fields related to a center's own.</summary>
    public const int RelatedKinds = 6;

    private static readonly string[] ModelSuffixes = ["F", "Plus", "HR", "XL", "Pro", "S"];

    /// <summary>Equipment this many years old or older may be aged, a disposal candidate or disposed of.</summary>
    public const int OldAfterYears = 10;

    private static readonly (EquipmentStatus Status, int Weight)[] RecentStatuses = [(EquipmentStatus.Available, 93), (EquipmentStatus.UnderMaintenance, 7)];

    private static readonly (EquipmentStatus Status, int Weight)[] OldStatuses =
        [(EquipmentStatus.Available, 40), (EquipmentStatus.UnderMaintenance, 8), (EquipmentStatus.Aged, 35), (EquipmentStatus.DisposalCandidate, 11), (EquipmentStatus.Disposed, 6)];

    public static List<Equipment> Build(DemoRandom random, IReadOnlyList<Organization> centers, IReadOnlyList<RndStage> stages, IReadOnlySet<string> industries) =>
        Build(random, centers, stages, industries, PerCenter, PerCenter);

    /// <summary>Between <paramref name="min"/> and <paramref name="max"/> pieces per center.</summary>
    public static List<Equipment> Build(
        DemoRandom random, IReadOnlyList<Organization> centers, IReadOnlyList<RndStage> stages, IReadOnlySet<string> industries, int min, int max)
    {
        var equipment = new List<Equipment>();
        if (industries.Count == 0)
        {
            return equipment;
        }

        foreach (var center in centers)
        {
            var fields = center.Fields.Select(f => f.FieldCode).Where(c => DemoEquipmentCatalog.ByField.ContainsKey(c)).Order(StringComparer.Ordinal).ToList();
            if (fields.Count == 0)
            {
                continue;
            }

            var count = min == max ? min : random.Next(min, max + 1);
            var terms = DemoCenterTerms.Pick(random);
            var units = new Dictionary<DemoEquipmentTemplate, int>();
            foreach (var (template, field) in Pool(random, center, fields, count).Take(count))
            {
                units[template] = units.GetValueOrDefault(template) + 1;
                var item = Create(random, center, template, field, fields, units[template], stages, industries);
                terms.Apply(random, item, template);
                equipment.Add(item);
            }
        }

        return equipment;
    }

    /// <summary>
    /// The equipment a center holds, most characteristic first, each with the field it serves: every kind of its own fields,
    /// its industry and the common kinds; then up to <see cref="RelatedKinds"/> test-and-analysis kinds of related fields;
    /// then second and further units of its own kinds (centers keep several battery cyclers, not several wind tunnels).
    /// </summary>
    private static List<(DemoEquipmentTemplate Template, string Field)> Pool(DemoRandom random, Organization center, List<string> fields, int count)
    {
        var own = fields.SelectMany(f => DemoEquipmentCatalog.ByField[f].Select(t => (t, f))).ToList();
        if (center.IndustryCode is { } industry && DemoEquipmentCatalog.ByIndustry.TryGetValue(industry, out var byIndustry))
        {
            own.AddRange(byIndustry.Select(t => (t, fields[0])));
        }

        own.AddRange(DemoEquipmentCatalog.Common.Select(t => (t, fields[0])));
        random.Shuffle(own);
        var related = fields.SelectMany(DemoFieldRelations.Of).Distinct(StringComparer.Ordinal).Where(f => !fields.Contains(f) && DemoEquipmentCatalog.ByField.ContainsKey(f))
            .Order(StringComparer.Ordinal).SelectMany(f => DemoEquipmentCatalog.ByField[f].Where(t => t.Services.Contains('T', StringComparison.Ordinal)).Select(t => (t, f)))
            .ToList();
        random.Shuffle(related);
        var pool = own.Concat(related.Take(RelatedKinds)).ToList();
        while (pool.Count < count)
        {
            pool.AddRange(random.Sample(own, count - pool.Count));
        }

        return pool;
    }

    private static Equipment Create(
        DemoRandom random, Organization center, DemoEquipmentTemplate template, string field, List<string> centerFields, int unit,
        IReadOnlyList<RndStage> stages, IReadOnlySet<string> industries)
    {
        var (created, updated) = random.Timestamps();
        var industry = center.IndustryCode is { } own && industries.Contains(own) ? own
            : DemoEquipmentCatalog.FieldIndustry.TryGetValue(field, out var usual) && industries.Contains(usual) ? usual
            : industries.Order(StringComparer.Ordinal).First();
        var equipment = new Equipment
        {
            Id = random.NextGuid(),
            CenterId = center.Id,
            NameKo = unit == 1 ? template.Ko : $"{template.Ko} {unit}호기",
            NameEn = unit == 1 ? template.En : $"{template.En} (unit {unit})",
            Manufacturer = random.Pick(template.Manufacturers),
            Model = $"{template.ModelPrefix}{random.Next(100, 9900)}{(random.Chance(0.4) ? random.Pick(ModelSuffixes) : string.Empty)}",
            IndustryCode = industry,
            TrlMin = template.TrlMin,
            TrlMax = template.TrlMax,
            YearAcquired = Math.Min(random.Today.Year, random.Next(2004, random.Today.Year + 1)),
            IsDemo = true,
            CreatedAt = created,
            UpdatedAt = updated,
        };
        equipment.Status = random.PickWeighted(random.Today.Year - equipment.YearAcquired >= OldAfterYears ? OldStatuses : RecentStatuses, s => s.Weight).Status;
        var vocabulary = DemoVocabulary.Find(field)!;
        var topic = random.Pick(vocabulary.Topics);
        var terms = new EquipmentTerms(
            random.Pick(topic.Subjects), random.Pick(topic.Properties), random.Pick(topic.Applications), random.Pick(vocabulary.Analyses), random.Pick(topic.Metrics));
        var served = stages.Where(s => s.TrlMax >= template.TrlMin && s.TrlMin <= template.TrlMax).OrderBy(s => s.SortOrder).ToList();
        equipment.DescriptionKo = DescriptionKo(random, center, equipment, terms, served, template.Services);
        equipment.DescriptionEn = random.Chance(0.4) ? DescriptionEn(equipment, terms, template.Services) : null;

        equipment.Fields.Add(new EquipmentField { FieldCode = field });
        var other = centerFields.Where(f => f != field && DemoFieldRelations.Of(field).Contains(f)).ToList();
        if (other.Count > 0 && random.Chance(0.3))
        {
            equipment.Fields.Add(new EquipmentField { FieldCode = random.Pick(other) });
        }

        equipment.Stages.AddRange(served.Select(s => new EquipmentStage { StageCode = s.Code }));
        equipment.Offerings.AddRange(Services(template.Services).Select(s => new EquipmentOffering { Service = s }));
        return equipment;
    }

    private static IEnumerable<EquipmentServiceKind> Services(string codes)
    {
        if (codes.Contains('U', StringComparison.Ordinal))
        {
            yield return EquipmentServiceKind.EquipmentUse;
        }

        if (codes.Contains('T', StringComparison.Ordinal))
        {
            yield return EquipmentServiceKind.TestAnalysis;
        }

        if (codes.Contains('C', StringComparison.Ordinal))
        {
            yield return EquipmentServiceKind.Consulting;
        }
    }

    private sealed record EquipmentTerms(DemoTerm Subject, DemoTerm Property, DemoTerm Application, DemoTerm Analysis, DemoMetric Metric);

    private static string DescriptionKo(DemoRandom random, Organization center, Equipment equipment, EquipmentTerms t, List<RndStage> stages, string services)
    {
        var name = equipment.NameKo;
        var analytical = services.Contains('T', StringComparison.Ordinal);
        var sentences = new List<string>
        {
            random.Next(0, 3) switch
            {
                0 when analytical => $"{Eun(name)} {t.Subject.Ko}의 {t.Property.Ko} 평가와 {t.Analysis.Ko}에 활용되는 장비입니다.",
                0 => $"{Eun(name)} {t.Subject.Ko}의 {t.Property.Ko} 확보를 위한 공정 개발과 시제품 제작에 활용되는 장비입니다.",
                1 => $"{center.NameKo}에서 운영하는 {Euro(name)}, {t.Application.Ko}용 {t.Subject.Ko} 개발 기업의 시제품 검증을 지원합니다.",
                _ => $"{t.Application.Ko} 분야 기업이 {t.Subject.Ko}의 {Eul(t.Property.Ko)} 확인할 수 있도록 {Eul(name)} 공동활용 장비로 개방합니다.",
            },
            $"{t.Metric.Ko} 등 주요 성능 지표를 측정할 수 있으며, {string.Join("·", stages.Select(s => s.NameKo))} 단계의 기술개발에 적합합니다.",
        };
        if (analytical)
        {
            sentences.Add("시험·분석을 의뢰하면 공인 양식의 결과 보고서를 제공합니다.");
        }

        if (services.Contains('U', StringComparison.Ordinal))
        {
            sentences.Add("장비 사용 교육을 이수한 기업 연구원은 직접 사용할 수 있습니다.");
        }

        if (services.Contains('C', StringComparison.Ordinal))
        {
            sentences.Add("공정 조건 설정과 시험 설계에 대한 전문 인력의 기술 컨설팅을 함께 제공합니다.");
        }

        return string.Join(' ', sentences);
    }

    private static string DescriptionEn(Equipment equipment, EquipmentTerms t, string services) =>
        (services.Contains('T', StringComparison.Ordinal)
            ? $"{equipment.NameEn} used to evaluate the {t.Property.En} of {t.Subject.En} and for {t.Analysis.En}. "
            : $"{equipment.NameEn} used in process development for the {t.Property.En} of {t.Subject.En}. ") +
        $"Supports prototype verification for {t.Application.En} and measures {t.Metric.En}, among other indicators.";
}
