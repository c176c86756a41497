namespace TechBridge.Core.Facilities;

/// <summary>
/// Where the equipment stands in its life: bookable (available, aged), not bookable for now (under maintenance), or on its
/// way out (a disposal candidate, then disposed, which keeps its history but takes no new bookings).
/// </summary>
public enum EquipmentStatus
{
    Available,
    UnderMaintenance,
    Aged,
    DisposalCandidate,
    Disposed,
}

public static class EquipmentStatuses
{
    /// <summary>The statuses that take new reservations, for queries (<c>Bookable.Contains(e.Status)</c>).</summary>
    public static readonly EquipmentStatus[] Bookable = [EquipmentStatus.Available, EquipmentStatus.Aged, EquipmentStatus.DisposalCandidate];

    /// <summary>Whether new reservations may be made on equipment in this status.</summary>
    public static bool IsBookable(this EquipmentStatus status) => status is EquipmentStatus.Available or EquipmentStatus.Aged or EquipmentStatus.DisposalCandidate;
}
