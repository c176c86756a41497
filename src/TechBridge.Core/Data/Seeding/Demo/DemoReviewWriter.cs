using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Review.Assignments;
using TechBridge.Core.Programs.Review.Rubrics;

namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>
/// Writes demo reviews as reviewers would: each proposal has a hidden quality and each reviewer a habit (some harsh, some
/// lenient), so the normalisation has something to correct; comments in the stage's language, on every criterion that
/// requires one, and an overall comment for the applicant.
/// </summary>
internal sealed class DemoReviewWriter(DemoRandom random)
{
    private static readonly string[] StrengthsEn =
    [
        "The objectives are clear and the partner abroad brings expertise the consortium lacks.",
        "A well-argued plan; the milestones are realistic for the period.",
        "The technical approach is sound, though the risks deserve a fuller mitigation plan.",
        "The team has a convincing track record; the budget is proportionate to the work.",
        "Promising idea, but the work plan is vague about who does what in the second year.",
    ];

    private static readonly string[] StrengthsKo =
    [
        "목표가 명확하고 해외 협력기관이 컨소시엄에 없는 역량을 보완합니다.",
        "사업화 계획이 구체적이며 시장 진입 전략이 설득력 있습니다.",
        "기술 접근은 타당하나 위험 요인에 대한 대응 계획을 보완할 필요가 있습니다.",
        "수행 기관의 역량은 충분하나 연구인력 파견 계획이 다소 불분명합니다.",
        "예산 편성이 과제 규모에 비해 적정하며 민간부담 비율도 합리적입니다.",
    ];

    private readonly Dictionary<Guid, double> quality = [];
    private readonly Dictionary<Guid, double> habit = [];

    public void Write(ReviewAssignment assignment, IReadOnlyList<RubricCriterion> rubric, DateTimeOffset at)
    {
        var q = Quality(assignment.ProposalId);
        var h = Habit(assignment.ReviewerId);
        var english = assignment.StageKind == StageKind.OverseasPeerReview;
        var scores = new List<int>(rubric.Count);
        for (var i = 0; i < rubric.Count; i++)
        {
            var criterion = rubric[i];
            var value = (q + h + (random.NextDouble() - 0.5)) / 5 * criterion.ScaleMax;
            var score = Math.Clamp((int)Math.Round(value, MidpointRounding.AwayFromZero), 1, criterion.ScaleMax);
            scores.Add(score);
            var comment = criterion.CommentRequired ? (english ? $"{criterion.NameEn}: {random.Pick(StrengthsEn)}" : $"{criterion.NameKo}: {random.Pick(StrengthsKo)}") : null;
            assignment.Scores.Add(new ReviewCriterionScore { AssignmentId = assignment.Id, Position = i, Score = score, Comment = comment });
        }

        assignment.Total = StageRubrics.Total(rubric, scores);
        assignment.CommentToApplicant = english ? random.Pick(StrengthsEn) : random.Pick(StrengthsKo);
        assignment.Status = AssignmentStatus.Submitted;
        assignment.SavedAt = at;
        assignment.SubmittedAt = at;
    }

    /// <summary>On the 1–5 scale: around 3.5, most proposals between 2.6 and 4.4.</summary>
    private double Quality(Guid proposal)
    {
        if (!quality.TryGetValue(proposal, out var q))
        {
            quality[proposal] = q = 3.5 + (random.NextDouble() + random.NextDouble() - 1) * 1.3;
        }

        return q;
    }

    /// <summary>A reviewer's lean: a third harsh, a third lenient, the rest in between.</summary>
    private double Habit(Guid reviewer)
    {
        if (!habit.TryGetValue(reviewer, out var h))
        {
            habit[reviewer] = h = (random.NextDouble() - 0.5) * 1.2;
        }

        return h;
    }
}
