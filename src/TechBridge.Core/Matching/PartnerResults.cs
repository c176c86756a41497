using System.Text.Json.Serialization;

namespace TechBridge.Core.Matching;

/// <summary>
/// Why a partner matched: a matched term as written, whether the glossary supplied it (and from which words), and
/// whether it is common (in so many documents that it says little on its own).
/// </summary>
public sealed record MatchedTerm(string Term, bool FromGlossary, string? ExpandedFrom, double Score, bool Common = false);

/// <summary>The organisation behind a hit that is not one: the center of equipment, the owner of a technology, the company of a need.</summary>
public sealed record PartnerOwner(Guid Id, string Kind, string NameKo, string NameEn);

/// <summary>
/// One ranked partner with the link target and the explanation. <see cref="Kind"/> is an organisation kind, "Person",
/// "Equipment", "Technology" or "Need"; <see cref="Id"/> the entity's id. <see cref="Score"/> is the BM25F score, or the
/// fused (reciprocal rank) score when dense retrieval took part; <see cref="Similarity"/> is the cosine similarity of the
/// partner's vector to the need's when dense retrieval found it (then <see cref="Matched"/> may be empty: similar in
/// meaning, no shared words). <see cref="Confident"/> says whether the hit passes the minimum-evidence rule
/// (<see cref="MatchConfidence"/>); the portal folds the others away as weaker matches. <see cref="Owner"/> and the TRL
/// range are there for equipment, technologies and needs.
/// </summary>
public sealed record PartnerHit(
    string Kind, Guid Id, string NameKo, string NameEn, string CountryCode, IReadOnlyList<string> Fields, double Score,
    IReadOnlyList<MatchedTerm> Matched, IReadOnlyDictionary<string, double> FieldScores, bool Confident,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Similarity = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PartnerOwner? Owner = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? TrlMin = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? TrlMax = null);

/// <summary>
/// The ranked partners, the need's terms as the engine read them, glossary expansions, the partner reach read from the
/// need, and whether dense retrieval took part (only present, as true, when it did).
/// </summary>
public sealed record PartnerResults(
    IReadOnlyList<PartnerHit> Hits, IReadOnlyList<string> QueryTerms, IReadOnlyList<string> Expansions, PartnerReach Reach,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool DenseUsed = false);
