using TechBridge.Core.Data;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Matching.Search;
using TechBridge.Matching.Text;

namespace TechBridge.Core.Matching;

/// <summary>
/// Partner search over organisations, people, equipment, public technologies and (when asked) technology needs, for
/// the "Find partners" page and API. Each group of kinds is ranked on its own (see <see cref="PartnerKinds.Groups"/>).
/// </summary>
public sealed class PartnerSearch(PartnerIndex index, TechBridgeDbContext db, TaxonomyCatalog taxonomy)
{
    public const int MaxTop = 200;
    public const int MaxTextLength = 4000;

    /// <summary>How much a partner in one of the need's preferred countries gains.</summary>
    public const float PreferredCountryBoost = 1.3f;

    public async Task<PartnerResults> SearchAsync(PartnerQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var catalog = await taxonomy.GetAsync(cancellationToken);
        Validate(query, catalog);
        await index.Ready.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);

        var filter = new SearchFilter
        {
            Fields = Set(query.Fields),
            Countries = Set(query.Countries),
            Industries = string.IsNullOrWhiteSpace(query.Industry) ? null : new HashSet<string>(StringComparer.Ordinal) { query.Industry },
        };
        var kinds = Set(query.Kinds) ?? PartnerKinds.Default;
        var reach = NeedIntent.Reach(query.Text);
        var boosts = Boosts(reach, query.PreferredCountries, catalog);
        var engine = index.Engine;
        var vectors = index.Vectors;
        var hybrid = vectors?.CreateSearcher(engine);
        var found = new List<RankedHit>();
        IReadOnlyList<QueryTerm> queryTerms = [];
        var denseUsed = false;
        foreach (var group in PartnerKinds.Groups(kinds))
        {
            var groupFilter = filter with { EntityTypes = group };
            if (group.Overlaps(PartnerKinds.WithTrl))
            {
                groupFilter = groupFilter with { TrlMin = query.TrlMin, TrlMax = query.TrlMax };
            }

            var request = new SearchRequest(query.Text) { Top = query.Top, Explain = true, Boosts = boosts, Filter = groupFilter };
            if (hybrid is null)
            {
                var lexical = engine.Search(request);
                queryTerms = queryTerms.Count > 0 ? queryTerms : lexical.Query;
                found.AddRange(lexical.Hits.Select(h => new RankedHit(h.Id, h.Score, h.Explanation, null)));
            }
            else
            {
                var fused = await hybrid.SearchAsync(request, vectors!.Admits(request.Filter), cancellationToken);
                queryTerms = queryTerms.Count > 0 ? queryTerms : fused.Lexical.Query;
                denseUsed |= fused.DenseUsed;
                found.AddRange(fused.Hits.Select(h => new RankedHit(h.Id, h.Score, h.Explanation, h.DenseScore)));
            }
        }

        var entities = await PartnerEntities.LoadAsync(db, catalog, found.Select(h => h.Id), cancellationToken);
        var wordOfStem = WordsOfStems(queryTerms);
        var hits = new List<PartnerHit>();
        foreach (var hit in found)
        {
            if (!entities.TryGetValue(hit.Id, out var e))
            {
                continue; // deleted since the index last heard of it
            }

            var matched = hit.Explanation is null ? [] : Readable(hit.Explanation.Terms, wordOfStem);
            var fieldScores = hit.Explanation?.FieldScores.ToDictionary(f => f.Key, f => (double)f.Value, StringComparer.Ordinal)
                ?? new Dictionary<string, double>(StringComparer.Ordinal);
            hits.Add(new PartnerHit(e.Kind, e.Id, e.NameKo, e.NameEn, e.CountryCode, e.Fields, hit.Score, matched, fieldScores, hit.Similarity, e.Owner, e.TrlMin, e.TrlMax));
        }

        return new PartnerResults(
            hits,
            [.. queryTerms.Where(t => !t.FromGlossary && t.Kind != TermKind.Bigram).Select(t => t.Display)],
            [.. queryTerms.Where(t => t.FromGlossary && t.Kind == TermKind.Word).Select(t => t.Display).Distinct()],
            reach,
            denseUsed);
    }

    private static void Validate(PartnerQuery query, TaxonomySnapshot catalog)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(query.Text))
        {
            errors.Add(nameof(query.Text), CoreMessages.Get("Validation.Required", CoreMessages.Get("Field.Need")));
        }

        errors.MaxLength(nameof(query.Text), query.Text, "Field.Need", MaxTextLength);
        if (query.Top is < 1 or > MaxTop)
        {
            errors.Add(nameof(query.Top), CoreMessages.Get("Validation.Range", "top", 1, MaxTop));
        }

        errors.KnownCodes(nameof(query.Kinds), query.Kinds, "Field.Kind", PartnerKinds.Known.Contains);
        errors.KnownCodes(nameof(query.PreferredCountries), query.PreferredCountries, "Field.Country", catalog.Countries.ContainsKey);

        // The filters are checked like the lists check theirs: an unknown code is a mistake, not an empty answer.
        errors.KnownCodes(nameof(query.Fields), query.Fields, "Field.Fields", catalog.Fields.ContainsKey);
        errors.KnownCodes(nameof(query.Countries), query.Countries, "Field.Country", catalog.Countries.ContainsKey);
        if (!string.IsNullOrWhiteSpace(query.Industry) && !catalog.Industries.ContainsKey(query.Industry))
        {
            errors.Add(nameof(query.Industry), CoreMessages.Get("Validation.UnknownCode", CoreMessages.Get("Field.Industry"), query.Industry));
        }

        errors.PlainText(nameof(query.Text), query.Text);
        errors.TrlRange(nameof(query.TrlMin), query.TrlMin, query.TrlMax);
        errors.ThrowIfAny();
    }

    /// <summary>A need that says "overseas" or "domestic" boosts partners there; a need's preferred countries boost those.</summary>
    private static SearchBoosts Boosts(PartnerReach reach, IReadOnlyCollection<string>? preferred, TaxonomySnapshot catalog)
    {
        var countries = new Dictionary<string, float>(StringComparer.Ordinal);
        if (reach != PartnerReach.Any)
        {
            foreach (var code in catalog.Countries.Keys.Where(c => (c == "KR") == (reach == PartnerReach.Domestic)))
            {
                countries[code] = NeedIntent.ReachBoost;
            }
        }

        foreach (var code in preferred ?? [])
        {
            countries[code] = countries.GetValueOrDefault(code, 1f) * PreferredCountryBoost;
        }

        return countries.Count == 0 ? SearchBoosts.None : new SearchBoosts { Countries = countries };
    }

    /// <summary>A hit of either search path: BM25F alone, or fused with dense retrieval (then with the cosine when vectors found it).</summary>
    private sealed record RankedHit(string Id, double Score, HitExplanation? Explanation, float? Similarity);

    /// <summary>
    /// The matched terms a person can read: no syllable bigrams, and never a bare English stem ("batteri"): a stem is shown
    /// as the query's word it came from ("battery"), and not at all when that word matched too or no query word has it.
    /// </summary>
    private static List<MatchedTerm> Readable(IReadOnlyList<TermContribution> terms, Dictionary<string, string> wordOfStem)
    {
        var words = terms.Where(t => t.Kind == TermKind.Word).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        var readable = new List<MatchedTerm>();
        foreach (var t in terms)
        {
            var text = t.Kind switch
            {
                TermKind.Word => t.Term,
                TermKind.Stem when wordOfStem.TryGetValue(t.Term, out var word) && !words.Contains(word) => word,
                _ => null,
            };
            if (text is not null && readable.TrueForAll(m => m.Term != text))
            {
                readable.Add(new MatchedTerm(text, t.FromGlossary, t.ExpandedFrom, t.Score));
            }
        }

        return readable;
    }

    /// <summary>Each English stem of the query with the query word it came from (the first such word).</summary>
    private static Dictionary<string, string> WordsOfStems(IEnumerable<QueryTerm> query)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in query.Where(q => q.Kind == TermKind.Word).Select(q => q.Display))
        {
            if (word.Length > 0 && word.All(char.IsAsciiLetter))
            {
                map.TryAdd(EnglishStemmer.Stem(word.ToLowerInvariant()), word);
            }
        }

        return map;
    }

    private static HashSet<string>? Set(IReadOnlyCollection<string>? values) =>
        values is null || values.Count == 0 ? null : new HashSet<string>(values, StringComparer.Ordinal);
}
