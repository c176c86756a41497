using Microsoft.Extensions.Localization;
using TechBridge.Core.Marketplace.Funnel;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Web.Localization;

namespace TechBridge.Web.Components.Pages.Marketplace.Funnel;

/// <summary>Field and program names for the funnel's page and export, in the user's language ("general" and "unclassified" included).</summary>
public sealed class FunnelNames
{
    private readonly IStringLocalizer l;

    private FunnelNames(TaxonomySnapshot taxonomy, IReadOnlyList<(string Code, string NameKo, string NameEn)> programs, IStringLocalizer l)
    {
        Taxonomy = taxonomy;
        Programs = programs;
        this.l = l;
    }

    public TaxonomySnapshot Taxonomy { get; }

    public IReadOnlyList<(string Code, string NameKo, string NameEn)> Programs { get; }

    public static async Task<FunnelNames> LoadAsync(
        TaxonomyCatalog catalog, MarketplaceFunnelQueries queries, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(queries);
        return new FunnelNames(await catalog.GetAsync(cancellationToken), await queries.ProgramsAsync(cancellationToken), l);
    }

    public string Field(string code) => code == FunnelCodes.Unclassified ? l["Funnel.Unclassified"].Value : Taxonomy.FieldName(code);

    public string Program(string code)
    {
        if (code == FunnelCodes.General)
        {
            return l["Funnel.General"].Value;
        }

        foreach (var p in Programs)
        {
            if (p.Code == code)
            {
                return Bilingual.Pick(p.NameKo, p.NameEn);
            }
        }

        return code;
    }
}
