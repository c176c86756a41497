using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Core.Marketplace.Events;

/// <summary>
/// Registration closes at the end of its deadline day in Korea: the stored moment (<see cref="PartneringEvent.RegistrationDeadline"/>)
/// is the next day's 00:00 KST. People type and read the day.
/// </summary>
public static class EventDeadline
{
    public static DateTimeOffset ClosesAt(DateOnly day) => new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), Kst.Offset).ToUniversalTime();

    public static DateOnly Day(DateTimeOffset closesAt) => DateOnly.FromDateTime(Kst.ToKst(closesAt).DateTime).AddDays(-1);
}
