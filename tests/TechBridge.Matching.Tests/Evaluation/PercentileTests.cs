using TechBridge.Matching.Evaluation;

namespace TechBridge.Matching.Tests.Evaluation;

public sealed class PercentileTests
{
    [Theory]
    [InlineData(50, 3)]
    [InlineData(95, 5)]
    [InlineData(100, 5)]
    [InlineData(1, 1)]
    public void NearestRank_UnsortedValues_PicksValueAtCeilingRank(double percentile, double expected)
    {
        Assert.Equal(expected, Percentile.NearestRank([5, 1, 3], percentile));
    }

    [Fact]
    public void NearestRank_FourValues_MedianIsSecondSmallest()
    {
        Assert.Equal(20, Percentile.NearestRank([40, 10, 30, 20], 50));
    }

    [Fact]
    public void NearestRank_Empty_IsZero()
    {
        Assert.Equal(0, Percentile.NearestRank([], 95));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    [InlineData(double.NaN)]
    public void NearestRank_PercentileOutOfRange_Throws(double percentile)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentile.NearestRank([1.0], percentile));
    }
}
