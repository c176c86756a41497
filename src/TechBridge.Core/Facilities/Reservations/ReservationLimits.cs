namespace TechBridge.Core.Facilities.Reservations;

public static class ReservationLimits
{
    public const int IdempotencyKeyLength = 100;

    /// <summary>How long a tentative hold lasts when the caller does not say.</summary>
    public static readonly TimeSpan DefaultHold = TimeSpan.FromHours(48);

    /// <summary>How far ahead a reservation may start.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(366);

    /// <summary>The longest window an availability query may ask for.</summary>
    public static readonly TimeSpan MaxAvailabilityWindow = TimeSpan.FromDays(92);

    public const decimal VatRate = 0.10m;
}
