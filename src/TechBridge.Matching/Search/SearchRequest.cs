using TechBridge.Matching.Index;

namespace TechBridge.Matching.Search;

/// <summary>Which documents may appear at all. Every set is optional; within a set any value matches.</summary>
public sealed record SearchFilter
{
    public static SearchFilter None { get; } = new();

    public IReadOnlySet<string>? EntityTypes { get; init; }

    /// <summary>The document must carry at least one of these field codes.</summary>
    public IReadOnlySet<string>? Fields { get; init; }

    public IReadOnlySet<string>? Industries { get; init; }

    public IReadOnlySet<string>? RndStages { get; init; }

    public IReadOnlySet<string>? Countries { get; init; }

    /// <summary>The document's TRL range must overlap [TrlMin, TrlMax].</summary>
    public int? TrlMin { get; init; }

    public int? TrlMax { get; init; }

    /// <summary>A document whose <see cref="DocumentFacets.MinCostKrw"/> exceeds this is out; documents without a price stay.</summary>
    public long? MaxCostKrw { get; init; }

    public bool IsEmpty => EntityTypes is null && Fields is null && Industries is null && RndStages is null && Countries is null
        && TrlMin is null && TrlMax is null && MaxCostKrw is null;
}

/// <summary>Multipliers for documents with a preferred facet (e.g. the need's field ×1.3, preferred countries ×1.2).</summary>
public sealed record SearchBoosts
{
    public static SearchBoosts None { get; } = new();

    public IReadOnlyDictionary<string, float>? Fields { get; init; }

    public IReadOnlyDictionary<string, float>? Countries { get; init; }

    public IReadOnlyDictionary<string, float>? EntityTypes { get; init; }

    public bool IsEmpty => Fields is null && Countries is null && EntityTypes is null;
}

/// <summary>A free-text query with filters, boosts, how many hits and whether to explain them.</summary>
public sealed record SearchRequest(string Text)
{
    public const int MaxTop = 1000;

    public int Top { get; init; } = 10;

    public SearchFilter Filter { get; init; } = SearchFilter.None;

    public SearchBoosts Boosts { get; init; } = SearchBoosts.None;

    public bool Explain { get; init; }

    /// <summary>Expand the query through the bilingual glossary (when the engine has one).</summary>
    public bool Expand { get; init; } = true;

    /// <summary>
    /// At most this many planned terms, the strongest by weight × IDF; null keeps all. A whole need description plans to
    /// about 190 terms, and a search costs in proportion to its terms' postings; the weakest (common words, low-share
    /// translations, syllable bigrams) change the top hits least. It applies to <see cref="Planned"/> terms too; a search
    /// whose group the strongest terms leave short of <see cref="Top"/> hits runs that group again with every term.
    /// </summary>
    public int? MaxTerms { get; init; }

    /// <summary>The text already planned by <see cref="MatchEngine.Plan"/> for these fields; null: plan it.</summary>
    public IReadOnlyList<QueryTerm>? Planned { get; init; }

    /// <summary>Document ids never to return (e.g. the source of a "more like this").</summary>
    public IReadOnlySet<string>? Exclude { get; init; }
}
