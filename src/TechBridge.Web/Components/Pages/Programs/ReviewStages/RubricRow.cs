using System.Globalization;
using Microsoft.AspNetCore.Http;
using TechBridge.Core.Programs.Review.Rubrics;
using TechBridge.Core.Shared.Errors;
using TechBridge.Web.Components.Shared;

namespace TechBridge.Web.Components.Pages.Programs.ReviewStages;

/// <summary>
/// One criterion row of the rubric form as typed (<c>CriterionNameKo0</c>, …). A row with nothing typed is not a
/// criterion; Core's messages for a criterion go to its place among the rows that count.
/// </summary>
public sealed record RubricRow(string? NameKo, string? NameEn, string? GuidanceKo, string? GuidanceEn, string? Weight, string? Scale, bool CommentRequired)
{
    public static RubricRow Blank { get; } = new(null, null, null, null, null, "5", false);

    public bool IsEmpty => string.IsNullOrWhiteSpace(NameKo) && string.IsNullOrWhiteSpace(NameEn) && string.IsNullOrWhiteSpace(GuidanceKo)
                           && string.IsNullOrWhiteSpace(GuidanceEn) && string.IsNullOrWhiteSpace(Weight);

    public static RubricRow From(RubricCriterion criterion)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        return new(criterion.NameKo, criterion.NameEn, criterion.GuidanceKo, criterion.GuidanceEn, criterion.WeightPercent.ToString(CultureInfo.InvariantCulture),
            criterion.ScaleMax.ToString(CultureInfo.InvariantCulture), criterion.CommentRequired);
    }

    /// <summary>The rows as posted, in order, up to <paramref name="max"/>.</summary>
    public static List<RubricRow> Read(IFormCollection form, int max)
    {
        ArgumentNullException.ThrowIfNull(form);
        var rows = new List<RubricRow>();
        for (var i = 0; i < max && form.ContainsKey($"CriterionNameKo{i}"); i++)
        {
            rows.Add(new RubricRow(form[$"CriterionNameKo{i}"], form[$"CriterionNameEn{i}"], form[$"CriterionGuidanceKo{i}"], form[$"CriterionGuidanceEn{i}"],
                form[$"CriterionWeight{i}"], form[$"CriterionScale{i}"], form[$"CriterionComment{i}"] == "true"));
        }

        return rows;
    }

    /// <summary>The rubric for Core; a number that cannot be read is a field message in <paramref name="errors"/>, keyed as Core keys its own.</summary>
    public static List<RubricCriterion> ToRubric(IEnumerable<RubricRow> rows, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(errors);
        var rubric = new List<RubricCriterion>();
        foreach (var row in rows.Where(r => !r.IsEmpty))
        {
            var path = $"rubric[{rubric.Count}]";
            rubric.Add(new RubricCriterion(row.NameKo ?? string.Empty, row.NameEn ?? string.Empty, row.GuidanceKo ?? string.Empty, row.GuidanceEn ?? string.Empty,
                FormNumbers.Number(errors, $"{path}.weightPercent", row.Weight, "Field.CriterionWeight") ?? 0,
                FormNumbers.Number(errors, $"{path}.scaleMax", row.Scale, "Field.CriterionScale") ?? 0, row.CommentRequired));
        }

        return rubric;
    }
}
