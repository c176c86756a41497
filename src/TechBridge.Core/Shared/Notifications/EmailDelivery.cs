namespace TechBridge.Core.Shared.Notifications;

/// <summary>
/// How a person wants notices by e-mail. The inbox gets every notice whatever the choice; account-security mail
/// (<see cref="NoticeTemplates.AccountSecurity"/>) is always sent at once.
/// </summary>
public enum EmailDelivery
{
    /// <summary>One e-mail per notice, as it happens (the default).</summary>
    Immediately,

    /// <summary>One e-mail a day listing the notices since the last one (see <see cref="NoticeDigest"/>).</summary>
    DailyDigest,

    /// <summary>No e-mail; the notices are only in the inbox.</summary>
    InboxOnly,
}
