using System.Globalization;
using Microsoft.Extensions.Localization;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Utilisation;
using TechBridge.Core.Shared.Export;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Web.Components.Shared;
using TechBridge.Web.Localization;

namespace TechBridge.Web.Exports;

/// <summary>The equipment list as an export table, with headers and taxonomy names in the user's language.</summary>
public sealed class FacilitiesTables(IStringLocalizer<SharedResource> l)
{
    public Table Equipment(IReadOnlyList<EquipmentListItem> rows, TaxonomySnapshot taxonomy)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(taxonomy);
        return new Table(
            "equipment",
            [
                T("Col.Id"), T("Col.NameKo"), T("Col.NameEn"), T("Col.Model"), T("Col.Manufacturer"), T("Col.Center"), T("Col.City"), T("Col.Industry"),
                T("Col.Fields"), T("Col.Stages"), T("Col.Trl"), T("Col.Services"), T("Col.Status"), T("Col.YearAcquired"), T("Col.Demo"),
            ],
            [.. rows.Select(e => (IReadOnlyList<string?>)
            [
                e.Id.ToString(), e.NameKo, e.NameEn, e.Model, e.Manufacturer, Bilingual.Pick(e.Center.NameKo, e.Center.NameEn), e.Center.City,
                taxonomy.IndustryName(e.IndustryCode),
                string.Join("; ", e.Fields.Select(taxonomy.FieldName)),
                string.Join("; ", e.Stages.Select(taxonomy.StageName)),
                TrlText.Of(e.TrlMin, e.TrlMax),
                string.Join("; ", e.Services.Select(s => T($"EquipmentServiceKind.{s}"))),
                T($"EquipmentStatus.{e.Status}"),
                e.YearAcquired?.ToString(CultureInfo.InvariantCulture),
                e.IsDemo ? T("Common.Yes") : T("Common.No"),
            ])]);
    }

    /// <summary>Utilisation per equipment item over the report's months.</summary>
    public Table Utilisation(UtilisationReport report, TaxonomySnapshot taxonomy)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(taxonomy);
        static string Hours(double h) => h.ToString("0.0", CultureInfo.InvariantCulture);
        return new Table(
            "utilisation",
            [T("Col.Id"), T("Col.Equipment"), T("Col.Center"), T("Col.Industry"), T("Col.YearAcquired"), T("Col.Status"),
             T("Utilisation.BookedHours"), T("Utilisation.OpenHours"), T("Utilisation.Rate"), T("Col.Advice")],
            [.. report.Equipment.Select(e => (IReadOnlyList<string?>)
            [
                e.Id.ToString(), Bilingual.Pick(e.NameKo, e.NameEn), Bilingual.Pick(e.CenterKo, e.CenterEn), taxonomy.IndustryName(e.IndustryCode),
                e.YearAcquired?.ToString(CultureInfo.InvariantCulture), T($"EquipmentStatus.{e.Status}"), Hours(e.Figure.BookedHours),
                Hours(e.Figure.OpenHours), (e.Figure.Rate * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%", T($"Utilisation.Advice.{e.Advice}"),
            ])]);
    }

    private string T(string key) => l[key].Value;
}
