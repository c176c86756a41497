using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Core.Shared.Notifications;

/// <summary>
/// Adds inbox messages and outgoing e-mails to the caller's context; the caller's SaveChanges writes them together with
/// the change they report, and the dispatcher sends the mail after commit. Whether a notice to an account is mailed at
/// once, kept for the daily digest or left in the inbox follows the account's <see cref="EmailDelivery"/>, except for
/// account-security mail, which always goes at once.
/// </summary>
internal sealed class Notifier(TechBridgeDbContext db, NoticeRenderer renderer, OutboxCommitInterceptor commits, TimeProvider time) : INotifier
{
    public async Task NotifyUserAsync(Guid userId, Notice notice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var recipient = await RecipientAsync(userId, cancellationToken) ?? throw new NotFoundException("User", userId);
        var delivery = NoticeTemplates.AccountSecurity.Contains(notice.Template) ? EmailDelivery.Immediately : recipient.Delivery;
        var named = notice.Values.ContainsKey("name")
            ? notice
            : notice with { Values = new Dictionary<string, string>(notice.Values, StringComparer.Ordinal) { ["name"] = recipient.DisplayName } };
        var rendered = renderer.Render(named, notice.Culture ?? recipient.Culture);
        var now = Clock.UtcNow(time);
        db.Add(new InboxMessage
        {
            UserId = userId,
            Template = notice.Template,
            Subject = rendered.Subject,
            Body = rendered.Text,
            Link = notice.Link,
            CreatedAt = now,
            AwaitsDigest = delivery == EmailDelivery.DailyDigest,
        });
        if (delivery == EmailDelivery.Immediately)
        {
            Queue(recipient.Email, recipient.DisplayName, notice, rendered, now);
        }
    }

    public Task EmailAsync(string address, string culture, Notice notice, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        ArgumentNullException.ThrowIfNull(notice);
        var rendered = renderer.Render(notice, culture);
        Queue(address.Trim(), null, notice, rendered, Clock.UtcNow(time));
        return Task.CompletedTask;
    }

    /// <summary>The account and its e-mail delivery in one read; a setting or account of this unit of work wins over the database.</summary>
    private async Task<Recipient?> RecipientAsync(Guid userId, CancellationToken cancellationToken)
    {
        var local = db.NotificationSettings.Local.FirstOrDefault(s => s.UserId == userId)?.EmailDelivery;
        // An account added in the same unit of work is not in the database yet.
        var recipient = db.Users.Local.Where(u => u.Id == userId).Select(u => new Recipient(u.Email, u.DisplayName, u.Culture, null)).FirstOrDefault()
            ?? await db.Users.AsNoTracking().Where(u => u.Id == userId)
                .Select(u => new Recipient(u.Email, u.DisplayName, u.Culture,
                    db.NotificationSettings.Where(s => s.UserId == u.Id).Select(s => (EmailDelivery?)s.EmailDelivery).FirstOrDefault()))
                .SingleOrDefaultAsync(cancellationToken);
        return recipient is null ? null : recipient with { Setting = local ?? recipient.Setting };
    }

    private void Queue(string address, string? name, Notice notice, RenderedNotice rendered, DateTimeOffset now)
    {
        var attachment = notice.Attachment?.For(rendered.Culture);
        db.Add(new OutgoingEmail
        {
            To = address,
            ToName = name,
            Culture = rendered.Culture,
            Template = notice.Template,
            Subject = rendered.Subject,
            TextBody = renderer.EmailText(rendered),
            HtmlBody = rendered.Html,
            AttachmentFileName = attachment?.FileName,
            AttachmentContentType = attachment?.ContentType,
            AttachmentContent = attachment?.Content,
            NextAttemptAt = now,
            CreatedAt = now,
        });
        commits.MailQueued(db);
    }

    private sealed record Recipient(string Email, string DisplayName, string Culture, EmailDelivery? Setting)
    {
        public EmailDelivery Delivery => Setting ?? EmailDelivery.Immediately;
    }
}
