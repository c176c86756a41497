namespace TechBridge.Core.Marketplace.Deals;

/// <summary>One deal in a list: the technology, the reader's side, the counterpart's name (Korean and English), the state and the last step's date.</summary>
public sealed record DealRow(
    Guid Id, Guid TechnologyId, string TechnologyTitle, string TechnologyTitleEn, DealState State, DealState? LostAtStage, DealSide Side,
    string CounterpartName, string CounterpartNameEn, DateOnly LastStepOn, DateTimeOffset OpenedAt);

/// <summary>A document of a step; downloaded through the shared attachment endpoint.</summary>
public sealed record DealDocument(Guid Id, string FileName, string ContentType, long Size);

/// <summary>A recorded step as the reader sees it; the fee only for a term sheet or contract.</summary>
public sealed record DealStepView(
    Guid Id, DealState Stage, DateOnly OccurredOn, string Note, Guid ActorId, string ActorName, DealSide ActorSide, LicenceKind? LicenceKind,
    long? UpfrontFeeKrw, decimal? RoyaltyPercent, DateTimeOffset RecordedAt, IReadOnlyList<DealDocument> Documents);

/// <summary>A quarter's revenue report.</summary>
public sealed record DealRevenueView(Guid Id, int Year, int Quarter, long RevenueKrw, long RoyaltyPaidKrw, string ReportedBy, DealSide ReportedBySide, DateTimeOffset ReportedAt);

/// <summary>A deal as the reader sees it, with what they may do.</summary>
public sealed record DealView(
    Guid Id, Guid TechnologyId, string TechnologyTitle, string TechnologyTitleEn, DealState State, DealState? LostAtStage, DealLossReason? LossReason,
    string? LossNote, DateTimeOffset? LostAt, DealSide Viewer, string SellerName, string SellerNameEn, string BuyerName, string BuyerOrganizationName,
    string BuyerOrganizationNameEn, Guid? InquiryId, DateOnly LastStepOn, DateTimeOffset OpenedAt, long Version,
    IReadOnlyList<DealStepView> Steps, IReadOnlyList<DealRevenueView> RevenueReports)
{
    public bool IsParty => Viewer != DealSide.Overseer;

    /// <summary>The stage the next step reaches, when the reader may record it.</summary>
    public DealState? NextStage => IsParty ? DealTransitions.Next(State) : null;

    public bool CanLose => IsParty && DealTransitions.IsLegal(State, DealState.Lost);

    public bool CanReportRevenue => IsParty && State == DealState.FollowUp;
}
