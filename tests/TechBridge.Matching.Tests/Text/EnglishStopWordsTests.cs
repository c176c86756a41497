using TechBridge.Matching.Text;

namespace TechBridge.Matching.Tests.Text;

public sealed class EnglishStopWordsTests
{
    [Fact]
    public void Words_SnowballList_Has174Entries()
    {
        Assert.Equal(174, EnglishStopWords.Words.Count);
    }

    [Theory]
    [InlineData("the")]
    [InlineData("and")]
    [InlineData("don't")]
    [InlineData("ourselves")]
    [InlineData("very")]
    public void Contains_StopWord_ReturnsTrue(string word)
    {
        Assert.True(EnglishStopWords.Contains(word));
    }

    [Theory]
    [InlineData("us")]
    [InlineData("will")]
    [InlineData("can")]
    [InlineData("may")]
    [InlineData("mine")]
    [InlineData("battery")]
    [InlineData("The")]
    public void Contains_ContentWordHomonymOrUpperCase_ReturnsFalse(string word)
    {
        Assert.False(EnglishStopWords.Contains(word));
    }

    [Fact]
    public void Contains_KoreanStandaloneFunctionWord_IsInKoreanList()
    {
        Assert.True(KoreanStopWords.Contains("및"));
        Assert.True(KoreanStopWords.Contains("를"));
        Assert.False(KoreanStopWords.Contains("반도체"));
    }
}
