using TechBridge.Matching.Text;

namespace TechBridge.Matching.Tests.Text;

public sealed class WhitespaceAnalyzerTests
{
    private static readonly WhitespaceAnalyzer Analyzer = new();

    [Fact]
    public void Analyze_KoreanSentence_KeepsParticlesAttached()
    {
        AnalyzerAssert.Terms(Analyzer, "2차 전지를 개발하고자 할 때",
            "W:2차@0", "W:전지를@1", "W:개발하고자@2", "W:할@3", "W:때@4");
    }

    [Fact]
    public void Analyze_EnglishSentence_LowerCasesWithoutStemsOrStopWords()
    {
        AnalyzerAssert.Terms(Analyzer, "The Batteries, of EUV-lithography.",
            "W:the", "W:batteries", "W:of", "W:euv", "W:lithography");
    }

    [Fact]
    public void Analyze_MixedToken_IsOneWord()
    {
        AnalyzerAssert.Terms(Analyzer, "AI반도체·SiC기판", "W:ai반도체", "W:sic기판");
    }

    [Fact]
    public void Analyze_Empty_AddsNothing()
    {
        AnalyzerAssert.Terms(Analyzer, string.Empty);
    }

    [Fact]
    public void Analyze_IntoSink_GivesTheSameTermsAsIntoList()
    {
        const string text = "2차 전지를 개발하고자 할 때 Solid-State BATTERIES 12℃";
        var listed = new List<AnalyzedTerm>();
        Analyzer.Analyze(text, listed);
        var sunk = new RecordingTermSink();

        Analyzer.Analyze(text, sunk);

        Assert.Equal(listed, sunk.Terms);
    }
}
