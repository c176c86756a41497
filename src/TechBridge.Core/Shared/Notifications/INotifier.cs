namespace TechBridge.Core.Shared.Notifications;

/// <summary>
/// Tells people about what happened: an inbox message on the portal and an e-mail, each in the recipient's language.
/// Both are added to the caller's <c>TechBridgeDbContext</c> and saved by its next <c>SaveChangesAsync</c>, in the same
/// transaction as the state change they report (an outbox: e-mails are sent after commit by a background dispatcher, with
/// retries, so a rolled-back change never sends mail and a sent mail is never lost).
/// </summary>
public interface INotifier
{
    /// <summary>An inbox message and an e-mail to an account, in the account's preferred language.</summary>
    Task NotifyUserAsync(Guid userId, Notice notice, CancellationToken cancellationToken = default);

    /// <summary>
    /// An e-mail only, to an address (with or without an account), in the given culture ("ko" or "en"). For messages that
    /// must not sit in an inbox, such as a confirmation or password-reset link.
    /// </summary>
    Task EmailAsync(string address, string culture, Notice notice, CancellationToken cancellationToken = default);
}
