using TechBridge.Matching.Search;
using TechBridge.Matching.Text;

namespace TechBridge.Core.Matching;

/// <summary>
/// The words a search added by translation, as a person reads them under "Also searched": each once, and without the
/// pieces the analyser split a longer one into ("2", "차" and "차전지" of 2차전지; "고체" beside 전고체).
/// </summary>
public static class SearchedTranslations
{
    public static List<string> Of(IEnumerable<QueryTerm> query)
    {
        var words = query.Where(t => t.FromGlossary && t.Kind == TermKind.Word).Select(t => t.Display).Distinct(StringComparer.Ordinal).ToList();
        return words.Where(w => !words.Exists(other => other.Length > w.Length && other.Contains(w, StringComparison.Ordinal))).ToList();
    }
}
