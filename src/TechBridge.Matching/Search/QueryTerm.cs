using TechBridge.Matching.Text;

namespace TechBridge.Matching.Search;

/// <summary>A weighted term of an analysed query; expansions from the glossary weigh less than the user's own words.</summary>
public sealed record QueryTerm(string Key, TermKind Kind, float Weight, bool FromGlossary = false, string? ExpandedFrom = null)
{
    public string Display => Index.TermKeys.Display(Key);
}
