namespace TechBridge.Core.Marketplace.Deals;

/// <summary>A commercialisation follow-up report of a completed deal: one per quarter.</summary>
public sealed class DealRevenueReport
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid DealId { get; init; }
    public int Year { get; init; }
    public int Quarter { get; init; }
    public long RevenueKrw { get; init; }
    public long RoyaltyPaidKrw { get; init; }
    public Guid ReportedById { get; init; }
    public DealSide ReportedBySide { get; init; }
    public DateTimeOffset ReportedAt { get; init; }
}
