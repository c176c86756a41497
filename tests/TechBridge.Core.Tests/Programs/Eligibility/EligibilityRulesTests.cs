using TechBridge.Core.Programs.Eligibility;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Programs.Eligibility;

public sealed class EligibilityRulesTests
{
    private static readonly CallRules CenterJointResearch = new(
        MaxMonths: 36, MaxGovernmentKrwPerTask: 1_500_000_000, MaxGovernmentSharePercent: 75, RequiresDispatchOfHalfThePeriod: true,
        RequiresOverseasPartner: true, RequiredDocuments: [("plan", "연구개발계획서"), ("mou", "해외기관 참여확약서")]);

    private static readonly QualifyingAnswers Certification = new(false, false, null, 0, 0, null, true, "유럽 CE 인증과 현지 실증이 납품 조건입니다.");

    private static readonly ProposalPlan Good = new(
        Months: 24,
        Partners: [new("(주)한빛배터리", PartnerRole.Lead), new("Fraunhofer ISE", PartnerRole.Overseas)],
        Dispatch: [new("이민준", "Fraunhofer ISE", 1, 8), new("박지훈", "Fraunhofer ISE", 7, 6)],
        Budget: [new(2027, "(주)한빛배터리", 500_000_000, 200_000_000), new(2028, "(주)한빛배터리", 400_000_000, 100_000_000)],
        DocumentKinds: ["plan", "mou"]);

    [Fact]
    public void Evaluate_ProposalMeetingEverything_Qualifies()
    {
        using var _ = UiCulture.Use("ko-KR");

        var report = EligibilityRules.Evaluate(CenterJointResearch, Certification, Good);

        Assert.True(report.Qualifies, string.Join(" / ", report.Checks.Where(c => !c.Passed).Select(c => c.Message)));
        Assert.Equal(["criteria", "period", "dispatch", "budget-cap", "budget-share", "lead", "overseas", "documents"], report.Checks.Select(c => c.Code));
        Assert.Equal("국내 연구자 파견이 전체 연구기간 24개월 중 12개월로 절반 이상입니다.", report.Checks.Single(c => c.Code == "dispatch").Message);
    }

    [Fact]
    public void Evaluate_OverlappingDispatchShortOfHalf_FailsWithTheMonthsInBothLanguages()
    {
        // Two researchers away at the same time count once: months 1–6 and 3–8 cover 8 of 24.
        var plan = Good with { Dispatch = [new("이민준", "Fraunhofer ISE", 1, 6), new("박지훈", "Fraunhofer ISE", 3, 6)] };

        using (UiCulture.Use("ko-KR"))
        {
            var check = EligibilityRules.Evaluate(CenterJointResearch, Certification, plan).Checks.Single(c => c.Code == "dispatch");
            Assert.False(check.Passed);
            Assert.Equal("국내 연구자 파견이 전체 연구기간 24개월 중 8개월뿐입니다. 절반인 12개월 이상 파견해야 합니다.", check.Message);
        }

        using (UiCulture.Use("en-US"))
        {
            var check = EligibilityRules.Evaluate(CenterJointResearch, Certification, plan).Checks.Single(c => c.Code == "dispatch");
            Assert.Equal("Domestic researchers are dispatched for only 8 of the 24 months; at least 12 months (half the period) are required.", check.Message);
        }
    }

    [Theory]
    [InlineData(true, false, "근거", 0, 0, null, true)]
    [InlineData(false, true, "근거", 0, 0, null, true)]
    [InlineData(false, false, null, 12, 50, "근거", true)]
    [InlineData(false, false, null, 11, 80, "근거", false)]
    [InlineData(false, false, null, 24, 49, "근거", false)]
    [InlineData(true, false, "  ", 0, 0, null, false)]
    public void Evaluate_QualifyingCriteria_NeedOneCriterionWithEvidence(
        bool cannotDevelop, bool ipAbroad, string? techEvidence, int monthsSaved, int costCut, string? timeEvidence, bool qualifies)
    {
        using var _ = UiCulture.Use("ko-KR");
        var answers = new QualifyingAnswers(cannotDevelop, ipAbroad, techEvidence, monthsSaved, costCut, timeEvidence, false, null);

        var check = EligibilityRules.Evaluate(CenterJointResearch, answers, Good).Checks.Single(c => c.Code == "criteria");

        Assert.Equal(qualifies, check.Passed);
    }

    [Fact]
    public void Evaluate_CriterionClaimedWithoutEvidence_SaysWhichOne()
    {
        using var _ = UiCulture.Use("ko-KR");
        var answers = Certification with { CertificationEvidence = null };

        var check = EligibilityRules.Evaluate(CenterJointResearch, answers, Good).Checks.Single(c => c.Code == "criteria");

        Assert.StartsWith("다음 요건에 해당한다고 답했지만 근거가 없습니다: 해외 인증·표준 요건", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_BudgetOverCapAndShare_FailsBothWithAmounts()
    {
        using var _ = UiCulture.Use("ko-KR");
        var plan = Good with { Budget = [new(2027, "(주)한빛배터리", 1_600_000_000, 300_000_000)] };

        var checks = EligibilityRules.Evaluate(CenterJointResearch, Certification, plan).Checks;

        Assert.Equal("정부출연금 1,600,000,000원이 과제당 한도 1,500,000,000원을 넘습니다.", checks.Single(c => c.Code == "budget-cap").Message);
        Assert.Equal("정부출연금 비중이 85%로 상한 75%를 넘습니다. 민간부담금을 늘리거나 정부출연금을 줄이세요.", checks.Single(c => c.Code == "budget-share").Message);
    }

    [Fact]
    public void Evaluate_ShareJustAboveTheLimit_Fails()
    {
        // 75.01% rounds up to 76%.
        var plan = Good with { Budget = [new(2027, "A", 750_100, 249_900)] };

        Assert.False(EligibilityRules.Evaluate(CenterJointResearch, Certification, plan).Checks.Single(c => c.Code == "budget-share").Passed);
    }

    [Fact]
    public void Evaluate_MissingPartnersAndDocuments_NameWhatIsMissing()
    {
        using var _ = UiCulture.Use("en-US");
        var plan = Good with { Partners = [new("Hanbit", PartnerRole.DomesticPartner)], DocumentKinds = ["plan"] };
        var rules = CenterJointResearch with { RequiredDocuments = [("plan", "Research plan"), ("mou", "Overseas commitment letter")] };

        var failed = EligibilityRules.Evaluate(rules, Certification, plan).Checks.Where(c => !c.Passed).ToDictionary(c => c.Code, c => c.Message);

        Assert.Equal(["lead", "overseas", "documents"], failed.Keys);
        Assert.Equal("Required documents missing: Overseas commitment letter", failed["documents"]);
    }

    [Fact]
    public void Evaluate_CallWithoutDispatchOrOverseasRules_SkipsThoseChecks()
    {
        var rules = CenterJointResearch with { RequiresDispatchOfHalfThePeriod = false, RequiresOverseasPartner = false };

        var codes = EligibilityRules.Evaluate(rules, Certification, Good with { Dispatch = [] }).Checks.Select(c => c.Code);

        Assert.DoesNotContain("dispatch", codes);
        Assert.DoesNotContain("overseas", codes);
    }
}
