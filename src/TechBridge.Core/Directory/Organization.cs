using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Directory;

/// <summary>A company, university, institute, overseas institution, center or agency.</summary>
public sealed class Organization : ILocalizedName, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Stable key for organisations that come from reference data (e.g. GICC_FRAUNHOFER); null otherwise.</summary>
    public string? Code { get; set; }
    public OrganizationKind Kind { get; set; }
    public string NameKo { get; set; } = string.Empty;
    public string NameEn { get; set; } = string.Empty;
    public required string CountryCode { get; set; }
    public string? City { get; set; }
    public string? Website { get; set; }
    public CompanySize? SizeClass { get; set; }
    public string? IndustryCode { get; set; }
    public string? Description { get; set; }
    public int? FoundedYear { get; set; }
    public bool IsDemo { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Kept by the DbContext (see <see cref="IVersioned"/>).</summary>
    public long Version { get; private set; }

    public List<OrganizationField> Fields { get; init; } = [];
    public List<Affiliation> Affiliations { get; init; } = [];
}

public sealed class OrganizationField
{
    public Guid OrganizationId { get; init; }
    public required string FieldCode { get; init; }
}
