namespace TechBridge.Matching.Index;

/// <summary>Structured attributes a search can filter on and boost by; every one optional.</summary>
public sealed record DocumentFacets
{
    public static DocumentFacets None { get; } = new();

    /// <summary>What the document is: organization, person, technology, equipment, need …</summary>
    public string? EntityType { get; init; }

    /// <summary>Super-gap field codes.</summary>
    public IReadOnlyList<string> Fields { get; init; } = [];

    public string? Industry { get; init; }

    public string? RndStage { get; init; }

    /// <summary>Technology readiness range the document covers (1–9); null when unknown.</summary>
    public int? TrlMin { get; init; }

    public int? TrlMax { get; init; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string? Country { get; init; }

    /// <summary>The least taking this partner up costs, in KRW (a technology's lowest licence fee); null when not priced.</summary>
    public long? MinCostKrw { get; init; }
}

/// <summary>A document to index: a stable external id, text per schema field, and facets.</summary>
public sealed record MatchDocument(string Id, IReadOnlyDictionary<string, string> Text, DocumentFacets? Facets = null);
