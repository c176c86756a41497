using TechBridge.Matching.Text;

namespace TechBridge.Matching.Search;

/// <summary>
/// A weighted term of an analysed query; expansions from the glossary weigh less than the user's own words.
/// <see cref="Written"/> is the word as the query (or the glossary entry) wrote it when the key is a reduced form
/// people should not see ("batteri" from "batteries"); null when the key itself reads well.
/// </summary>
public sealed record QueryTerm(string Key, TermKind Kind, float Weight, bool FromGlossary = false, string? ExpandedFrom = null, string? Written = null)
{
    /// <summary>The term as a person reads it: the word as written, else the key without its internal prefix.</summary>
    public string Display => Written ?? Index.TermKeys.Display(Key);
}
