using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Core.Shared.Notifications;

/// <summary>
/// Adds inbox messages and outgoing e-mails to the caller's context; the caller's SaveChanges writes them together with
/// the change they report, and the dispatcher sends the mail after commit.
/// </summary>
internal sealed class Notifier(TechBridgeDbContext db, NoticeRenderer renderer, OutboxCommitInterceptor commits, TimeProvider time) : INotifier
{
    public async Task NotifyUserAsync(Guid userId, Notice notice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        // An account added in the same unit of work is not in the database yet.
        var recipient = db.Users.Local.Where(u => u.Id == userId).Select(u => new Recipient(u.Email, u.DisplayName, u.Culture)).FirstOrDefault()
            ?? await db.Users.AsNoTracking().Where(u => u.Id == userId)
                .Select(u => new Recipient(u.Email, u.DisplayName, u.Culture)).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("User", userId);
        var named = notice.Values.ContainsKey("name")
            ? notice
            : notice with { Values = new Dictionary<string, string>(notice.Values, StringComparer.Ordinal) { ["name"] = recipient.DisplayName } };
        var rendered = renderer.Render(named, recipient.Culture);
        var now = Clock.UtcNow(time);
        db.Add(new InboxMessage
        {
            UserId = userId,
            Template = notice.Template,
            Subject = rendered.Subject,
            Body = rendered.Text,
            Link = notice.Link,
            CreatedAt = now,
        });
        Queue(recipient.Email, recipient.DisplayName, notice.Template, rendered, now);
    }

    public Task EmailAsync(string address, string culture, Notice notice, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        ArgumentNullException.ThrowIfNull(notice);
        var rendered = renderer.Render(notice, culture);
        Queue(address.Trim(), null, notice.Template, rendered, Clock.UtcNow(time));
        return Task.CompletedTask;
    }

    private void Queue(string address, string? name, string template, RenderedNotice rendered, DateTimeOffset now)
    {
        db.Add(new OutgoingEmail
        {
            To = address,
            ToName = name,
            Culture = rendered.Culture,
            Template = template,
            Subject = rendered.Subject,
            TextBody = renderer.EmailText(rendered),
            HtmlBody = rendered.Html,
            NextAttemptAt = now,
            CreatedAt = now,
        });
        commits.MailQueued(db);
    }

    private sealed record Recipient(string Email, string DisplayName, string Culture);
}
