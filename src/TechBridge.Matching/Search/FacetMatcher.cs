using TechBridge.Matching.Index;

namespace TechBridge.Matching.Search;

/// <summary>Applies a request's filter and boosts to a document's facets.</summary>
internal static class FacetMatcher
{
    public static bool Passes(SearchFilter filter, DocumentFacets facets)
    {
        if (filter.IsEmpty)
        {
            return true;
        }

        return In(filter.EntityTypes, facets.EntityType)
            && In(filter.Industries, facets.Industry)
            && In(filter.RndStages, facets.RndStage)
            && In(filter.Countries, facets.Country)
            && (filter.Fields is null || facets.Fields.Any(filter.Fields.Contains))
            && TrlOverlaps(filter, facets)
            && (filter.MaxCostKrw is null || facets.MinCostKrw is null || facets.MinCostKrw <= filter.MaxCostKrw);
    }

    public static float Boost(SearchBoosts boosts, DocumentFacets facets)
    {
        if (boosts.IsEmpty)
        {
            return 1f;
        }

        var boost = 1f;
        if (boosts.Fields is not null)
        {
            var best = 1f;
            foreach (var field in facets.Fields)
            {
                if (boosts.Fields.TryGetValue(field, out var b) && b > best)
                {
                    best = b;
                }
            }

            boost *= best;
        }

        boost *= Lookup(boosts.Countries, facets.Country);
        boost *= Lookup(boosts.EntityTypes, facets.EntityType);
        return boost;
    }

    /// <summary>The largest boost any document can get, so score bounds stay valid under boosting.</summary>
    public static float MaxBoost(SearchBoosts boosts) =>
        Max(boosts.Fields) * Max(boosts.Countries) * Max(boosts.EntityTypes);

    private static float Max(IReadOnlyDictionary<string, float>? values) => values is null || values.Count == 0 ? 1f : Math.Max(1f, values.Values.Max());

    private static float Lookup(IReadOnlyDictionary<string, float>? values, string? key) =>
        values is not null && key is not null && values.TryGetValue(key, out var v) ? v : 1f;

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

        var docMin = facets.TrlMin ?? facets.TrlMax!.Value;
        var docMax = facets.TrlMax ?? facets.TrlMin!.Value;
        return docMax >= (filter.TrlMin ?? 1) && docMin <= (filter.TrlMax ?? 9);
    }
}
