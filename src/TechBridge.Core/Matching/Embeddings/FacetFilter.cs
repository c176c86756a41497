using TechBridge.Matching.Index;
using TechBridge.Matching.Search;

namespace TechBridge.Core.Matching.Embeddings;

/// <summary>
/// Whether a document's facets pass a search filter, by the engine's rules (every set facet must match; fields match
/// when any one does; TRL ranges must overlap). Vector candidates carry no facets, so the hybrid search asks this.
/// </summary>
public static class FacetFilter
{
    public static bool Passes(SearchFilter filter, DocumentFacets facets)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(facets);
        if (filter.IsEmpty)
        {
            return true;
        }

        return In(filter.EntityTypes, facets.EntityType)
            && In(filter.Industries, facets.Industry)
            && In(filter.RndStages, facets.RndStage)
            && In(filter.Countries, facets.Country)
            && (filter.Fields is null || facets.Fields.Any(filter.Fields.Contains))
            && TrlOverlaps(filter, facets);
    }

    private static bool In(IReadOnlySet<string>? allowed, string? value) => allowed is null || (value is not null && allowed.Contains(value));

    private static bool TrlOverlaps(SearchFilter filter, DocumentFacets facets)
    {
        if (filter.TrlMin is null && filter.TrlMax is null)
        {
            return true;
        }

        if (facets.TrlMin is null && facets.TrlMax is null)
        {
            return false;
        }

        var min = facets.TrlMin ?? facets.TrlMax!.Value;
        var max = facets.TrlMax ?? facets.TrlMin!.Value;
        return max >= (filter.TrlMin ?? 1) && min <= (filter.TrlMax ?? 9);
    }
}
