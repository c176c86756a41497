namespace TechBridge.Core.Shared.Taxonomy;

/// <summary>Technology readiness level 1–9.</summary>
public sealed class TrlLevel : ILocalizedName
{
    public const int Min = 1;
    public const int Max = 9;

    public required int Level { get; init; }
    public required string NameKo { get; set; }
    public required string NameEn { get; set; }
    public string? DescriptionKo { get; set; }
    public string? DescriptionEn { get; set; }
}
