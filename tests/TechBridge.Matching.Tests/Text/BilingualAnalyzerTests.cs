using TechBridge.Matching.Text;

namespace TechBridge.Matching.Tests.Text;

public sealed class BilingualAnalyzerTests
{
    private static readonly BilingualAnalyzer Analyzer = new();

    // Sentences below are quoted from ../shared/seeds/002 (2025 industrial-technology plan) and 004 (i-Platform).
    [Fact]
    public void Analyze_SeedSuperGapProject_WordsAndBigrams()
    {
        AnalyzerAssert.Terms(Analyzer, "초격차 프로젝트",
            "W:초격차@0", "B:초격@0", "B:격차@0",
            "W:프로젝트@1", "B:프로@1", "B:로젝@1", "B:젝트@1");
    }

    [Fact]
    public void Analyze_SeedOnDeviceAiChip_SplitsHyphenAndJoins()
    {
        AnalyzerAssert.Terms(Analyzer, "온-디바이스 AI 반도체",
            "W:온@0",
            "W:디바이스@1", "B:디바@1", "B:바이@1", "B:이스@1",
            "W:온디바이스@0",
            "W:ai@2",
            "W:반도체@3", "B:반도@3", "B:도체@3");
    }

    [Fact]
    public void Analyze_SeedTwelveInchMiniFab_KeepsNumberAndUnit()
    {
        AnalyzerAssert.Terms(Analyzer, "12인치급 웨이퍼 기반 실증 미니팹",
            "W:12인치급@0", "W:12@0", "W:인치급@0", "B:인치@0", "B:치급@0",
            "W:웨이퍼@1", "B:웨이@1", "B:이퍼@1",
            "W:기반@2", "B:기반@2",
            "W:실증@3", "B:실증@3",
            "W:미니팹@4", "B:미니@4", "B:니팹@4");
    }

    [Fact]
    public void Analyze_SeedISmrLicence_DropsStopWordPartButKeepsJoin()
    {
        // "i" is an English stop word; the join "ismr" still carries the name.
        AnalyzerAssert.Terms(Analyzer, "i-SMR 표준설계 인가 획득",
            "W:smr@1", "W:ismr@0",
            "W:표준설계@2", "B:표준@2", "B:준설@2", "B:설계@2",
            "W:인가@3", "B:인가@3",
            "W:획득@4", "B:획득@4");
    }

    [Fact]
    public void Analyze_SeedLiquidHydrogen_MiddleDotSeparates()
    {
        AnalyzerAssert.Terms(Analyzer, "액화수소 해상운송 개발·실증",
            "W:액화수소", "B:액화", "B:화수", "B:수소",
            "W:해상운송", "B:해상", "B:상운", "B:운송",
            "W:개발", "B:개발",
            "W:실증", "B:실증");
    }

    [Fact]
    public void Analyze_SeedNonLithiumEss_SplitsHanPrefix()
    {
        AnalyzerAssert.Terms(Analyzer, "非리튬계·非전지 장주기 대용량 ESS 개발",
            "W:非리튬계@0", "W:非@0", "W:리튬계@0", "B:리튬@0", "B:튬계@0",
            "W:非전지@1", "W:非@1", "W:전지@1", "B:전지@1",
            "W:장주기@2", "B:장주@2", "B:주기@2",
            "W:대용량@3", "B:대용@3", "B:용량@3",
            "W:ess@4",
            "W:개발@5", "B:개발@5");
    }

    [Fact]
    public void Analyze_SeedSecondaryBattery_StripsParticlesAndEndings()
    {
        // "할" is a standalone light verb (stop word) but keeps its position.
        AnalyzerAssert.Terms(Analyzer, "2차 전지를 개발하고자 할 때",
            "W:2차@0", "W:2@0", "W:차@0",
            "S:전지@1", "B:전지@1",
            "S:개발@2", "B:개발@2",
            "W:때@4");
    }

    [Fact]
    public void Analyze_MixedTokenWithParticle_StemsWholeAndParts()
    {
        AnalyzerAssert.Terms(Analyzer, "2차전지를",
            "W:2차전지를", "S:2차전지", "W:2", "S:차전지", "B:차전", "B:전지");
    }

    [Theory]
    [InlineData("EUV용", new[] { "W:euv용", "W:euv", "W:용" })]
    [InlineData("SiC기판", new[] { "W:sic기판", "W:sic", "W:기판", "B:기판" })]
    [InlineData("AI반도체", new[] { "W:ai반도체", "W:ai", "W:반도체", "B:반도", "B:도체" })]
    [InlineData("3nm", new[] { "W:3nm", "W:3", "W:nm" })]
    [InlineData("100kWh", new[] { "W:100kwh", "W:100", "W:kwh" })]
    [InlineData("CO2", new[] { "W:co2", "W:co", "W:2" })]
    [InlineData("0.5", new[] { "W:0.5" })]
    public void Analyze_MixedScriptToken_EmitsWholeAndScriptParts(string text, string[] expected)
    {
        AnalyzerAssert.Terms(Analyzer, text, expected);
    }

    [Fact]
    public void Analyze_MixedTokenEndingInBareParticle_DropsParticlePart()
    {
        AnalyzerAssert.Terms(Analyzer, "AI와 SiC기판을",
            "W:ai와@0", "W:ai@0",
            "W:sic기판을@1", "S:sic기판@1", "W:sic@1", "S:기판@1", "B:기판@1");
    }

    [Theory]
    [InlineData("AI가", new[] { "W:ai가", "W:ai" })]
    [InlineData("EUV를", new[] { "W:euv를", "W:euv" })]
    [InlineData("3D와", new[] { "W:3d와", "S:3d", "W:3", "W:d" })]
    [InlineData("1등", new[] { "W:1등", "W:1" })]
    [InlineData("R&D를", new[] { "W:r&d를", "W:r&d" })]
    public void Analyze_LatinOrNumberWithParticle_EmitsNoParticleTerm(string text, string[] expected)
    {
        AnalyzerAssert.Terms(Analyzer, text, expected);
    }

    [Fact]
    public void Analyze_FullWidthInput_IsNormalisedFirst()
    {
        AnalyzerAssert.Terms(Analyzer, "ＥＵＶ용 포토레지스트",
            "W:euv용", "W:euv", "W:용",
            "W:포토레지스트", "B:포토", "B:토레", "B:레지", "B:지스", "B:스트");
    }

    [Fact]
    public void Analyze_EnglishSentence_DropsStopWordsAndAddsDifferingStems()
    {
        AnalyzerAssert.Terms(Analyzer, "The company's batteries and the electrolytes of semiconductors",
            "W:company's@1", "S:compani@1",
            "W:batteries@2", "S:batteri@2",
            "W:electrolytes@5", "S:electrolyt@5",
            "W:semiconductors@7", "S:semiconductor@7");
    }

    [Fact]
    public void Analyze_WordThatIsItsOwnStem_EmitsNoStem()
    {
        AnalyzerAssert.Terms(Analyzer, "consist knock", "W:consist@0", "W:knock@1");
    }

    [Fact]
    public void Analyze_CapitalisedAcronym_IsNotAStopWord()
    {
        AnalyzerAssert.Terms(Analyzer, "IT 기업 It is", "W:it@0", "W:기업@1", "B:기업@1");
    }

    [Fact]
    public void Analyze_StandaloneKoreanFunctionWords_AreDroppedButKeepPositions()
    {
        AnalyzerAssert.Terms(Analyzer, "소재 및 부품 등",
            "W:소재@0", "B:소재@0", "W:부품@2", "B:부품@2");
    }

    [Fact]
    public void Analyze_LatinHyphenChain_JoinIsStemmed()
    {
        AnalyzerAssert.Terms(Analyzer, "e-learning",
            "W:e@0", "W:learning@1", "S:learn@1", "W:elearning@0", "S:elearn@0");
    }

    [Fact]
    public void Analyze_HangulHyphenChainWithParticle_JoinIsStripped()
    {
        AnalyzerAssert.Terms(Analyzer, "리튬-이온을",
            "W:리튬@0", "B:리튬@0", "S:이온@1", "B:이온@1", "W:리튬이온을@0", "S:리튬이온@0");
    }

    [Fact]
    public void Analyze_SingleSyllableStem_EmitsNoBigram()
    {
        AnalyzerAssert.Terms(Analyzer, "빛을", "S:빛");
    }

    [Fact]
    public void Analyze_BigramsOff_EmitsWordsAndStemsOnly()
    {
        AnalyzerAssert.Terms(new BilingualAnalyzer(emitBigrams: false), "반도체를 batteries",
            "S:반도체@0", "W:batteries@1", "S:batteri@1");
    }

    [Fact]
    public void Analyze_OverlongToken_EmitsNoWord()
    {
        var hash = new string('a', BilingualAnalyzer.MaxTermLength + 1);

        AnalyzerAssert.Terms(Analyzer, hash + " euv", "W:euv@1");
    }

    [Fact]
    public void Analyze_EmptyOrPunctuationOnly_AddsNothing()
    {
        AnalyzerAssert.Terms(Analyzer, "");
        AnalyzerAssert.Terms(Analyzer, " … — ·");
    }

    [Fact]
    public void Analyze_ExistingTerms_AppendsAndRestartsPositionsAtZero()
    {
        var terms = new List<AnalyzedTerm>();

        Analyzer.Analyze("euv", terms);
        Analyzer.Analyze("euv", terms);

        Assert.Equal([new AnalyzedTerm("euv", TermKind.Word, 0), new AnalyzedTerm("euv", TermKind.Word, 0)], terms);
    }

    [Fact]
    public void Analyze_MixedDocumentTenThousandTimes_GivesIdenticalTerms()
    {
        var document = MixedDocument.Text;
        var expected = new List<AnalyzedTerm>();
        Analyzer.Analyze(document, expected);
        var terms = new List<AnalyzedTerm>(expected.Count);

        for (var i = 0; i < 10_000; i++)
        {
            terms.Clear();
            Analyzer.Analyze(document, terms);
            if (!terms.SequenceEqual(expected))
            {
                Assert.Fail($"Run {i} produced different terms.");
            }
        }

        Assert.Equal(MixedDocument.RawTokenCount, expected[^1].Position + 1);
        Assert.Contains(expected, t => t is { Text: "배터리", Kind: TermKind.Stem });
        Assert.DoesNotContain(expected, t => t.Text == "배터리를");
    }

    [Fact]
    public void Analyze_ConcurrentThreads_GiveTheSameTermsAsOneThread()
    {
        var expected = new List<AnalyzedTerm>();
        Analyzer.Analyze(MixedDocument.Text, expected);
        var failures = 0;

        Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = 4 }, _ =>
        {
            var terms = new List<AnalyzedTerm>();
            Analyzer.Analyze(MixedDocument.Text, terms);
            if (!terms.SequenceEqual(expected))
            {
                Interlocked.Increment(ref failures);
            }
        });

        Assert.Equal(0, failures);
    }

    [Fact]
    public void Analyze_VocabularyLargerThanTermCache_StillReturnsEqualStrings()
    {
        // 150,000 distinct two-syllable words overflow the per-thread string pool several times.
        var words = Enumerable.Range(0, 150_000).Select(i => $"{(char)(0xAC00 + (i % 11172))}{(char)(0xAC00 + (i / 11172))}").ToArray();
        var terms = new List<AnalyzedTerm>();

        foreach (var chunk in words.Chunk(1000))
        {
            Analyzer.Analyze(string.Join(' ', chunk), terms);
        }

        var wordTerms = terms.Where(t => t.Kind == TermKind.Word).Select(t => t.Text).ToArray();
        Assert.Equal(words.Where(w => !KoreanStopWords.Contains(w)), wordTerms);
    }

    [Fact]
    public void Analyze_NullTerms_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Analyzer.Analyze("euv", (List<AnalyzedTerm>)null!));
        Assert.Throws<ArgumentNullException>(() => Analyzer.Analyze("euv", (ITermSink)null!));
    }

    [Theory]
    [InlineData("2차전지를 위한 SiC기판과 EUV용 AI반도체, batteries 12℃ ＡＢＣ")]
    [InlineData("전고체 배터리의 고체전해질을 개발하는 해외 연구기관 solid-state electrolytes")]
    public void Analyze_IntoSink_GivesTheSameTermsAsIntoList(string text)
    {
        var listed = new List<AnalyzedTerm>();
        Analyzer.Analyze(text, listed);
        var sunk = new RecordingTermSink();

        Analyzer.Analyze(text, sunk);

        Assert.Equal(listed, sunk.Terms);
    }
}
