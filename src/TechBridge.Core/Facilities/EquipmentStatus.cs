namespace TechBridge.Core.Facilities;

/// <summary>Whether the equipment can be used now.</summary>
public enum EquipmentStatus
{
    Available,
    UnderMaintenance,
    Retired,
}
