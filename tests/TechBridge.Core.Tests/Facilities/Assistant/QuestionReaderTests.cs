using TechBridge.Core.Data.Seeding;
using TechBridge.Core.Facilities.Assistant;
using TechBridge.Matching.Search;

namespace TechBridge.Core.Tests.Facilities.Assistant;

/// <summary>Question understanding over the shipped glossary; today is Monday 7 December 2026 (KST).</summary>
public sealed class QuestionReaderTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    private static readonly AssistantVocabulary Vocabulary = new(
        GlossaryCsv.Read(Path.Combine(SeedFiles.Directory, "glossary.csv")),
        [
            ("MACHINERY_ROBOTICS", "기계로봇", "Machinery & robotics"), ("BIO", "바이오", "Bio"), ("MATERIALS", "소재", "Materials"),
            ("AUTOMOTIVE_AEROSPACE", "자동차항공", "Automotive & aerospace"), ("ELECTRICAL_ELECTRONICS", "전기전자", "Electrical & electronics"),
            ("SHIPBUILDING_MARINE", "조선해양", "Shipbuilding & marine"),
        ],
        ["대전광역시", "부산", "Daejeon"]);

    private static AssistantQuestion Read(string question) => QuestionReader.Read(question, Vocabulary, Today);

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Theory]
    [InlineData("XRD 어디 있어요?", "xrd")]
    [InlineData("엑스선 회절 분석 장비 어디 있어요?", "xrd")]
    [InlineData("엑스레이 회절 장비가 필요해요", "xrd")]
    [InlineData("X-ray diffraction equipment near me", "xrd")]
    [InlineData("ＸＲＤ 있나요", "xrd")]
    [InlineData("XDR 있나요?", "xrd")]
    [InlineData("주사전자현미경 있나요", "sem")]
    [InlineData("주사 전자 현미경 있나요", "sem")]
    [InlineData("주사전자현미겅 찾아요", "sem")]
    [InlineData("Where can I find an SEM?", "주사전자현미경")]
    [InlineData("SEM으로 분석하고 싶어요", "주사전자현미경")]
    [InlineData("scanning electron microscope in Daejeon", "sem")]
    [InlineData("원자힘 현미경 이틀 쓸 수 있나요", "afm")]
    [InlineData("Which centers have a TEM?", "투과전자현미경")]
    [InlineData("FIB 장비 사용료", "집속이온빔")]
    [InlineData("Can I use the XPS from Dec 20?", "xps")]
    public void Read_EquipmentNamedAnyWay_KnownSubjectWithItsSynonyms(string question, string synonym)
    {
        var subject = Read(question).Subject;

        Assert.NotNull(subject);
        Assert.True(subject.Known);
        Assert.Contains(synonym, subject.SearchTexts);
    }

    [Theory]
    [InlineData("오늘 점심 메뉴 추천해 주세요")]
    [InlineData("안녕하세요")]
    [InlineData("What's the weather like?")]
    [InlineData("asdfgh qwerty")]
    [InlineData("고양이 사료는 어디서 사요?")]
    [InlineData("Tell me a joke")]
    [InlineData("semiconductor wafer dicing service")]
    public void Read_NoEquipmentTermOrIndustry_NothingKnown(string question)
    {
        var q = Read(question);

        Assert.False(q.Subject?.Known ?? false);
        Assert.Null(q.Industry);
        Assert.Null(q.City);
        Assert.DoesNotContain("sem", q.Subject?.SearchTexts ?? []);
    }

    [Theory]
    [InlineData("XRD 어디 있어요?", AssistantIntent.Find)]
    [InlineData("Which centers have a TEM?", AssistantIntent.Find)]
    [InlineData("주사전자현미경 사용료가 얼마예요?", AssistantIntent.Fee)]
    [InlineData("How much does the XRD cost per hour?", AssistantIntent.Fee)]
    [InlineData("TEM price", AssistantIntent.Fee)]
    [InlineData("XRD 언제 쓸 수 있어요?", AssistantIntent.Availability)]
    [InlineData("Is an XRD available in January?", AssistantIntent.Availability)]
    [InlineData("When is the SEM free?", AssistantIntent.Availability)]
    [InlineData("AFM for 3 hours tomorrow", AssistantIntent.Availability)]
    [InlineData("XRD를 어떻게 신청하나요?", AssistantIntent.HowToBook)]
    [InlineData("How do I book equipment?", AssistantIntent.HowToBook)]
    [InlineData("장비 예약 방법 알려 주세요", AssistantIntent.HowToBook)]
    public void Read_AskingWords_Intent(string question, AssistantIntent intent) => Assert.Equal(intent, Read(question).Intent);

    public static TheoryData<string, DateOnly?, DateOnly?, int?, int?> Periods => new()
    {
        { "XRD 다음 주에 쓸 수 있나요?", D(2026, 12, 14), D(2026, 12, 21), null, null },
        { "Is an XRD available next week?", D(2026, 12, 14), D(2026, 12, 21), null, null },
        { "XRD 1월에 쓰고 싶어요", D(2027, 1, 1), D(2027, 2, 1), null, null },
        { "Is an XRD available in January?", D(2027, 1, 1), D(2027, 2, 1), null, null },
        { "XRD 12월 15일부터 2일 쓸 수 있어요?", D(2026, 12, 15), D(2027, 1, 14), null, 2 },
        { "XRD from December 15 for 2 days", D(2026, 12, 15), D(2027, 1, 14), null, 2 },
        { "이번 달에 SEM 3시간 예약 가능한가요", D(2026, 12, 7), D(2027, 1, 1), 3, null },
        { "AFM for 3 hours tomorrow", D(2026, 12, 8), D(2026, 12, 9), 3, null },
        { "원자힘현미경 이틀 쓸 수 있나요", null, null, null, 2 },
        { "XRD 11월", D(2027, 11, 1), D(2027, 12, 1), null, null },
        { "May I use the SEM next month?", D(2027, 1, 1), D(2027, 2, 1), null, null },
        { "투과전자현미경 2 days in March", D(2027, 3, 1), D(2027, 4, 1), null, 2 },
        { "SEM 한 시간만 쓰고 싶어요", null, null, 1, null },
        { "XRD 12월 20일에 4시간", D(2026, 12, 20), D(2026, 12, 21), 4, null },
    };

    [Theory]
    [MemberData(nameof(Periods))]
    public void Read_PeriodAndLength_KstDaysAndWholeUnits(string question, DateOnly? from, DateOnly? to, int? hours, int? days)
    {
        var q = Read(question);

        Assert.Equal((from, to, hours, days), (q.From, q.To, q.Hours, q.Days));
        Assert.True(q.Subject?.Known);
    }

    [Theory]
    [InlineData("바이오 분야 장비 뭐 있어요?", "BIO", null)]
    [InlineData("Materials equipment in Daejeon", "MATERIALS", "Daejeon")]
    [InlineData("대전에 있는 소재 장비", "MATERIALS", "대전광역시")]
    [InlineData("조선 해양 장비 목록", "SHIPBUILDING_MARINE", null)]
    [InlineData("자동차 부품 시험 장비", "AUTOMOTIVE_AEROSPACE", null)]
    [InlineData("부산 전기전자 장비", "ELECTRICAL_ELECTRONICS", "부산")]
    public void Read_IndustryAndCity_Codes(string question, string industry, string? city)
    {
        var q = Read(question);

        Assert.Equal((industry, city), (q.Industry, q.City));
    }

    [Theory]
    [InlineData("소재 분야 장비 뭐 있어요?")]
    [InlineData("What equipment is there in bio?")]
    [InlineData("조선해양 장비 목록 보여 주세요")]
    public void Read_OnlyAnIndustry_NoSubject(string question) => Assert.Null(Read(question).Subject);

    [Fact]
    public void Read_ElectronMicroscope_NotTheElectronicsIndustry()
    {
        var q = Read("전자현미경 있어요?");

        Assert.Null(q.Industry);
        Assert.Equal("전자현미경", q.Subject?.Korean);
    }

    [Fact]
    public void Read_UnknownEquipmentWords_SearchedAsWrittenWithoutParticles()
    {
        var q = Read("잉크젯 프린팅 장비는 어디에 있나요?");

        Assert.NotNull(q.Subject);
        Assert.False(q.Subject.Known);
        Assert.Equal("잉크젯 프린팅", q.Subject.Korean);
        Assert.Equal(["잉크젯 프린팅", "잉크젯", "프린팅"], q.Subject.SearchTexts);
    }

    [Fact]
    public void Read_KnownTerm_ShownAsTheGlossaryWritesIt()
    {
        var q = Read("sem 있어요?");

        Assert.Equal(("주사전자현미경", "SEM"), (q.Subject?.Korean, q.Subject?.English));
    }
}
