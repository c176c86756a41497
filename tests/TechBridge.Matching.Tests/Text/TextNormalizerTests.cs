using System.Text;
using TechBridge.Matching.Text;

namespace TechBridge.Matching.Tests.Text;

public sealed class TextNormalizerTests
{
    [Fact]
    public void Normalize_FullWidthLatin_FoldsToAsciiLowerCase()
    {
        Assert.Equal("euv 노광", TextNormalizer.Normalize("ＥＵＶ　노광"));
    }

    [Fact]
    public void Normalize_FullWidthDigitsAndPunctuation_FoldToAscii()
    {
        Assert.Equal("12인치 (300mm)", TextNormalizer.Normalize("１２인치 （３００ｍｍ）"));
    }

    [Fact]
    public void Normalize_CompatibilityJamo_BecomesConjoiningJamo()
    {
        // NFKC maps Hangul Compatibility Jamo (U+3131 ㄱ) to the conjoining choseong (U+1100).
        Assert.Equal("\u1100\u1102", TextNormalizer.Normalize("\u3131\u3134"));
    }

    [Fact]
    public void Normalize_HalfwidthHangulJamo_BecomesConjoiningJamo()
    {
        Assert.Equal("\u1100", TextNormalizer.Normalize("\uFFA1"));
    }

    [Fact]
    public void Normalize_DecomposedHangul_ComposesSyllables()
    {
        // "한국" as conjoining jamo, the way macOS file names and some PDFs store it.
        Assert.Equal("한국", TextNormalizer.Normalize("\u1112\u1161\u11AB\u1100\u116E\u11A8"));
    }

    [Theory]
    [InlineData("㎚", "nm")]
    [InlineData("㎾", "kw")]
    [InlineData("①", "1")]
    [InlineData("ﬁlm", "film")]
    [InlineData("Ⅱ", "ii")]
    public void Normalize_CompatibilityCharacters_Decompose(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input));
    }

    [Theory]
    [InlineData("li\u2010ion")]
    [InlineData("li\u2011ion")]
    [InlineData("li\u2012ion")]
    [InlineData("li\u2013ion")]
    [InlineData("li\u2014ion")]
    [InlineData("li\u2212ion")]
    [InlineData("li\uFF0Dion")]
    [InlineData("li\uFE63ion")]
    public void Normalize_AnyDash_BecomesHyphenMinus(string input)
    {
        Assert.Equal("li-ion", TextNormalizer.Normalize(input));
    }

    [Theory]
    [InlineData("company\u2019s", "company's")]
    [InlineData("\u201824년", "'24년")]
    [InlineData("\u201C초격차\u201D", "\"초격차\"")]
    [InlineData("\u00AB초격차\u00BB", "\"초격차\"")]
    [InlineData("`quote`", "'quote'")]
    public void Normalize_Quotes_AreUnified(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input));
    }

    [Fact]
    public void Normalize_WhitespaceRuns_CollapseToOneSpaceAndTrim()
    {
        Assert.Equal("a b c d e", TextNormalizer.Normalize("  a\t\tb\r\n c\u00A0\u00A0d\u3000e \n"));
    }

    [Fact]
    public void Normalize_ZeroWidthCharacters_JoinersRemovedSpaceSeparates()
    {
        Assert.Equal("반도체 공정", TextNormalizer.Normalize("반\u200D도\u00AD체\u200B공\uFEFF정"));
    }

    [Fact]
    public void Normalize_Araea_BecomesMiddleDot()
    {
        Assert.Equal("r&d\u00B7ip", TextNormalizer.Normalize("R&D\u318DIP"));
    }

    [Fact]
    public void Normalize_KeepCase_LeavesLettersAsWritten()
    {
        Assert.Equal("IT 기업 EUV", TextNormalizer.Normalize("IT  기업 ＥＵＶ", lowerCase: false));
    }

    [Fact]
    public void Normalize_AlreadyNormal_ReturnsSameInstance()
    {
        const string text = "반도체 공정 euv 12인치";

        Assert.Same(text, TextNormalizer.Normalize(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t\n ")]
    public void Normalize_NullOrBlank_ReturnsEmpty(string? input)
    {
        Assert.Equal(string.Empty, TextNormalizer.Normalize(input));
    }

    [Fact]
    public void Normalize_LoneSurrogate_IsReplacedInsteadOfThrowing()
    {
        Assert.Equal("a\uFFFDb", TextNormalizer.Normalize("A\uD800B"));
    }

    [Fact]
    public void Normalize_LongText_RewritesBeyondStackBuffer()
    {
        var input = string.Concat(Enumerable.Repeat("ＡＢ  반도체\t", 200));
        var expected = string.Join(' ', Enumerable.Repeat("ab 반도체", 200));

        Assert.Equal(expected, TextNormalizer.Normalize(input));
    }

    [Fact]
    public void Normalize_RandomMixOfComposingAndCompatibilityCharacters_EqualsNormalizingTheWholeTextFirst()
    {
        // Bases, combining marks of different classes, conjoining and compatibility jamo, compatibility characters and
        // half-width kana with its voiced mark: the islands that Normalize sends to ICU must give what NFKC of the
        // whole text gives.
        string[] alphabet =
        [
            "a", "e", "Z", " ", "1", "\u0301", "\u0323", "\u0302", "\u0308", "가", "각", "한", "\u1100", "\u1161", "\u11A8",
            "\u3131", "\u314F", "℃", "㎜", "Ａ", "ﬁ", "\u2126", "\u212B", "é", "Ä", "中", "\uF900", "·", "\uFF76", "\uFF9E",
            "\uFFA1", "\u00B7", "—", "½", "\U0001D400",
        ];
        var random = new Random(20261202);
        for (var i = 0; i < 5_000; i++)
        {
            var text = new StringBuilder();
            for (var n = random.Next(1, 12); n > 0; n--)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            var input = text.ToString();
            Assert.Equal(TextNormalizer.Normalize(input.Normalize(NormalizationForm.FormKC), lowerCase: false), TextNormalizer.Normalize(input, lowerCase: false));
        }
    }
}
