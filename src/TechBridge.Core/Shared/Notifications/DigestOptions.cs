namespace TechBridge.Core.Shared.Notifications;

/// <summary>The <c>Notifications</c> section: when the daily digest goes out.</summary>
public sealed class DigestOptions
{
    public const string Section = "Notifications";

    /// <summary><c>Notifications:DigestHourKst</c>, the hour (0–23, Korea time) after which each day's digest is sent.</summary>
    public int DigestHourKst { get; set; } = 8;
}
