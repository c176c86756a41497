using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Marketplace.Talent;

/// <summary>
/// Hi-TECH 1:1 matching: a company proposes one of its needs to a young researcher; the researcher accepts or declines.
/// An accepted match is a consortium draft (the company as lead, the researcher's institution as partner, the researcher
/// as principal investigator, the need as the subject) that a call proposal can start from.
/// </summary>
public sealed class HiTechMatch : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid NeedId { get; init; }
    public Guid CompanyId { get; init; }
    public Guid ResearcherPersonId { get; init; }
    public Guid ProposedById { get; init; }
    public string? Message { get; set; }
    public HiTechMatchStatus Status { get; set; }
    public string? DeclineReason { get; set; }

    /// <summary>The engine's score when the company proposed, kept so the choice can be explained later.</summary>
    public double Score { get; init; }
    public DateTimeOffset ProposedAt { get; init; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public Guid? AnsweredById { get; set; }

    /// <summary>Kept by the DbContext (see <see cref="IVersioned"/>).</summary>
    public long Version { get; private set; }
}

public enum HiTechMatchStatus
{
    Proposed,
    Accepted,
    Declined,
    Withdrawn,
}
