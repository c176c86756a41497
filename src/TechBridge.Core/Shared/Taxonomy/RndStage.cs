namespace TechBridge.Core.Shared.Taxonomy;

/// <summary>An R&amp;D stage (basic research … commercialisation) with the TRL range it spans.</summary>
public sealed class RndStage : ILocalizedName
{
    public required string Code { get; init; }
    public required string NameKo { get; set; }
    public required string NameEn { get; set; }
    public int SortOrder { get; set; }
    public int TrlMin { get; set; }
    public int TrlMax { get; set; }
}
