using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Core.Shared.Notifications;

/// <summary>A person's own notification settings: read them, and change how notices reach them by e-mail (audited).</summary>
public sealed class NotificationSettingsService(TechBridgeDbContext db, TimeProvider time)
{
    public const string EmailDeliveryField = "emailDelivery";

    public async Task<NotificationSettingsView> GetAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await EnsureUserAsync(userId, cancellationToken);
        var delivery = await db.NotificationSettings.AsNoTracking().Where(s => s.UserId == userId)
            .Select(s => (EmailDelivery?)s.EmailDelivery).SingleOrDefaultAsync(cancellationToken);
        return new NotificationSettingsView(delivery ?? EmailDelivery.Immediately);
    }

    /// <summary>
    /// Sets the delivery from its name ("Immediately", "DailyDigest", "InboxOnly"); anything else is a field error on
    /// <see cref="EmailDeliveryField"/>. Setting the current value again changes (and audits) nothing.
    /// </summary>
    public async Task<NotificationSettingsView> SetEmailDeliveryAsync(Guid userId, string? emailDelivery, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        errors.RequireCode(EmailDeliveryField, emailDelivery, "Field.EmailDelivery", IsName, "Validation.Choose");
        errors.ThrowIfAny();
        var delivery = Enum.Parse<EmailDelivery>(emailDelivery!.Trim());
        await EnsureUserAsync(userId, cancellationToken);
        var setting = await db.NotificationSettings.SingleOrDefaultAsync(s => s.UserId == userId, cancellationToken);
        if ((setting?.EmailDelivery ?? EmailDelivery.Immediately) == delivery)
        {
            return new NotificationSettingsView(delivery);
        }

        if (setting is null)
        {
            setting = new NotificationSetting { UserId = userId };
            db.NotificationSettings.Add(setting);
        }

        setting.EmailDelivery = delivery;
        setting.UpdatedAt = Clock.UtcNow(time);
        await db.SaveChangesAsync(cancellationToken);
        return new NotificationSettingsView(delivery);
    }

    // Names only: Enum.TryParse would also take "1" or "Immediately, InboxOnly".
    private static bool IsName(string value) => Enum.GetNames<EmailDelivery>().Contains(value, StringComparer.Ordinal);

    private async Task EnsureUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (!await db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            throw new NotFoundException("User", userId);
        }
    }
}

/// <summary>A person's notification settings as the API and the account page show them.</summary>
public sealed record NotificationSettingsView(EmailDelivery EmailDelivery);
