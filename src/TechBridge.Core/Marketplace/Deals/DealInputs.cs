namespace TechBridge.Core.Marketplace.Deals;

/// <summary>
/// A step to record: the stage it reaches, the KST date it happened, a note; for a term sheet or contract the licence kind,
/// the upfront fee in KRW and the running royalty in percent (up to two decimals).
/// </summary>
public sealed record DealStepInput(
    DealState? Stage, DateOnly? OccurredOn, string? Note, LicenceKind? LicenceKind = null, long? UpfrontFeeKrw = null, decimal? RoyaltyPercent = null);

/// <summary>A new deal: from an inquiry thread (its technology and sender), or directly about a technology (the seller side names the buyer).</summary>
public sealed record DealOpenInput(Guid? InquiryId, Guid? TechnologyId, Guid? BuyerUserId, DateOnly? OccurredOn, string? Note);

/// <summary>Revenue of one quarter, in KRW.</summary>
public sealed record DealRevenueInput(int? Year, int? Quarter, long? RevenueKrw, long? RoyaltyPaidKrw);
