namespace TechBridge.Web.Api;

/// <summary>
/// A new deal: from an inquiry thread (<c>inquiryId</c>, by the technology's owner side), or directly about a technology
/// (<c>technologyId</c>; the owner side names the <c>buyerUserId</c>). <c>occurredOn</c> is a KST date (yyyy-MM-dd, default today).
/// </summary>
public sealed record DealOpenBody(Guid? InquiryId, Guid? TechnologyId, Guid? BuyerUserId, string? OccurredOn, string? Note);

/// <summary>
/// The next step: <c>stage</c> (Nda, TechnicalMeeting, TermSheet, Contract, FollowUp), <c>occurredOn</c> (KST date,
/// yyyy-MM-dd), a note; for TermSheet and Contract also <c>licenceKind</c> (Exclusive, NonExclusive, Assignment),
/// <c>upfrontFeeKrw</c> and <c>royaltyPercent</c> (0–100, two decimals).
/// </summary>
public sealed record DealStepBody(string? Stage, string? OccurredOn, string? Note, string? LicenceKind, long? UpfrontFeeKrw, decimal? RoyaltyPercent);

/// <summary>Why the deal was lost: <c>reason</c> (Price, Scope, Timing, TechnicalFit, WentElsewhere, Other — Other needs a note).</summary>
public sealed record DealLoseBody(string? Reason, string? Note);

/// <summary>A quarter's revenue report: year, quarter (1–4), revenue and royalty paid in KRW.</summary>
public sealed record DealRevenueBody(int? Year, int? Quarter, long? RevenueKrw, long? RoyaltyPaidKrw);
