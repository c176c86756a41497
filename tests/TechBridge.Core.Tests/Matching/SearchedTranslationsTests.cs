using TechBridge.Core.Matching;
using TechBridge.Matching.Search;
using TechBridge.Matching.Text;

namespace TechBridge.Core.Tests.Matching;

public sealed class SearchedTranslationsTests
{
    [Fact]
    public void Of_PiecesOfALongerTranslation_ShowsOnlyTheWholeWords()
    {
        QueryTerm[] query =
        [
            new("battery", TermKind.Word, 1f),
            new("2차전지", TermKind.Word, 0.5f, FromGlossary: true, ExpandedFrom: "secondary battery"),
            new("2", TermKind.Word, 0.5f, FromGlossary: true, ExpandedFrom: "secondary battery"),
            new("차전지", TermKind.Word, 0.5f, FromGlossary: true, ExpandedFrom: "secondary battery"),
            new("\u0002전지", TermKind.Bigram, 0.15f, FromGlossary: true, ExpandedFrom: "secondary battery"),
            new("배터리", TermKind.Word, 0.5f, FromGlossary: true, ExpandedFrom: "battery"),
            new("배터리", TermKind.Stem, 0.5f, FromGlossary: true, ExpandedFrom: "battery"),
        ];

        Assert.Equal(["2차전지", "배터리"], SearchedTranslations.Of(query));
    }
}
