namespace TechBridge.Core.Shared.Taxonomy;

/// <summary>One of the 6 i-Platform industries, each led by a representative institution.</summary>
public sealed class Industry : ILocalizedName
{
    public required string Code { get; init; }
    public required string NameKo { get; set; }
    public required string NameEn { get; set; }
    public int SortOrder { get; set; }
    public string? RepresentativeInstitutionKo { get; set; }
    public string? RepresentativeInstitutionEn { get; set; }
}
