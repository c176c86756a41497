using TechBridge.Core.Shared;

namespace TechBridge.Core.Facilities;

/// <summary>
/// Search and filters for the equipment list (every filter optional). <see cref="Trl"/> keeps equipment whose TRL range
/// holds that level.
/// </summary>
public sealed record EquipmentFilter(
    string? Query = null,
    Guid? Center = null,
    string? Industry = null,
    string? Field = null,
    string? Stage = null,
    EquipmentServiceKind? Service = null,
    EquipmentStatus? Status = null,
    int? Trl = null,
    ListSort Sort = ListSort.Name);
