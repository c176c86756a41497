namespace TechBridge.Core.Shared.Notifications;

/// <summary>A person's notification preferences; an account without a row gets <see cref="EmailDelivery.Immediately"/>.</summary>
public sealed class NotificationSetting
{
    public Guid UserId { get; init; }
    public EmailDelivery EmailDelivery { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
