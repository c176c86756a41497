namespace TechBridge.Core.Facilities;

/// <summary>A period in which the equipment cannot be booked (maintenance, calibration, the center's own use).</summary>
public sealed class EquipmentBlackout
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid EquipmentId { get; init; }
    public DateTimeOffset Start { get; set; }
    public DateTimeOffset End { get; set; }
    public string Reason { get; set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; init; }
}
