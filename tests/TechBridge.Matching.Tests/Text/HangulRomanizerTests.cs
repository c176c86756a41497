using TechBridge.Matching.Text;

namespace TechBridge.Matching.Tests.Text;

/// <summary>Revised Romanization syllable by syllable, and the spellings names commonly use instead.</summary>
public sealed class HangulRomanizerTests
{
    [Theory]
    [InlineData("김민준", "gimminjun")] // the family name by custom is "Kim"; see KoreanNames
    [InlineData("이서연", "iseoyeon")]
    [InlineData("박지훈", "bakjihun")]
    [InlineData("최영희", "choeyeonghui")]
    [InlineData("한글", "hangeul")]
    public void Romanize_HangulWord_RevisedRomanizationBySyllable(string word, string expected) =>
        Assert.Equal(expected, HangulRomanizer.Romanize(word));

    [Theory]
    [InlineData("")]
    [InlineData("battery")]
    [InlineData("김A")]
    public void Romanize_NotAllHangulSyllables_Null(string word) => Assert.Null(HangulRomanizer.Romanize(word));

    [Theory]
    [InlineData('준', "jun", "joon")]
    [InlineData('현', "hyeon", "hyun")]
    [InlineData('영', "yeong", "young")]
    [InlineData('희', "hui", "hee")]
    [InlineData('우', "u", "woo")]
    [InlineData('균', "gyun", "kyun")]
    public void Spellings_Syllable_RevisedRomanizationFirstThenCommonVariants(char syllable, string first, string variant)
    {
        var spellings = HangulRomanizer.Spellings(syllable);

        Assert.Equal(first, spellings[0]);
        Assert.Contains(variant, spellings);
    }

    [Fact]
    public void Spellings_NotASyllable_Empty() => Assert.Empty(HangulRomanizer.Spellings('a'));
}
