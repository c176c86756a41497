using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Marketplace.Talent;

/// <summary>
/// The talent side of a directory person: career stage, PhD year (young researchers are at most
/// <see cref="TalentRules.YoungResearcherYears"/> years past their PhD), for overseas Korean engineers the employer and K-TAG
/// membership (the country is the person's), availability and willingness to consult. The skills are the person's
/// keywords, so the partner search reads them as it reads the rest of the profile.
/// </summary>
public sealed class TalentProfile : IVersioned
{
    public Guid PersonId { get; init; }
    public CareerStage Stage { get; set; }
    public int? PhdYear { get; set; }
    public string? Employer { get; set; }
    public bool IsKtagMember { get; set; }
    public TalentAvailability Availability { get; set; }
    public DateOnly? AvailableFrom { get; set; }
    public bool WillingToConsult { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Kept by the DbContext (see <see cref="IVersioned"/>).</summary>
    public long Version { get; private set; }
}

public enum CareerStage
{
    YoungResearcher,
    SeniorResearcher,
    OverseasKoreanEngineer,
}

public enum TalentAvailability
{
    FullTime,
    PartTime,
    Unavailable,
}
