namespace TechBridge.Core.Marketplace.Events;

public static class EventLimits
{
    public const int NameLength = 200;
    public const int DescriptionLength = 4000;
    public const int VenueLength = 300;
    public const int OrganizationLength = 200;
    public const int ProfileTextLength = 2000;
    public const int FieldCodesLength = 400;
    public const int SlotListLength = 4000;
    public const int MessageLength = 1000;
    public const int ReasonLength = 500;
    public const int NextStepLength = 1000;
    public const int ProblemLength = 2000;
    public const int MaxDays = 7;
    public const int MaxTables = 200;
    public const int MaxSlots = 200;
    public const int MinMeetingMinutes = 10;
    public const int MaxMeetingMinutes = 240;
}
