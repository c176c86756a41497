using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Marketplace;

/// <summary>An open-innovation cooperation type, inbound (acquire) or outbound (exploit).</summary>
public sealed class CooperationType : ILocalizedName
{
    public required string Code { get; init; }
    public CooperationDirection Direction { get; set; }
    public required string NameKo { get; set; }
    public required string NameEn { get; set; }
    public string? DescriptionKo { get; set; }
    public string? DescriptionEn { get; set; }
    public int SortOrder { get; set; }
}

public enum CooperationDirection
{
    Inbound,
    Outbound,
}
