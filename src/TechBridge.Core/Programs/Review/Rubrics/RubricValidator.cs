using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Programs.Review.Rubrics;

/// <summary>A rubric a stage can use: 1–10 criteria, each named in both languages, weights adding up to 100, a scale of 2–10.</summary>
internal static class RubricValidator
{
    public static void Validate(IReadOnlyList<RubricCriterion>? rubric)
    {
        var errors = new ValidationErrors();
        if (rubric is null || rubric.Count is < StageRubrics.MinCriteria or > StageRubrics.MaxCriteria)
        {
            errors.Add("rubric", CoreMessages.Get("Rubric.Count", StageRubrics.MinCriteria, StageRubrics.MaxCriteria));
            errors.ThrowIfAny();
            return;
        }

        for (var i = 0; i < rubric.Count; i++)
        {
            var c = rubric[i];
            errors.RequireText($"rubric[{i}].nameKo", c.NameKo, "Field.CriterionNameKo", StageRubrics.NameLength);
            errors.RequireText($"rubric[{i}].nameEn", c.NameEn, "Field.CriterionNameEn", StageRubrics.NameLength);
            errors.MaxLength($"rubric[{i}].guidanceKo", c.GuidanceKo, "Field.CriterionGuidanceKo", StageRubrics.GuidanceLength);
            errors.MaxLength($"rubric[{i}].guidanceEn", c.GuidanceEn, "Field.CriterionGuidanceEn", StageRubrics.GuidanceLength);
            if (c.WeightPercent is < 1 or > 100)
            {
                errors.Add($"rubric[{i}].weightPercent", CoreMessages.Get("Validation.Range", CoreMessages.Get("Field.CriterionWeight"), 1, 100));
            }

            if (c.ScaleMax is < StageRubrics.MinScale or > StageRubrics.MaxScale)
            {
                errors.Add($"rubric[{i}].scaleMax", CoreMessages.Get("Validation.Range", CoreMessages.Get("Field.CriterionScale"), StageRubrics.MinScale, StageRubrics.MaxScale));
            }
        }

        if (rubric.Sum(c => c.WeightPercent) != 100)
        {
            errors.Add("rubric", CoreMessages.Get("Rubric.WeightsSum", rubric.Sum(c => c.WeightPercent)));
        }

        errors.ThrowIfAny();
    }

    public static RubricCriterion Trimmed(RubricCriterion c) => c with
    {
        NameKo = c.NameKo.Trim(), NameEn = c.NameEn.Trim(), GuidanceKo = TextInput.Blank(c.GuidanceKo) ?? string.Empty, GuidanceEn = TextInput.Blank(c.GuidanceEn) ?? string.Empty,
    };
}
