using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;
using TechBridge.Matching.Search;

namespace TechBridge.Core.Matching;

/// <summary>A need to match: free text (Korean or English) plus optional structured preferences.</summary>
public sealed record PartnerQuery(
    string Text,
    IReadOnlyCollection<string>? Kinds = null,
    IReadOnlyCollection<string>? Fields = null,
    IReadOnlyCollection<string>? Countries = null,
    string? Industry = null,
    int Top = 30);

/// <summary>Why a partner matched: a matched term, whether the glossary supplied it (and from which words).</summary>
public sealed record MatchedTerm(string Term, bool FromGlossary, string? ExpandedFrom, double Score);

/// <summary>One ranked partner with the link target and the explanation.</summary>
public sealed record PartnerHit(
    string Kind, Guid Id, string NameKo, string NameEn, string CountryCode, IReadOnlyList<string> Fields, double Score,
    IReadOnlyList<MatchedTerm> Matched, IReadOnlyDictionary<string, double> FieldScores);

public sealed record PartnerResults(IReadOnlyList<PartnerHit> Hits, IReadOnlyList<string> QueryTerms, IReadOnlyList<string> Expansions);

/// <summary>Partner search over the directory, for the "Find partners" page and API.</summary>
public sealed class PartnerSearch(PartnerIndex index, TechBridgeDbContext db)
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

        var request = new SearchRequest(query.Text)
        {
            Top = query.Top,
            Explain = true,
            Filter = new SearchFilter
            {
                EntityTypes = Set(query.Kinds),
                Fields = Set(query.Fields),
                Countries = Set(query.Countries),
                Industries = string.IsNullOrWhiteSpace(query.Industry) ? null : new HashSet<string>(StringComparer.Ordinal) { query.Industry },
            },
        };
        var result = index.Engine.Search(request);
        var orgIds = IdsWith(result, EntityDocuments.OrganizationPrefix);
        var personIds = IdsWith(result, EntityDocuments.PersonPrefix);
        var organizations = await db.Organizations.AsNoTracking().Include(o => o.Fields).Where(o => orgIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, cancellationToken);
        var people = await db.People.AsNoTracking().Include(p => p.Fields).Where(p => personIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, cancellationToken);

        var hits = new List<PartnerHit>();
        foreach (var hit in result.Hits)
        {
            var matched = hit.Explanation!.Terms.Select(t => new MatchedTerm(t.Term, t.FromGlossary, t.ExpandedFrom, t.Score)).ToList();
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
            [.. result.Query.Where(t => !t.FromGlossary && t.Kind != TechBridge.Matching.Text.TermKind.Bigram).Select(t => t.Display)],
            [.. result.Query.Where(t => t.FromGlossary && t.Kind != TechBridge.Matching.Text.TermKind.Bigram).Select(t => t.Display).Distinct()]);
    }

    private static HashSet<string>? Set(IReadOnlyCollection<string>? values) =>
        values is null || values.Count == 0 ? null : new HashSet<string>(values, StringComparer.Ordinal);

    private static List<Guid> IdsWith(SearchResult result, string prefix) =>
        [.. result.Hits.Where(h => h.Id.StartsWith(prefix, StringComparison.Ordinal)).Select(h => Guid.ParseExact(h.Id[prefix.Length..], "N"))];
}
