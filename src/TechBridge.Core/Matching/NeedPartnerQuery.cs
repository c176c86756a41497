using TechBridge.Core.Marketplace;
using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Matching;

/// <summary>
/// The partner search for a filed need: its title and details as the text, its fields as the field filter, its TRL
/// range (or its R&amp;D stage's) for equipment and technologies, its preferred countries as boosts.
/// </summary>
public static class NeedPartnerQuery
{
    public static PartnerQuery For(NeedDetail need, TaxonomySnapshot taxonomy, int top = 15)
    {
        ArgumentNullException.ThrowIfNull(need);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var text = $"{need.Title}\n{need.Description}";
        if (text.Length > PartnerSearch.MaxTextLength)
        {
            text = text[..PartnerSearch.MaxTextLength];
        }

        var (trlMin, trlMax) = EntityDocuments.NeedTrl(need.TrlMin, need.TrlMax, need.RndStageCode, taxonomy);
        return new PartnerQuery(
            text,
            Fields: need.Fields.Count == 0 ? null : need.Fields,
            Top: top,
            TrlMin: trlMin,
            TrlMax: trlMax,
            PreferredCountries: need.Countries.Count == 0 ? null : need.Countries);
    }
}
