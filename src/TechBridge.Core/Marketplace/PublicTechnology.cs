using TechBridge.Core.Directory;
using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Marketplace;

/// <summary>
/// A public technology offered for transfer, as the National Technology Bank (NTB) lists it: the university or research
/// institute that owns it, what it is, how ready it is, its patents (<see cref="Patents"/>), the originating R&amp;D task,
/// the asking terms and its status. Members of the owner organisation list and edit it (see <c>TechnologyListingService</c>).
/// </summary>
public sealed class PublicTechnology : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The owning university or research institute.</summary>
    public Guid OwnerId { get; set; }

    /// <summary>The owner's own reference for the listing (its management number); unique per owner, the key an import matches on.</summary>
    public string? ReferenceKey { get; set; }
    public string TitleKo { get; set; } = string.Empty;
    public string TitleEn { get; set; } = string.Empty;
    public string Summary { get; set; } = string.Empty;

    /// <summary>Keywords as written, separated by commas.</summary>
    public string? Keywords { get; set; }
    public int Trl { get; set; }

    /// <summary>The originating R&amp;D task: its number (과제번호), managing agency (전문기관), year and title.</summary>
    public string? RndTaskNumber { get; set; }
    public string? RndAgency { get; set; }
    public int? RndYear { get; set; }
    public string? RndTaskTitle { get; set; }

    /// <summary>The licence kinds offered (one or more for a listing saved through the service).</summary>
    public bool OffersExclusive { get; set; }
    public bool OffersNonExclusive { get; set; }
    public bool OffersAssignment { get; set; }

    /// <summary>The asking fee range in KRW (either end may be open).</summary>
    public long? FeeMinKrw { get; set; }
    public long? FeeMaxKrw { get; set; }

    /// <summary>Further conditions of transfer, free text (running royalties, technical support, discounts).</summary>
    public string? TermsConditions { get; set; }
    public LicensingStatus Status { get; set; }
    public Guid? ContactPersonId { get; set; }
    public bool IsDemo { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Version { get; private set; }

    public Organization? Owner { get; set; }
    public Person? ContactPerson { get; set; }
    public List<PublicTechnologyField> Fields { get; init; } = [];
    public List<PublicTechnologyPatent> Patents { get; init; } = [];

    public IReadOnlyList<LicenceKind> LicenceKinds()
    {
        var kinds = new List<LicenceKind>(3);
        if (OffersExclusive)
        {
            kinds.Add(LicenceKind.Exclusive);
        }

        if (OffersNonExclusive)
        {
            kinds.Add(LicenceKind.NonExclusive);
        }

        if (OffersAssignment)
        {
            kinds.Add(LicenceKind.Assignment);
        }

        return kinds;
    }
}

public sealed class PublicTechnologyField
{
    public Guid TechnologyId { get; init; }
    public required string FieldCode { get; init; }
}
