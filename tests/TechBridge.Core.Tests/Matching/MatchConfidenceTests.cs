using TechBridge.Core.Matching;
using TechBridge.Matching.Search;
using TechBridge.Matching.Text;

namespace TechBridge.Core.Tests.Matching;

public sealed class MatchConfidenceTests
{
    [Fact]
    public void IsConfident_UncommonWordNearTheBest_IsConfident()
    {
        Assert.True(MatchConfidence.IsConfident(8, 10, Explained(Term("식각", TermKind.Word, common: false)), null));
    }

    [Fact]
    public void IsConfident_OnlyCommonWords_IsWeakEvenAtTheTop()
    {
        var explanation = Explained(Term("기술", TermKind.Word, common: true), Term("개발", TermKind.Stem, common: true));

        Assert.False(MatchConfidence.IsConfident(10, 10, explanation, null));
    }

    [Fact]
    public void IsConfident_FarBelowTheBest_IsWeakWhateverItMatched()
    {
        var explanation = Explained(Term("식각", TermKind.Word, common: false));

        Assert.False(MatchConfidence.IsConfident(2.4, 10, explanation, null));
        Assert.True(MatchConfidence.IsConfident(2.5, 10, explanation, null));
    }

    [Fact]
    public void IsConfident_TwoUncommonSyllablePairs_CountAsACompoundMatch()
    {
        var one = Explained(Term("고체", TermKind.Bigram, common: false));
        var two = Explained(Term("고체", TermKind.Bigram, common: false), Term("전해", TermKind.Bigram, common: false));

        Assert.False(MatchConfidence.IsConfident(10, 10, one, null));
        Assert.True(MatchConfidence.IsConfident(10, 10, two, null));
    }

    [Fact]
    public void IsConfident_NoSharedWordsButCloseVector_IsConfident()
    {
        Assert.True(MatchConfidence.IsConfident(1, 1, Explained(), MatchConfidence.MinSimilarity));
        Assert.False(MatchConfidence.IsConfident(1, 1, Explained(), MatchConfidence.MinSimilarity - 0.01f));
        Assert.False(MatchConfidence.IsConfident(1, 1, null, null));
    }

    private static HitExplanation Explained(params TermContribution[] terms) => new(terms, 1f);

    private static TermContribution Term(string text, TermKind kind, bool common) =>
        new(text, kind, FromGlossary: false, ExpandedFrom: null, Score: 1f, Fields: [], Common: common);
}
