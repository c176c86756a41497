namespace TechBridge.Core.Facilities.Reservations;

public sealed record ReservationView(
    Guid Id, Guid EquipmentId, string EquipmentNameKo, string EquipmentNameEn, Guid CenterId, string CenterNameKo, string CenterNameEn,
    Guid CompanyId, string CompanyNameKo, string CompanyNameEn, DateTimeOffset Start, DateTimeOffset End, string Purpose,
    ReservationStatus Status, DateTimeOffset? HoldExpiresAt, string? Reason, DateTimeOffset? CheckedInAt, DateTimeOffset? CheckedOutAt,
    int? Samples, long? FeeKrw, long? VatKrw, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, long Version);

/// <summary>Which reservations to list; what the caller may see is applied on top.</summary>
public sealed record ReservationFilter(
    bool Mine = false, Guid? EquipmentId = null, Guid? CenterId = null, ReservationStatus? Status = null, DateTimeOffset? From = null, DateTimeOffset? To = null);

/// <summary>A busy period on an equipment calendar: a reservation (with its status; the company only for those who may see it) or a blackout.</summary>
public sealed record CalendarEntry(DateTimeOffset Start, DateTimeOffset End, ReservationStatus? Status, string? Label, Guid? ReservationId);

/// <summary>The equipment's free time in a window, and what fills the rest.</summary>
public sealed record EquipmentAvailability(
    Guid EquipmentId, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<TimeInterval> Free, IReadOnlyList<CalendarEntry> Busy, BookingRules Rules,
    bool Bookable);
