using System.Globalization;
using Microsoft.Extensions.Localization;
using TechBridge.Core.Directory;
using TechBridge.Core.Shared.Export;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Web.Localization;

namespace TechBridge.Web.Exports;

/// <summary>Directory lists as export tables, with headers and taxonomy names in the user's language.</summary>
public sealed class DirectoryTables(IStringLocalizer<SharedResource> l)
{
    public Table Organizations(IReadOnlyList<OrganizationListItem> rows, TaxonomySnapshot taxonomy)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(taxonomy);
        return new Table(
            "organizations",
            [T("Col.Id"), T("Col.NameKo"), T("Col.NameEn"), T("Col.Kind"), T("Col.Country"), T("Col.City"), T("Col.Size"), T("Col.Industry"), T("Col.Fields"), T("Col.People"), T("Col.Demo")],
            [.. rows.Select(o => (IReadOnlyList<string?>)
            [
                o.Id.ToString(), o.NameKo, o.NameEn, T($"OrganizationKind.{o.Kind}"), taxonomy.CountryName(o.CountryCode), o.City,
                o.SizeClass is { } size ? T($"CompanySize.{size}") : null,
                o.IndustryCode is null ? null : taxonomy.IndustryName(o.IndustryCode),
                string.Join("; ", o.Fields.Select(taxonomy.FieldName)),
                o.PeopleCount.ToString(CultureInfo.InvariantCulture),
                o.IsDemo ? T("Common.Yes") : T("Common.No"),
            ])]);
    }

    public Table People(IReadOnlyList<PersonListItem> rows, TaxonomySnapshot taxonomy)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(taxonomy);
        return new Table(
            "people",
            [T("Col.Id"), T("Col.NameKo"), T("Col.NameEn"), T("Col.Kind"), T("Col.Position"), T("Col.Organization"), T("Col.Country"), T("Col.Fields"), T("Col.Publications"), T("Col.Demo")],
            [.. rows.Select(p => (IReadOnlyList<string?>)
            [
                p.Id.ToString(), p.NameKo, p.NameEn, T($"PersonKind.{p.Kind}"), p.Position,
                Bilingual.Pick(p.OrganizationNameKo, p.OrganizationNameEn), taxonomy.CountryName(p.CountryCode),
                string.Join("; ", p.Fields.Select(taxonomy.FieldName)),
                p.PublicationCount.ToString(CultureInfo.InvariantCulture),
                p.IsDemo ? T("Common.Yes") : T("Common.No"),
            ])]);
    }

    private string T(string key) => l[key].Value;
}
