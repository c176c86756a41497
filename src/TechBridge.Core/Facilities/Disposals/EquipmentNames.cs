namespace TechBridge.Core.Facilities.Disposals;

/// <summary>An item's Korean and English names, for notices (the English falls back to the Korean).</summary>
public sealed record EquipmentNames(string Ko, string En)
{
    public static EquipmentNames Of(Equipment item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new EquipmentNames(item.NameKo, string.IsNullOrWhiteSpace(item.NameEn) ? item.NameKo : item.NameEn);
    }
}
