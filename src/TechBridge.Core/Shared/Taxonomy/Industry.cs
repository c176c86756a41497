namespace TechBridge.Core.Shared.Taxonomy;

/// <summary>One of the 6 i-Platform industries, each led by a representative institution.</summary>
public sealed class Industry : ILocalizedName
{
    public required string Code { get; init; }
    public required string NameKo { get; set; }
    public required string NameEn { get; set; }
    public int SortOrder { get; set; }

    /// <summary>
    /// The organisation that leads the industry's i-Platform centers: support requests reach its coordinators (accounts
    /// linked to it). Set by a program manager or an administrator.
    /// </summary>
    public Guid? RepresentativeInstitutionId { get; set; }
}
