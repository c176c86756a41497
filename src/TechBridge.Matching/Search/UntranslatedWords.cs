using TechBridge.Matching.Text;

namespace TechBridge.Matching.Search;

/// <summary>
/// The user's own words of a plan that nothing translated yet: not an expansion, not a bigram, and not inside any text a
/// glossary entry, the lexicon or an earlier guess expanded from. What a guess by sound (a loanword, a name) may try.
/// </summary>
internal static class UntranslatedWords
{
    public static IEnumerable<QueryTerm> Of(IReadOnlyList<QueryTerm> query)
    {
        var translatedFrom = query.Where(t => t.FromGlossary && t.ExpandedFrom is not null).Select(t => t.ExpandedFrom!).Distinct(StringComparer.Ordinal).ToList();
        return query.Where(t => !t.FromGlossary && t.Kind != TermKind.Bigram && !translatedFrom.Exists(from => from.Contains(t.Key, StringComparison.Ordinal)));
    }
}
