namespace TechBridge.Core.Shared.Taxonomy;

/// <summary>One of the 11 super-gap (초격차) technology fields.</summary>
public sealed class Field : ILocalizedName
{
    public required string Code { get; init; }
    public required string NameKo { get; set; }
    public required string NameEn { get; set; }
    public int SortOrder { get; set; }
}
