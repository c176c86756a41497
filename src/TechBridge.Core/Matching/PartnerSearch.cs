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

/// <summary>One ranked partner with the link target and the explanation.</summary>
public sealed record PartnerHit(
    string Kind, Guid Id, string NameKo, string NameEn, string CountryCode, IReadOnlyList<string> Fields, double Score,
    IReadOnlyList<MatchedTerm> Matched, IReadOnlyDictionary<string, double> FieldScores);

/// <summary>The ranked partners, the need's terms as the engine read them, glossary expansions, and the partner reach read from the need.</summary>
public sealed record PartnerResults(IReadOnlyList<PartnerHit> Hits, IReadOnlyList<string> QueryTerms, IReadOnlyList<string> Expansions, PartnerReach Reach);

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
        var results = new[] { kinds.Where(k => k != EntityDocuments.PersonType).ToHashSet(StringComparer.Ordinal), kinds.Where(k => k == EntityDocuments.PersonType).ToHashSet(StringComparer.Ordinal) }
            .Where(group => group.Count > 0)
            .Select(group => engine.Search(new SearchRequest(query.Text) { Top = query.Top, Explain = true, Boosts = boosts, Filter = filter with { EntityTypes = group } }))
            .ToList();
        var result = new SearchResult([.. results.SelectMany(r => r.Hits)], results[0].Query, results.Sum(r => r.Matched));
        var orgIds = IdsWith(result, EntityDocuments.OrganizationPrefix);
        var personIds = IdsWith(result, EntityDocuments.PersonPrefix);
        var organizations = await db.Organizations.AsNoTracking().Include(o => o.Fields).Where(o => orgIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, cancellationToken);
        var people = await db.People.AsNoTracking().Include(p => p.Fields).Where(p => personIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, cancellationToken);

        var hits = new List<PartnerHit>();
        foreach (var hit in result.Hits)
        {
            var matched = Readable(hit.Explanation!.Terms);
            var fieldScores = hit.Explanation.FieldScores.ToDictionary(f => f.Key, f => (double)f.Value, StringComparer.Ordinal);
            if (hit.Id.StartsWith(EntityDocuments.OrganizationPrefix, StringComparison.Ordinal)
                && organizations.TryGetValue(Guid.ParseExact(hit.Id[EntityDocuments.OrganizationPrefix.Length..], "N"), out var o))
            {
                hits.Add(new PartnerHit(o.Kind.ToString(), o.Id, o.NameKo, o.NameEn, o.CountryCode, [.. o.Fields.Select(f => f.FieldCode)], hit.Score, matched, fieldScores));
            }
            else if (hit.Id.StartsWith(EntityDocuments.PersonPrefix, StringComparison.Ordinal)
                && people.TryGetValue(Guid.ParseExact(hit.Id[EntityDocuments.PersonPrefix.Length..], "N"), out var p))
            {
                hits.Add(new PartnerHit(EntityDocuments.PersonType, p.Id, p.NameKo, p.NameEn, p.CountryCode, [.. p.Fields.Select(f => f.FieldCode)], hit.Score, matched, fieldScores));
            }
        }

        return new PartnerResults(
            hits,
            [.. result.Query.Where(t => !t.FromGlossary && t.Kind != TermKind.Bigram).Select(t => t.Display)],
            [.. result.Query.Where(t => t.FromGlossary && t.Kind == TermKind.Word).Select(t => t.Display).Distinct()],
            reach);
    }

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

    private static List<Guid> IdsWith(SearchResult result, string prefix) =>
        [.. result.Hits.Where(h => h.Id.StartsWith(prefix, StringComparison.Ordinal)).Select(h => Guid.ParseExact(h.Id[prefix.Length..], "N"))];
}
