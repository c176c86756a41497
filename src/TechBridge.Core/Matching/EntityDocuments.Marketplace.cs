using System.Globalization;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Matching.Index;

namespace TechBridge.Core.Matching;

public static partial class EntityDocuments
{
    public const string TechnologyPrefix = "technology:";
    public const string TechnologyType = "Technology";
    public const string NeedPrefix = "need:";
    public const string NeedType = "Need";

    public static string IdOf(PublicTechnology technology) => TechnologyPrefix + technology?.Id.ToString("N");

    public static string IdOf(TechnologyNeed need) => NeedPrefix + need?.Id.ToString("N");

    /// <summary>A public technology with its owner (<see cref="PublicTechnology.Owner"/> must be loaded); TRL facets are its one level.</summary>
    public static MatchDocument From(PublicTechnology technology, TaxonomySnapshot taxonomy)
    {
        ArgumentNullException.ThrowIfNull(technology);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var owner = technology.Owner ?? throw new ArgumentException("The technology's owner must be loaded.", nameof(technology));
        var fields = technology.Fields.Select(f => f.FieldCode).ToList();
        var stage = taxonomy.StageForTrl(technology.Trl)?.Code;
        return new MatchDocument(IdOf(technology), new Dictionary<string, string>
        {
            ["title"] = Join(technology.TitleKo, technology.TitleEn),
            ["keywords"] = Join([technology.Keywords, .. FieldNames(taxonomy, fields)]),
            ["summary"] = Join([
                owner.NameKo, owner.NameEn, CountryNames(taxonomy, owner.CountryCode), Reach(owner.CountryCode),
                "TRL " + technology.Trl.ToString(CultureInfo.InvariantCulture), .. StageNames(taxonomy, stage), technology.RndTaskTitle, technology.RndAgency]),
            ["body"] = Join([technology.Summary, technology.TermsConditions,
                .. technology.Patents.OrderBy(p => p.Position).SelectMany(p => new[] { p.ApplicationNumber, p.RegistrationNumber })]),
        }, new DocumentFacets
        {
            EntityType = TechnologyType,
            Fields = fields,
            Industry = owner.IndustryCode,
            RndStage = stage,
            TrlMin = technology.Trl,
            TrlMax = technology.Trl,
            Country = owner.CountryCode,
            MinCostKrw = technology.FeeMinKrw,
        });
    }

    /// <summary>
    /// A technology need with its company (<see cref="TechnologyNeed.Company"/> must be loaded); without a TRL range of its
    /// own, the TRL facets are its R&amp;D stage's range.
    /// </summary>
    public static MatchDocument From(TechnologyNeed need, TaxonomySnapshot taxonomy)
    {
        ArgumentNullException.ThrowIfNull(need);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var company = need.Company ?? throw new ArgumentException("The need's company must be loaded.", nameof(need));
        var fields = need.Fields.Select(f => f.FieldCode).ToList();
        var (trlMin, trlMax) = NeedTrl(need.TrlMin, need.TrlMax, need.RndStageCode, taxonomy);
        return new MatchDocument(IdOf(need), new Dictionary<string, string>
        {
            ["title"] = need.Title,
            ["keywords"] = Join([
                .. FieldNames(taxonomy, fields), .. StageNames(taxonomy, need.RndStageCode), .. CooperationNames(taxonomy, need.CooperationTypeCode)]),
            ["summary"] = Join([
                company.NameKo, company.NameEn, CountryNames(taxonomy, company.CountryCode), Reach(company.CountryCode),
                .. need.Countries.Select(c => CountryNames(taxonomy, c.CountryCode))]),
            ["body"] = need.Description,
        }, new DocumentFacets
        {
            EntityType = NeedType,
            Fields = fields,
            Industry = company.IndustryCode,
            RndStage = need.RndStageCode,
            TrlMin = trlMin,
            TrlMax = trlMax,
            Country = company.CountryCode,
        });
    }

    /// <summary>A need's TRL range, or its R&amp;D stage's when it gives none (either end alone stands for both).</summary>
    public static (int? Min, int? Max) NeedTrl(int? trlMin, int? trlMax, string stageCode, TaxonomySnapshot taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        if (trlMin is not null || trlMax is not null)
        {
            return (trlMin ?? trlMax, trlMax ?? trlMin);
        }

        return stageCode is not null && taxonomy.RndStages.TryGetValue(stageCode, out var stage) ? (stage.TrlMin, stage.TrlMax) : (null, null);
    }

    private static IEnumerable<string> CooperationNames(TaxonomySnapshot taxonomy, string code) =>
        taxonomy.CooperationTypes.TryGetValue(code, out var t) ? [t.NameKo, t.NameEn] : [];
}
