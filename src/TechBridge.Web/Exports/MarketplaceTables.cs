using System.Globalization;
using Microsoft.Extensions.Localization;
using TechBridge.Core.Marketplace;
using TechBridge.Core.Shared.Export;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Web.Components.Shared;
using TechBridge.Web.Localization;

namespace TechBridge.Web.Exports;

/// <summary>Public technologies and technology needs as export tables (money in 억원/만원 or KRW, times in KST).</summary>
public sealed class MarketplaceTables(IStringLocalizer<SharedResource> l)
{
    public Table Technologies(IReadOnlyList<TechnologyListItem> rows, TaxonomySnapshot taxonomy)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(taxonomy);
        return new Table(
            "technologies",
            [T("Col.Id"), T("Col.TitleKo"), T("Col.TitleEn"), T("Col.Owner"), T("Col.Fields"), T("Col.Trl"), T("Col.Keywords"), T("Col.LicensingStatus"), T("Col.Updated"), T("Col.Demo")],
            [.. rows.Select(t => (IReadOnlyList<string?>)
            [
                t.Id.ToString(), t.TitleKo, t.TitleEn, Bilingual.Pick(t.Owner.NameKo, t.Owner.NameEn),
                string.Join("; ", t.Fields.Select(taxonomy.FieldName)),
                t.Trl.ToString(CultureInfo.InvariantCulture), t.Keywords, T($"LicensingStatus.{t.Status}"), Kst.Format(t.UpdatedAt),
                t.IsDemo ? T("Common.Yes") : T("Common.No"),
            ])]);
    }

    public Table Needs(IReadOnlyList<NeedListItem> rows, TaxonomySnapshot taxonomy)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(taxonomy);
        return new Table(
            "needs",
            [
                T("Col.Id"), T("Col.Title"), T("Col.Company"), T("Col.Fields"), T("Col.RndStage"), T("Col.Trl"), T("Col.Budget"), T("Col.Timeline"),
                T("Col.PreferredCountries"), T("Col.CooperationType"), T("Col.Status"), T("Col.Created"), T("Col.Demo"),
            ],
            [.. rows.Select(n => (IReadOnlyList<string?>)
            [
                n.Id.ToString(), n.Title, Bilingual.Pick(n.Company.NameKo, n.Company.NameEn),
                string.Join("; ", n.Fields.Select(taxonomy.FieldName)),
                taxonomy.StageName(n.RndStageCode),
                TrlText.Of(n.TrlMin, n.TrlMax),
                n.BudgetKrw is { } budget ? Krw.Format(budget, Cultures.IsEnglish) : null,
                n.TimelineMonths?.ToString(CultureInfo.InvariantCulture),
                string.Join("; ", n.Countries.Select(taxonomy.CountryName)),
                taxonomy.CooperationTypeName(n.CooperationTypeCode),
                T($"NeedStatus.{n.Status}"),
                Kst.Format(n.CreatedAt),
                n.IsDemo ? T("Common.Yes") : T("Common.No"),
            ])]);
    }

    private string T(string key) => l[key].Value;
}
