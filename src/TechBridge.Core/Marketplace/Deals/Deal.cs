using TechBridge.Core.Shared.Versioning;

namespace TechBridge.Core.Marketplace.Deals;

/// <summary>
/// A technology transfer deal about one public technology between its owner organisation (the seller; its members act for
/// it) and a buyer (the user who inquired, with their organisation's members). Its state moves through
/// <see cref="DealTransitions"/>; each move is a <see cref="DealStep"/>.
/// </summary>
public sealed class Deal : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TechnologyId { get; init; }
    public Guid SellerOrganizationId { get; init; }
    public Guid BuyerUserId { get; init; }
    public Guid? BuyerOrganizationId { get; init; }

    /// <summary>The inquiry thread it was opened from, if any.</summary>
    public Guid? InquiryId { get; init; }
    public DealState State { get; set; }

    /// <summary>The stage the deal was in when it was lost.</summary>
    public DealState? LostAtStage { get; set; }
    public DealLossReason? LossReason { get; set; }
    public string? LossNote { get; set; }
    public DateTimeOffset? LostAt { get; set; }
    public Guid? LostById { get; set; }

    /// <summary>The KST date of the latest step.</summary>
    public DateOnly LastStepOn { get; set; }
    public Guid OpenedById { get; init; }
    public DateTimeOffset OpenedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Version { get; private set; }
}
