using TechBridge.Core.Data;
using TechBridge.Core.Marketplace;
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

    /// <summary>
    /// The most planned terms a partner search keeps, the strongest by weight × IDF. A need's whole description plans to
    /// about 190 terms; on the demo needs the 64 strongest return 86% of the same top 15 at a sixth of the time
    /// (docs/benchmarks.md, "Partner search end to end").
    /// </summary>
    public const int MaxQueryTerms = 64;

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
        var (trlMin, trlMax) = EffectiveTrl(query, catalog);
        filter = filter with { MaxCostKrw = query.BudgetKrw };
        var kinds = Set(query.Kinds) ?? PartnerKinds.Default;
        var reach = NeedIntent.Reach(query.Text);
        var boosts = Boosts(reach, query.PreferredCountries, catalog);
        var engine = index.Engine;
        var vectors = index.Vectors;
        var hybrid = vectors?.CreateSearcher(engine);
        // One plan and one pass for every group: each group of kinds is ranked on its own, in one read of the postings,
        // with the strongest terms (a group they leave short is searched again with all of them: MatchEngine.SearchGroups).
        var queryTerms = engine.Plan(new SearchRequest(query.Text) { Boosts = boosts, Filter = filter });
        var request = new SearchRequest(query.Text) { Top = query.Top, Explain = true, Boosts = boosts, Planned = queryTerms, MaxTerms = MaxQueryTerms };
        var groups = PartnerKinds.Groups(kinds).Select(group =>
            group.Overlaps(PartnerKinds.WithTrl)
                ? filter with { EntityTypes = group, TrlMin = trlMin, TrlMax = trlMax }
                : filter with { EntityTypes = group }).ToList();
        var found = new List<RankedHit>();
        var denseUsed = false;
        if (hybrid is null)
        {
            foreach (var lexical in engine.SearchGroups(request, groups))
            {
                found.AddRange(lexical.Hits.Select(h => new RankedHit(h.Id, h.Score, h.Explanation, null)));
            }
        }
        else
        {
            foreach (var fused in await hybrid.SearchGroupsAsync(request, groups, vectors!.Admits, cancellationToken))
            {
                denseUsed |= fused.DenseUsed;
                found.AddRange(fused.Hits.Select(h => new RankedHit(h.Id, h.Score, h.Explanation, h.DenseScore)));
            }
        }

        var entities = await PartnerEntities.LoadAsync(db, catalog, found.Select(h => h.Id), cancellationToken);
        var hits = new List<PartnerHit>();
        foreach (var group in found.GroupBy(h => entities.TryGetValue(h.Id, out var e) ? e.Kind : null))
        {
            if (group.Key is null)
            {
                continue; // deleted since the index last heard of them
            }

            var best = group.Max(h => h.Score);
            foreach (var hit in group)
            {
                var e = entities[hit.Id];
                var matched = hit.Explanation is null ? [] : Readable(hit.Explanation.Terms);
                var fieldScores = hit.Explanation?.FieldScores.ToDictionary(f => f.Key, f => (double)f.Value, StringComparer.Ordinal)
                    ?? new Dictionary<string, double>(StringComparer.Ordinal);
                var confident = MatchConfidence.IsConfident(hit.Score, best, hit.Explanation, hit.Similarity);
                hits.Add(new PartnerHit(e.Kind, e.Id, e.NameKo, e.NameEn, e.CountryCode, e.Fields, hit.Score, matched, fieldScores, confident,
                    hit.Similarity, e.Owner, e.TrlMin, e.TrlMax));
            }
        }

        return new PartnerResults(
            hits,
            [.. queryTerms.Where(t => !t.FromGlossary && t.Kind != TermKind.Bigram).Select(t => t.Display)],
            SearchedTranslations.Of(queryTerms),
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
        if (!string.IsNullOrWhiteSpace(query.RndStage))
        {
            if (!catalog.RndStages.TryGetValue(query.RndStage, out var stage))
            {
                errors.Add(nameof(query.RndStage), CoreMessages.Get("Validation.UnknownCode", CoreMessages.Get("Field.RndStage"), query.RndStage));
            }
            else if (!errors.HasErrors && (query.TrlMin > stage.TrlMax || query.TrlMax < stage.TrlMin))
            {
                errors.Add(nameof(query.RndStage), CoreMessages.Get("Validation.StageOutsideTrl", stage.Name(), stage.TrlMin, stage.TrlMax,
                    query.TrlMin ?? TrlLevel.Min, query.TrlMax ?? TrlLevel.Max));
            }
        }

        errors.KrwAmount(nameof(query.BudgetKrw), "Field.Budget", query.BudgetKrw, MarketplaceLimits.MaxBudgetKrw);
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
    /// The matched terms a person can read, in the words as written: no syllable bigrams, and a stem shown as the word it
    /// came from ("batteries", not "batteri"; the planner keeps that word), each word once.
    /// </summary>
    private static List<MatchedTerm> Readable(IReadOnlyList<TermContribution> terms)
    {
        var readable = new List<MatchedTerm>();
        foreach (var t in terms.Where(t => t.Kind != TermKind.Bigram))
        {
            if (readable.TrueForAll(m => m.Term != t.Term))
            {
                readable.Add(new MatchedTerm(t.Term, t.FromGlossary, t.ExpandedFrom, t.Score, t.Common));
            }
        }

        return readable;
    }

    /// <summary>The TRL range to filter by: the query's, narrowed to its R&amp;D stage's range when it names one.</summary>
    private static (int? Min, int? Max) EffectiveTrl(PartnerQuery query, TaxonomySnapshot catalog)
    {
        if (query.RndStage is null || !catalog.RndStages.TryGetValue(query.RndStage, out var stage))
        {
            return (query.TrlMin, query.TrlMax);
        }

        return (Math.Max(query.TrlMin ?? stage.TrlMin, stage.TrlMin), Math.Min(query.TrlMax ?? stage.TrlMax, stage.TrlMax));
    }

    private static HashSet<string>? Set(IReadOnlyCollection<string>? values) =>
        values is null || values.Count == 0 ? null : new HashSet<string>(values, StringComparer.Ordinal);
}
