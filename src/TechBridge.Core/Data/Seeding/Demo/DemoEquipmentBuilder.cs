using TechBridge.Core.Directory;
using TechBridge.Core.Facilities;
using TechBridge.Core.Shared.Taxonomy;
using static TechBridge.Core.Shared.Formatting.KoreanParticles;

namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>
/// Creates the demo equipment: a couple of dozen pieces per equipment center, drawn from the kinds of equipment its fields
/// and industry use, with makers, models, the R&amp;D stages that follow from each TRL range, services, fees and bilingual
/// descriptions written from the field vocabulary.
/// </summary>
internal static class DemoEquipmentBuilder
{
    public const int PerCenter = 24;

    /// <summary>At most this many kinds of equipment of fields related to a center's own.</summary>
    public const int RelatedKinds = 6;

    /// <summary>How centers state fees, each with a plausible range in 만원 (hourly use costs less than a day or a test report).</summary>
    private static readonly (string Text, int Min, int Max)[] FeeNotes =
    [
        ("시간당 {0}만원 (중소기업 50% 감면)", 2, 20),
        ("시료당 {0}만원, 분석 결과 보고서 포함", 5, 60),
        ("1일 {0}만원, 2주 전 사전 예약 필수", 30, 250),
        ("기본 {0}만원 + 추가 시간당 과금, i-Platform 바우처 사용 가능", 10, 80),
        ("시험 항목별 견적 (기본 {0}만원부터)", 20, 300),
    ];

    private static readonly string[] ModelSuffixes = ["F", "Plus", "HR", "XL", "Pro", "S"];

    private static readonly (EquipmentStatus Status, int Weight)[] Statuses =
        [(EquipmentStatus.Available, 85), (EquipmentStatus.UnderMaintenance, 10), (EquipmentStatus.Aged, 3), (EquipmentStatus.DisposalCandidate, 1), (EquipmentStatus.Disposed, 1)];

    public static List<Equipment> Build(DemoRandom random, IReadOnlyList<Organization> centers, IReadOnlyList<RndStage> stages, IReadOnlySet<string> industries)
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

            var units = new Dictionary<DemoEquipmentTemplate, int>();
            foreach (var (template, field) in Pool(random, center, fields).Take(PerCenter))
            {
                units[template] = units.GetValueOrDefault(template) + 1;
                equipment.Add(Create(random, center, template, field, fields, units[template], stages, industries));
            }
        }

        return equipment;
    }

    /// <summary>
    /// The equipment a center holds, most characteristic first, each with the field it serves: every kind of its own fields,
    /// its industry and the common kinds; then up to <see cref="RelatedKinds"/> test-and-analysis kinds of related fields;
    /// then second and further units of its own kinds (centers keep several battery cyclers, not several wind tunnels).
    /// </summary>
    private static List<(DemoEquipmentTemplate Template, string Field)> Pool(DemoRandom random, Organization center, List<string> fields)
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
        while (pool.Count < PerCenter)
        {
            pool.AddRange(random.Sample(own, PerCenter - pool.Count));
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
            YearAcquired = Math.Min(random.Today.Year, random.Next(2008, random.Today.Year + 1)),
            Status = random.PickWeighted(Statuses, s => s.Weight).Status,
            FeeNote = random.Chance(0.85) ? Fee(random) : null,
            IsDemo = true,
            CreatedAt = created,
            UpdatedAt = updated,
        };
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

    private static string Fee(DemoRandom random)
    {
        var (text, min, max) = random.Pick(FeeNotes);
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, text, random.Next(min, max + 1));
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
