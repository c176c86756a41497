using TechBridge.Matching.Text;

namespace TechBridge.Matching.Tests.Text;

public sealed class TokenizerTests
{
    /// <summary>Tokens as "text" for wholes, "+text" for parts and "=text" for joins, positions as "@n" when asked.</summary>
    private static List<string> Tokens(string text, bool positions = false)
    {
        var result = new List<string>();
        foreach (var token in new Tokenizer(TextNormalizer.Normalize(text)))
        {
            var prefix = token.Role switch
            {
                TokenRole.Part => "+",
                TokenRole.Joined => "=",
                _ => string.Empty,
            };
            result.Add(prefix + token.Text.ToString() + (positions ? "@" + token.Position : string.Empty));
        }

        return result;
    }

    [Theory]
    [InlineData("2차전지", new[] { "2차전지", "+2", "+차전지" })]
    [InlineData("EUV용", new[] { "euv용", "+euv", "+용" })]
    [InlineData("SiC기판", new[] { "sic기판", "+sic", "+기판" })]
    [InlineData("AI반도체", new[] { "ai반도체", "+ai", "+반도체" })]
    [InlineData("3nm", new[] { "3nm", "+3", "+nm" })]
    [InlineData("12인치", new[] { "12인치", "+12", "+인치" })]
    [InlineData("CO2", new[] { "co2", "+co", "+2" })]
    [InlineData("100kWh", new[] { "100kwh", "+100", "+kwh" })]
    [InlineData("43.2억", new[] { "43.2억", "+43.2", "+억" })]
    [InlineData("非리튬계", new[] { "非리튬계", "+非", "+리튬계" })]
    public void MoveNext_MixedScriptToken_KeepsWholeAndSplitsAtScriptBoundaries(string text, string[] expected)
    {
        Assert.Equal(expected, Tokens(text));
    }

    [Fact]
    public void MoveNext_MixedScriptToken_PartsShareTheWholePosition()
    {
        Assert.Equal(["기존@0", "2차전지@1", "+2@1", "+차전지@1", "개발@2"], Tokens("기존 2차전지 개발", positions: true));
    }

    [Theory]
    [InlineData("0.5", new[] { "0.5" })]
    [InlineData("3.14159 rad", new[] { "3.14159", "rad" })]
    [InlineData("1,487억원", new[] { "1487억원", "+1487", "+억원" })]
    [InlineData("1,000,000 units", new[] { "1000000", "units" })]
    [InlineData("1,2,3", new[] { "1", "2", "3" })]
    [InlineData("12345,678", new[] { "12345", "678" })]
    [InlineData("끝.", new[] { "끝" })]
    [InlineData("v1.2 release", new[] { "v1.2", "+v", "+1.2", "release" })]
    public void MoveNext_Numbers_KeepDecimalPointsAndDropThousandsCommas(string text, string[] expected)
    {
        Assert.Equal(expected, Tokens(text));
    }

    [Theory]
    [InlineData("the company's plan", new[] { "the", "company's", "plan" })]
    [InlineData("don't", new[] { "don't" })]
    [InlineData("'24년 'quoted'", new[] { "24년", "+24", "+년", "quoted" })]
    [InlineData("R&D 투자", new[] { "r&d", "투자" })]
    [InlineData("R & D", new[] { "r", "d" })]
    public void MoveNext_ApostropheOrAmpersandBetweenLatinLetters_StaysInsideToken(string text, string[] expected)
    {
        Assert.Equal(expected, Tokens(text));
    }

    [Theory]
    [InlineData("li-ion", new[] { "li@0", "ion@1", "=liion@0" })]
    [InlineData("온-디바이스 AI", new[] { "온@0", "디바이스@1", "=온디바이스@0", "ai@2" })]
    [InlineData("i-SMR 인가", new[] { "i@0", "smr@1", "=ismr@0", "인가@2" })]
    [InlineData("COVID-19", new[] { "covid@0", "19@1", "=covid19@0" })]
    [InlineData("state-of-the-art", new[] { "state@0", "of@1", "the@2", "art@3", "=stateoftheart@0" })]
    public void MoveNext_HyphenatedChain_SplitsAndAppendsJoinedForm(string text, string[] expected)
    {
        Assert.Equal(expected, Tokens(text, positions: true));
    }

    [Theory]
    [InlineData("2024-2025", new[] { "2024", "2025" })]
    [InlineData("02-123-4567", new[] { "02", "123", "4567" })]
    [InlineData("a - b", new[] { "a", "b" })]
    [InlineData("R&D/IP", new[] { "r&d", "ip" })]
    [InlineData("-start end-", new[] { "start", "end" })]
    public void MoveNext_NumericRangeSlashOrSpacedHyphen_GetsNoJoinedForm(string text, string[] expected)
    {
        Assert.Equal(expected, Tokens(text));
    }

    [Fact]
    public void MoveNext_HyphenatedMixedTokens_JoinAfterLastParts()
    {
        Assert.Equal(["i", "platform이", "+platform", "+이", "=iplatform이"], Tokens("i-Platform이"));
    }

    [Theory]
    [InlineData("개발·실증", new[] { "개발", "실증" })]
    [InlineData("자동차‧로봇", new[] { "자동차", "로봇" })]
    [InlineData("(반도체)", new[] { "반도체" })]
    [InlineData("「초격차」 프로젝트", new[] { "초격차", "프로젝트" })]
    [InlineData("AI+R&DI", new[] { "ai", "r&di" })]
    [InlineData("~'25년", new[] { "25년", "+25", "+년" })]
    public void MoveNext_Punctuation_SeparatesTokens(string text, string[] expected)
    {
        Assert.Equal(expected, Tokens(text));
    }

    [Fact]
    public void MoveNext_SupplementaryIdeograph_IsOneHanToken()
    {
        var text = "\U00020000자";
        var tokenizer = new Tokenizer(text);

        Assert.True(tokenizer.MoveNext());
        Assert.Equal(TokenScript.Mixed, tokenizer.Current.Script);
        Assert.True(tokenizer.MoveNext());
        Assert.Equal(TokenScript.Han, tokenizer.Current.Script);
        Assert.Equal("\U00020000", tokenizer.Current.Text.ToString());
    }

    [Fact]
    public void MoveNext_CombiningMark_StaysWithItsLetter()
    {
        // x + combining acute has no precomposed form, so NFKC leaves the mark in place.
        Assert.Equal(["x\u0301y", "naïve"], Tokens("x\u0301y nai\u0308ve"));
    }

    [Fact]
    public void MoveNext_Scripts_AreReported()
    {
        var scripts = new List<TokenScript>();
        foreach (var token in new Tokenizer("euv 0.5 반도체 美 αβ"))
        {
            scripts.Add(token.Script);
        }

        Assert.Equal([TokenScript.Latin, TokenScript.Number, TokenScript.Hangul, TokenScript.Han, TokenScript.Other], scripts);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!?… —")]
    public void MoveNext_NoLettersOrDigits_YieldsNothing(string text)
    {
        Assert.Empty(Tokens(text));
    }
}
