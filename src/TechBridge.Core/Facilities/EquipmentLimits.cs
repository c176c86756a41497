namespace TechBridge.Core.Facilities;

/// <summary>Column lengths and value bounds of equipment, shared by the model, validation and forms.</summary>
public static class EquipmentLimits
{
    public const int ModelLength = 100;
    public const int ManufacturerLength = 200;
    public const int DescriptionLength = 4000;
    public const int FeeNoteLength = 500;
    public const int ReasonLength = 500;
    public const int PurposeLength = 1000;
    public const long MaxFeeKrw = 1_000_000_000;

    /// <summary>The longest reservation (90 days) and the longest lead or cancellation notice (30 days) a center may set, in hours.</summary>
    public const int MaxBookingHours = 24 * 90;
    public const int MaxNoticeHours = 24 * 30;

    /// <summary>The earliest acquisition year accepted.</summary>
    public const int FirstYear = 1950;
}
