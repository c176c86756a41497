using TechBridge.Core.Facilities.Reservations;

namespace TechBridge.Core.Facilities.Disposals;

public sealed record DisposalSummary(
    Guid Id, Guid EquipmentId, string EquipmentKo, string EquipmentEn, Guid CenterId, string CenterKo, string CenterEn, Guid? ReceivingCenterId,
    string? ReceivingCenterKo, string? ReceivingCenterEn, DisposalReasonKind ReasonKind, DisposalStatus Status, double Rate, DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>A timeline entry: when, who, what, the reason they gave, and the other center it concerns (a transfer's).</summary>
public sealed record DisposalEventView(DateTimeOffset At, string ActorName, DisposalEventKind Kind, string? Text, string? CenterKo, string? CenterEn);

/// <summary>A reservation still to come on the item, which must be cancelled before the item can leave.</summary>
public sealed record ComingReservation(Guid Id, DateTimeOffset Start, DateTimeOffset End, ReservationStatus Status, string CompanyKo, string CompanyEn);

/// <summary>The case with its evidence, timeline and the item's coming reservations, and what the reader may do.</summary>
public sealed record DisposalDetail(
    Guid Id, Guid EquipmentId, string EquipmentKo, string EquipmentEn, EquipmentStatus EquipmentStatus, string IndustryCode, Guid CenterId,
    string CenterKo, string CenterEn, Guid? ReceivingCenterId, string? ReceivingCenterKo, string? ReceivingCenterEn, string ProposedByName,
    DisposalReasonKind ReasonKind, string ReasonText, DisposalStatus Status, EquipmentStatus PreviousStatus, DisposalEvidence Evidence,
    string? DecisionReason, DateOnly? DisposedOn, DisposalMethod? DisposalMethod, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, long Version,
    IReadOnlyList<DisposalEventView> Events, IReadOnlyList<ComingReservation> ComingReservations, IReadOnlyList<DisposalAction> Actions);

public sealed record DisposalFilter(DisposalStatus? Status = null, bool OpenOnly = false);

/// <summary>An equipment center to receive a transfer.</summary>
public sealed record CenterChoice(Guid Id, string NameKo, string NameEn, string? IndustryCode);

/// <summary>What the proposal form shows about the item: its names, center, status, age, and whether a case is open already.</summary>
public sealed record DisposalCandidateView(
    Guid EquipmentId, string NameKo, string NameEn, string CenterKo, string CenterEn, EquipmentStatus Status, int? YearAcquired, Guid? OpenCaseId);
