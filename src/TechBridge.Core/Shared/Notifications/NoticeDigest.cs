using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Core.Shared.Notifications;

/// <summary>
/// Sends the daily digests. A notice to a person who chose <see cref="EmailDelivery.DailyDigest"/> is kept in the inbox
/// with <see cref="InboxMessage.AwaitsDigest"/>; once a day, after <see cref="DigestOptions.DigestHourKst"/> (Korea time),
/// everything kept before that hour goes to its recipient in one e-mail, and the messages are marked digested in the same
/// transaction as the e-mail is queued. The state is only in the database, so a restart neither loses nor repeats a
/// digest, and the first run after a restart sends what fell due while the process was down.
/// </summary>
/// <remarks>
/// Each recipient's messages are claimed with one conditional UPDATE (still awaiting a digest), so a second app instance
/// that read the same rows claims none and sends nothing. Like the dispatcher's delivery bookkeeping, the claim is not
/// audited as a change of the messages; the digest e-mail itself is audited when it is queued. Messages kept for someone
/// who has since chosen <see cref="EmailDelivery.InboxOnly"/> are marked digested without an e-mail.
/// </remarks>
public sealed class NoticeDigest(TechBridgeDbContext db, INotifier notifier, NoticeRenderer renderer, IOptions<DigestOptions> options, TimeProvider time)
{
    public const string SettingsLink = "/account/security";

    /// <summary>Sends every digest that is due; returns how many e-mails were queued.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var now = Clock.UtcNow(time);
        var cutoff = LastDigestHour(now, options.Value.DigestHourKst);
        var recipients = await db.InboxMessages.AsNoTracking().Where(m => m.AwaitsDigest && m.CreatedAt < cutoff)
            .Select(m => m.UserId).Distinct().ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var userId in recipients)
        {
            if (await SendAsync(userId, cutoff, now, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }

    /// <summary>The latest digest hour (in Korea time) at or before <paramref name="now"/>, as a UTC instant.</summary>
    public static DateTimeOffset LastDigestHour(DateTimeOffset now, int hourKst)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hourKst);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hourKst, 23);
        var kst = Kst.ToKst(now);
        var today = new DateTimeOffset(kst.Year, kst.Month, kst.Day, hourKst, 0, 0, Kst.Offset);
        return (today <= kst ? today : today.AddDays(-1)).ToUniversalTime();
    }

    private async Task<bool> SendAsync(Guid userId, DateTimeOffset cutoff, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var due = db.InboxMessages.Where(m => m.UserId == userId && m.AwaitsDigest && m.CreatedAt < cutoff);
        var messages = await due.AsNoTracking().OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)
            .Select(m => new DigestItem(m.Id, m.Subject, m.Link, m.CreatedAt)).ToListAsync(cancellationToken);
        var ids = messages.Select(m => m.Id).ToList();
        var claimed = await db.InboxMessages.Where(m => ids.Contains(m.Id) && m.AwaitsDigest)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.AwaitsDigest, false).SetProperty(m => m.DigestedAt, now), cancellationToken);
        if (messages.Count == 0 || claimed != messages.Count)
        {
            // Another instance is sending this digest (or just sent it).
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        var recipient = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.Email, u.DisplayName, u.Culture, u.IsDisabled }).SingleAsync(cancellationToken);
        var delivery = await db.NotificationSettings.AsNoTracking().Where(s => s.UserId == userId)
            .Select(s => (EmailDelivery?)s.EmailDelivery).SingleOrDefaultAsync(cancellationToken);
        var mailed = delivery != EmailDelivery.InboxOnly && !recipient.IsDisabled;
        if (mailed)
        {
            var culture = NoticeCulture.Normalize(recipient.Culture);
            await notifier.EmailAsync(recipient.Email, culture, Notice.Of(NoticeTemplates.NoticeDigest, SettingsLink,
                ("name", recipient.DisplayName), ("date", Kst.ToKst(cutoff).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                ("count", messages.Count.ToString(CultureInfo.InvariantCulture)), ("items", Items(messages))), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return mailed;
    }

    /// <summary>One entry per notice: its subject, then its time in KST and its address on the portal.</summary>
    private string Items(IEnumerable<DigestItem> messages)
    {
        var text = new StringBuilder();
        foreach (var m in messages)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            text.Append("· ").Append(m.Subject).Append("\n  ").Append(Kst.Format(m.CreatedAt));
            if (m.Link is not null)
            {
                text.Append(" · ").Append(renderer.AbsoluteLink(m.Link));
            }
        }

        return text.ToString();
    }

    private sealed record DigestItem(Guid Id, string Subject, string? Link, DateTimeOffset CreatedAt);
}
