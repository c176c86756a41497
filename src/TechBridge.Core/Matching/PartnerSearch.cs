using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Matching.Search;
using TechBridge.Matching.Text;

namespace TechBridge.Core.Matching;

/// <summary>
/// A need to match: free text (Korean or English) plus optional structured preferences. <see cref="Top"/> applies to
/// organisations and to people separately, so long publication lists never crowd institutions out of the answer.
/// </summary>
public sealed record PartnerQuery(
    string Text,
    IReadOnlyCollection<string>? Kinds = null,
    IReadOnlyCollection<string>? Fields = null,
    IReadOnlyCollection<string>? Countries = null,
    string? Industry = null,
    int Top = 15);

/// <summary>Why a partner matched: a matched term, whether the glossary supplied it (and from which words).</summary>
public sealed record MatchedTerm(string Term, bool FromGlossary, string? ExpandedFrom, double Score);

/// <summary>
/// One ranked partner with the link target and the explanation. <see cref="Score"/> is the BM25F score, or the fused
/// (reciprocal rank) score when dense retrieval took part; <see cref="Similarity"/> is the cosine similarity of the
/// partner's vector to the need's when dense retrieval found it (then <see cref="Matched"/> may be empty: similar in
/// meaning, no shared words).
/// </summary>
public sealed record PartnerHit(
    string Kind, Guid Id, string NameKo, string NameEn, string CountryCode, IReadOnlyList<string> Fields, double Score,
    IReadOnlyList<MatchedTerm> Matched, IReadOnlyDictionary<string, double> FieldScores,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Similarity = null);

/// <summary>
/// The ranked partners, the need's terms as the engine read them, glossary expansions, the partner reach read from the
/// need, and whether dense retrieval took part (only present, as true, when it did).
/// </summary>
public sealed record PartnerResults(
    IReadOnlyList<PartnerHit> Hits, IReadOnlyList<string> QueryTerms, IReadOnlyList<string> Expansions, PartnerReach Reach,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool DenseUsed = false);

/// <summary>Partner search over the directory, for the "Find partners" page and API.</summary>
public sealed class PartnerSearch(PartnerIndex index, TechBridgeDbContext db, TaxonomyCatalog taxonomy)
{
    public const int MaxTop = 200;
    public const int MaxTextLength = 4000;

    public async Task<PartnerResults> SearchAsync(PartnerQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
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

        errors.ThrowIfAny();
        await index.Ready.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);

        var filter = new SearchFilter
        {
            Fields = Set(query.Fields),
            Countries = Set(query.Countries),
            Industries = string.IsNullOrWhiteSpace(query.Industry) ? null : new HashSet<string>(StringComparer.Ordinal) { query.Industry },
        };
        var kinds = Set(query.Kinds) ?? AllKinds;
        var reach = NeedIntent.Reach(query.Text);
        var boosts = reach == PartnerReach.Any ? SearchBoosts.None : new SearchBoosts
        {
            Countries = (await taxonomy.GetAsync(cancellationToken)).Countries.Keys
                .Where(c => (c == "KR") == (reach == PartnerReach.Domestic))
                .ToDictionary(c => c, _ => NeedIntent.ReachBoost, StringComparer.Ordinal),
        };
        var engine = index.Engine;
        var vectors = index.Vectors;
        var hybrid = vectors?.CreateSearcher(engine);
        var found = new List<RankedHit>();
        IReadOnlyList<QueryTerm> queryTerms = [];
        var denseUsed = false;
        var groups = new[] { kinds.Where(k => k != EntityDocuments.PersonType).ToHashSet(StringComparer.Ordinal), kinds.Where(k => k == EntityDocuments.PersonType).ToHashSet(StringComparer.Ordinal) }
            .Where(group => group.Count > 0);
        foreach (var group in groups)
        {
            var request = new SearchRequest(query.Text) { Top = query.Top, Explain = true, Boosts = boosts, Filter = filter with { EntityTypes = group } };
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

        var orgIds = IdsWith(found, EntityDocuments.OrganizationPrefix);
        var personIds = IdsWith(found, EntityDocuments.PersonPrefix);
        var organizations = await db.Organizations.AsNoTracking().Include(o => o.Fields).Where(o => orgIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, cancellationToken);
        var people = await db.People.AsNoTracking().Include(p => p.Fields).Where(p => personIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, cancellationToken);

        var hits = new List<PartnerHit>();
        foreach (var hit in found)
        {
            var matched = hit.Explanation is null ? [] : Readable(hit.Explanation.Terms);
            var fieldScores = hit.Explanation?.FieldScores.ToDictionary(f => f.Key, f => (double)f.Value, StringComparer.Ordinal)
                ?? new Dictionary<string, double>(StringComparer.Ordinal);
            if (hit.Id.StartsWith(EntityDocuments.OrganizationPrefix, StringComparison.Ordinal)
                && organizations.TryGetValue(Guid.ParseExact(hit.Id[EntityDocuments.OrganizationPrefix.Length..], "N"), out var o))
            {
                hits.Add(new PartnerHit(o.Kind.ToString(), o.Id, o.NameKo, o.NameEn, o.CountryCode, [.. o.Fields.Select(f => f.FieldCode)], hit.Score, matched, fieldScores, hit.Similarity));
            }
            else if (hit.Id.StartsWith(EntityDocuments.PersonPrefix, StringComparison.Ordinal)
                && people.TryGetValue(Guid.ParseExact(hit.Id[EntityDocuments.PersonPrefix.Length..], "N"), out var p))
            {
                hits.Add(new PartnerHit(EntityDocuments.PersonType, p.Id, p.NameKo, p.NameEn, p.CountryCode, [.. p.Fields.Select(f => f.FieldCode)], hit.Score, matched, fieldScores, hit.Similarity));
            }
        }

        return new PartnerResults(
            hits,
            [.. queryTerms.Where(t => !t.FromGlossary && t.Kind != TermKind.Bigram).Select(t => t.Display)],
            [.. queryTerms.Where(t => t.FromGlossary && t.Kind == TermKind.Word).Select(t => t.Display).Distinct()],
            reach,
            denseUsed);
    }

    /// <summary>A hit of either search path: BM25F alone, or fused with dense retrieval (then with the cosine when vectors found it).</summary>
    private sealed record RankedHit(string Id, double Score, HitExplanation? Explanation, float? Similarity);

    private static readonly HashSet<string> AllKinds =
        [.. Enum.GetNames<OrganizationKind>(), EntityDocuments.PersonType];

    /// <summary>
    /// The matched terms a person can read: no syllable bigrams, and no English stem shown beside the word it
    /// came from ("electrolyt" next to "electrolyte").
    /// </summary>
    private static List<MatchedTerm> Readable(IReadOnlyList<TermContribution> terms)
    {
        var words = terms.Where(t => t.Kind == TermKind.Word).Select(t => t.Term).ToList();
        return [.. terms
            .Where(t => t.Kind == TermKind.Word || (t.Kind == TermKind.Stem && !words.Any(w => w.StartsWith(t.Term, StringComparison.Ordinal))))
            .Select(t => new MatchedTerm(t.Term, t.FromGlossary, t.ExpandedFrom, t.Score))];
    }

    private static HashSet<string>? Set(IReadOnlyCollection<string>? values) =>
        values is null || values.Count == 0 ? null : new HashSet<string>(values, StringComparer.Ordinal);

    private static List<Guid> IdsWith(List<RankedHit> hits, string prefix) =>
        [.. hits.Where(h => h.Id.StartsWith(prefix, StringComparison.Ordinal)).Select(h => Guid.ParseExact(h.Id[prefix.Length..], "N"))];
}
