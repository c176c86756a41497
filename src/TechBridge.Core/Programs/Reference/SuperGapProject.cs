namespace TechBridge.Core.Programs.Reference;

/// <summary>A super-gap (초격차) project; its code tracks budget and progress separately.</summary>
public sealed class SuperGapProject
{
    public required string Code { get; init; }
    public required string FieldCode { get; set; }
    public required string TitleKo { get; set; }
    public required string TitleEn { get; set; }
    public int? Year { get; set; }
}
