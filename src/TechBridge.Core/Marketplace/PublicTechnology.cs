using TechBridge.Core.Directory;

namespace TechBridge.Core.Marketplace;

/// <summary>
/// A public technology offered for transfer, as the National Technology Bank (NTB) lists it: the university or research
/// institute that owns it, what it is, how ready it is, its patents and originating R&amp;D task, and the licensing terms.
/// </summary>
public sealed class PublicTechnology
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The owning university or research institute.</summary>
    public Guid OwnerId { get; set; }
    public string TitleKo { get; set; } = string.Empty;
    public string TitleEn { get; set; } = string.Empty;
    public string Summary { get; set; } = string.Empty;

    /// <summary>Keywords as written, separated by commas.</summary>
    public string? Keywords { get; set; }
    public int Trl { get; set; }

    /// <summary>Patent application or registration numbers as text ("10-2023-0123456; US 11,234,567 B2").</summary>
    public string? PatentNumbers { get; set; }

    /// <summary>The R&amp;D task the technology came from, as text (program, task title, period).</summary>
    public string? RndTask { get; set; }
    public string? TransferTerms { get; set; }
    public LicensingStatus Status { get; set; }
    public Guid? ContactPersonId { get; set; }
    public bool IsDemo { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public Organization? Owner { get; set; }
    public Person? ContactPerson { get; set; }
    public List<PublicTechnologyField> Fields { get; init; } = [];
}

public sealed class PublicTechnologyField
{
    public Guid TechnologyId { get; init; }
    public required string FieldCode { get; init; }
}
