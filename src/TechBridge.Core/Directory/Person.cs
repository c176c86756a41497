using TechBridge.Core.Shared.Taxonomy;

namespace TechBridge.Core.Directory;

/// <summary>A researcher, expert or overseas Korean engineer, with affiliations and publications.</summary>
public sealed class Person : ILocalizedName
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public PersonKind Kind { get; set; }
    public string NameKo { get; set; } = string.Empty;
    public string NameEn { get; set; } = string.Empty;
    public string? Position { get; set; }
    public string? Email { get; set; }

    /// <summary>The person shows their e-mail only to those whose inquiry they have answered (and to program staff).</summary>
    public bool HidesContact { get; set; }
    public required string CountryCode { get; set; }
    public string? Bio { get; set; }
    public string? Keywords { get; set; }
    public bool IsDemo { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public List<PersonField> Fields { get; init; } = [];
    public List<Affiliation> Affiliations { get; init; } = [];
    public List<PublicationAuthor> Publications { get; init; } = [];
}

public sealed class PersonField
{
    public Guid PersonId { get; init; }
    public required string FieldCode { get; init; }
}
