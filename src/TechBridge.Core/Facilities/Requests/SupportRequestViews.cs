namespace TechBridge.Core.Facilities.Requests;

public sealed record SupportRequestSummary(
    Guid Id, string Title, string IndustryCode, string IndustryKo, string IndustryEn, Guid CompanyId, string CompanyKo, string CompanyEn,
    SupportRequestStatus Status, int OpenParts, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? DueAt, int EscalationLevel);

/// <summary>A part of a request as the reader may see it (a center sees only its own parts).</summary>
public sealed record SupportAssignmentView(
    Guid Id, Guid CenterId, string CenterKo, string CenterEn, string? StageCode, EquipmentServiceKind Service, Guid? EquipmentId, string? EquipmentKo,
    string? EquipmentEn, string? Note, SupportAssignmentStatus Status, DateTimeOffset? SlotStart, DateTimeOffset? SlotEnd, long? PriceKrw, long? VatKrw,
    string? QuoteNote, string? Reason, Guid? ReservationId, DateTimeOffset? DueAt, int EscalationLevel, DateTimeOffset CreatedAt, long Version,
    Guid? PackageId = null, string? PackageKo = null, string? PackageEn = null);

/// <summary>A timeline entry: when, who (the system for escalations), what, and what they wrote.</summary>
public sealed record SupportRequestEventView(DateTimeOffset At, string ActorName, SupportRequestEventKind Kind, string? Text, Guid? AssignmentId);

/// <summary>The request with its parts and timeline as the reader may see them, and what the reader is to it.</summary>
public sealed record SupportRequestDetail(
    Guid Id, string Title, string IndustryCode, string IndustryKo, string IndustryEn, Guid CompanyId, string CompanyKo, string CompanyEn,
    string RequestedByName, string Product, string Problem, int? Trl, DateOnly PeriodFrom, DateOnly PeriodTo, IReadOnlyList<string> Stages,
    SupportRequestStatus Status, string? Question, string? Reason, DateTimeOffset? DueAt, int EscalationLevel, DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt, long Version, IReadOnlyList<SupportAssignmentView> Parts, IReadOnlyList<SupportRequestEventView> Events,
    SupportRequestReader Reader);

/// <summary>What the reader is to the request; decides which actions a page offers (the services check again).</summary>
public sealed record SupportRequestReader(bool IsCompany, bool Coordinates, Guid? CenterId);

public sealed record SupportRequestFilter(SupportRequestStatus? Status = null, bool OpenOnly = false, string? IndustryCode = null);

/// <summary>Equipment that fits one R&amp;D stage of a request, with why it matched.</summary>
public sealed record EquipmentProposal(
    Guid EquipmentId, string NameKo, string NameEn, Guid CenterId, string CenterKo, string CenterEn, double Score, IReadOnlyList<string> Matched,
    long FeeKrw, FeeUnit FeeUnit, IReadOnlyList<EquipmentServiceKind> Services);

public sealed record StageProposals(string StageCode, string StageKo, string StageEn, IReadOnlyList<EquipmentProposal> Equipment);

/// <summary>An id with its Korean and English names, for a select.</summary>
public sealed record NamedItem(Guid Id, string NameKo, string NameEn);
