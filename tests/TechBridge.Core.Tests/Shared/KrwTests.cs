using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Core.Tests.Shared;

public sealed class KrwTests
{
    [Theory]
    [InlineData(39_500_000_000L, "395억원")]
    [InlineData(4_000_000L, "400만원")]
    [InlineData(950L, "950원")]
    [InlineData(0L, "0원")]
    [InlineData(100_000_000L, "1억원")]
    [InlineData(12_345_678_901L, "123.46억원")]
    [InlineData(1_230_000_000_000L, "12,300억원")]
    [InlineData(15_000L, "1.5만원")]
    [InlineData(-4_000_000L, "-400만원")]
    public void Format_Korean_UsesEokAndManUnits(long won, string expected)
    {
        Assert.Equal(expected, Krw.Format(won, english: false));
    }

    [Theory]
    [InlineData(39_500_000_000L, "KRW 39.5 billion")]
    [InlineData(1_000_000_000L, "KRW 1 billion")]
    [InlineData(4_000_000L, "KRW 4,000,000")]
    [InlineData(950L, "KRW 950")]
    public void Format_English_UsesBillionsOrPlainWon(long won, string expected)
    {
        Assert.Equal(expected, Krw.Format(won, english: true));
    }

    [Fact]
    public void Format_UnderCultureWithCommaDecimals_StillUsesInvariantDigits()
    {
        using var culture = UiCulture.Use("de-DE");

        Assert.Equal("KRW 39.5 billion", Krw.Format(39_500_000_000, english: true));
        Assert.Equal("123.46억원", Krw.Format(12_345_678_901, english: false));
    }
}
