using TechBridge.Core.Programs.Calls;

namespace TechBridge.Core.Programs.Review.Rubrics;

/// <summary>
/// The review forms a stage starts with, after the evaluation items of the international joint research programs: the
/// overseas peer review judges the science and the partners, the domestic panel the need for cooperation and the
/// commercial outcome. A program manager may change them until the stage's reviewers are asked.
/// </summary>
public static class StageRubrics
{
    public const int MinCriteria = 1;
    public const int MaxCriteria = 10;
    public const int MinScale = 2;
    public const int MaxScale = 10;
    public const int NameLength = 100;
    public const int GuidanceLength = 500;

    public static IReadOnlyList<RubricCriterion> Default(StageKind kind) => kind switch
    {
        StageKind.OverseasPeerReview =>
        [
            new("기술의 혁신성과 수월성", "Innovation and technical excellence",
                "제안 기술이 세계 수준에서 얼마나 새롭고 우수한가", "How new and strong the proposed technology is by world standards", 30, 5, true),
            new("연구 방법과 계획의 타당성", "Soundness of the approach and work plan",
                "목표, 방법, 일정, 예산이 실현 가능하게 짜였는가", "Whether the objectives, methods, schedule and budget are feasible", 25, 5, true),
            new("해외 협력기관의 역량과 기여", "Capability and contribution of the overseas partner",
                "해외 기관이 핵심 역량을 갖추고 실질적으로 기여하는가", "Whether the overseas institution brings key expertise and contributes substantially", 25, 5, true),
            new("국제 협력의 필요성", "Need for international cooperation",
                "해외 협력 없이는 목표 달성이 어렵거나 늦어지는가", "Whether the goal would be out of reach or much later without the partner abroad", 20, 5, false),
        ],
        StageKind.DomesticPanel =>
        [
            new("협력 필요성과 기술 확보 효과", "Need for cooperation and technology gained",
                "국내 단독 개발 대비 기간 단축, 비용 절감, 원천기술 확보 효과", "Time and cost saved and source technology gained compared with developing it alone", 30, 5, true),
            new("사업화 가능성과 파급효과", "Commercial potential and impact",
                "시장성, 인증·실증을 통한 시장 진출 가능성, 산업 파급효과", "Market, entry through certification or demonstration, effect on the industry", 30, 5, true),
            new("수행 역량과 추진 체계", "Capability and organisation of the consortium",
                "주관기관과 참여기관의 역량, 역할 분담, 연구인력 파견 계획", "Lead and partners' capability, division of roles, researcher dispatch plan", 25, 5, true),
            new("예산 편성의 적정성", "Appropriateness of the budget",
                "정부출연금과 민간부담금 비율, 비목별 편성의 적정성", "Government and private shares and the budget lines", 15, 5, false),
        ],
        _ => [],
    };

    /// <summary>The review's total on 0–100: each criterion's score as a share of its scale, weighted.</summary>
    public static double Total(IReadOnlyList<RubricCriterion> rubric, IReadOnlyList<int> scores)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(scores);
        if (rubric.Count != scores.Count)
        {
            throw new ArgumentException("One score per criterion.", nameof(scores));
        }

        var weights = rubric.Sum(c => c.WeightPercent);
        return weights == 0 ? 0 : Math.Round(rubric.Select((c, i) => 100.0 * scores[i] / c.ScaleMax * c.WeightPercent).Sum() / weights, 4);
    }
}
