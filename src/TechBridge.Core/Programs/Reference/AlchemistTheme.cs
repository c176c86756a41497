namespace TechBridge.Core.Programs.Reference;

/// <summary>An Alchemist / Alchemist+ challenge theme.</summary>
public sealed class AlchemistTheme
{
    public required string Code { get; init; }
    public string? FieldCode { get; set; }
    public required string TitleKo { get; set; }
    public required string TitleEn { get; set; }
    public int? Year { get; set; }
    public string? NoteKo { get; set; }
    public string? NoteEn { get; set; }
}
