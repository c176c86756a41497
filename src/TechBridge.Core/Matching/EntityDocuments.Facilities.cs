using TechBridge.Core.Facilities;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Matching.Index;

namespace TechBridge.Core.Matching;

public static partial class EntityDocuments
{
    public const string EquipmentPrefix = "equipment:";
    public const string EquipmentType = "Equipment";

    public static string IdOf(Equipment equipment) => EquipmentPrefix + equipment?.Id.ToString("N");

    /// <summary>
    /// A piece of equipment with its center (<see cref="Equipment.Center"/> must be loaded). The RndStage facet holds the
    /// earliest stage it serves (a facet has one value); every stage it serves is in the keywords, and its TRL range in the facets.
    /// </summary>
    public static MatchDocument From(Equipment equipment, TaxonomySnapshot taxonomy)
    {
        ArgumentNullException.ThrowIfNull(equipment);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var center = equipment.Center ?? throw new ArgumentException("The equipment's center must be loaded.", nameof(equipment));
        var fields = equipment.Fields.Select(f => f.FieldCode).ToList();
        var stages = taxonomy.InStageOrder(equipment.Stages.Select(s => s.StageCode));
        return new MatchDocument(IdOf(equipment), new Dictionary<string, string>
        {
            ["title"] = Join(equipment.NameKo, equipment.NameEn, equipment.Model),
            ["keywords"] = Join([
                .. FieldNames(taxonomy, fields), .. IndustryNames(taxonomy, equipment.IndustryCode), .. stages.SelectMany(s => StageNames(taxonomy, s)),
                .. equipment.Offerings.Select(o => ServiceWords(o.Service)), equipment.Manufacturer]),
            ["summary"] = Join(center.NameKo, center.NameEn, center.City, CountryNames(taxonomy, center.CountryCode), Reach(center.CountryCode)),
            ["body"] = Join(equipment.DescriptionKo, equipment.DescriptionEn, equipment.FeeNote),
        }, new DocumentFacets
        {
            EntityType = EquipmentType,
            Fields = fields,
            Industry = equipment.IndustryCode,
            RndStage = stages.Count > 0 ? stages[0] : null,
            TrlMin = equipment.TrlMin,
            TrlMax = equipment.TrlMax,
            Country = center.CountryCode,
        });
    }

    /// <summary>How needs ask for each service, in both languages.</summary>
    private static string ServiceWords(EquipmentServiceKind service) => service switch
    {
        EquipmentServiceKind.EquipmentUse => "장비 활용 장비 이용 equipment use",
        EquipmentServiceKind.TestAnalysis => "시험 분석 시험평가 test analysis testing",
        _ => "기술 컨설팅 consulting",
    };
}
