using System.Text.Json;

namespace TechBridge.Core.Programs.Review.Rubrics;

/// <summary>A rubric as stored on its stage.</summary>
public static class RubricJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(IReadOnlyList<RubricCriterion> rubric) => JsonSerializer.Serialize(rubric, Options);

    public static IReadOnlyList<RubricCriterion> Read(string json) => JsonSerializer.Deserialize<List<RubricCriterion>>(json, Options) ?? [];
}
