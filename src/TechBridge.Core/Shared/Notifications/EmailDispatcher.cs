using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Core.Shared.Notifications;

/// <summary>
/// Sends the outbox. Each due mail is first claimed with one atomic UPDATE that only succeeds while the row is still
/// pending, due and at the attempt count this dispatcher read; the claim moves <see cref="OutgoingEmail.NextAttemptAt"/>
/// to the end of the claim, so a second dispatcher (another app instance) skips the row, and a crashed one's claim runs
/// out. The result is written only if the attempt count is still ours. A failure is retried with doubling delays, and
/// marked failed after <see cref="EmailOptions.MaxAttempts"/>.
/// </summary>
/// <remarks>
/// Claims and results are set-based updates, outside the change tracker: delivery bookkeeping is not audited as a
/// change of the notice (the notice itself was audited when it was queued).
/// </remarks>
public sealed partial class EmailDispatcher(
    IServiceScopeFactory scopes, IEmailSender sender, IOptions<EmailOptions> options, TimeProvider time, ILogger<EmailDispatcher> logger)
{
    /// <summary>Sends one batch of due mail; returns how many mails were due in it.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>();
        var now = Clock.UtcNow(time);
        var due = await db.OutgoingEmails.AsNoTracking()
            .Where(e => e.Status == EmailStatus.Pending && e.NextAttemptAt <= now)
            .OrderBy(e => e.NextAttemptAt).ThenBy(e => e.Id)
            .Take(settings.BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var email in due)
        {
            if (await TryClaimAsync(db, email, cancellationToken))
            {
                await SendAsync(db, email, settings, cancellationToken);
            }
        }

        return due.Count;
    }

    /// <summary>How long until the next pending mail is due, at most the poll interval.</summary>
    public async Task<TimeSpan> UntilNextDueAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>();
        var next = await db.OutgoingEmails.AsNoTracking().Where(e => e.Status == EmailStatus.Pending)
            .OrderBy(e => e.NextAttemptAt).Select(e => (DateTimeOffset?)e.NextAttemptAt).FirstOrDefaultAsync(cancellationToken);
        var poll = options.Value.PollInterval;
        if (next is null)
        {
            return poll;
        }

        var wait = next.Value - Clock.UtcNow(time);
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait < poll ? wait : poll;
    }

    /// <summary>
    /// Takes <paramref name="email"/> (as read from the outbox) for this dispatcher and counts the attempt; false when another
    /// dispatcher took it first or it is no longer due. On success <paramref name="email"/> carries the new attempt count.
    /// </summary>
    public async Task<bool> TryClaimAsync(TechBridgeDbContext db, OutgoingEmail email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(email);
        var now = Clock.UtcNow(time);
        var seen = email.Attempts;
        var claimedUntil = now + options.Value.ClaimDuration;
        var claimed = await db.OutgoingEmails
            .Where(e => e.Id == email.Id && e.Status == EmailStatus.Pending && e.Attempts == seen && e.NextAttemptAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Attempts, seen + 1).SetProperty(e => e.NextAttemptAt, claimedUntil), cancellationToken);
        if (claimed == 1)
        {
            email.Attempts = seen + 1;
        }

        return claimed == 1;
    }

    private async Task SendAsync(TechBridgeDbContext db, OutgoingEmail email, EmailOptions settings, CancellationToken cancellationToken)
    {
        var attempt = email.Attempts;
        try
        {
            await sender.SendAsync(EmailMessages.Build(email, settings), cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            await RecordFailureAsync(db, email, settings, ex);
            return;
        }

        // The mail is out: record it even while shutting down, or it would be sent again after the claim runs out.
        var sentAt = Clock.UtcNow(time);
        await db.OutgoingEmails.Where(e => e.Id == email.Id && e.Attempts == attempt && e.Status == EmailStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EmailStatus.Sent).SetProperty(e => e.SentAt, sentAt).SetProperty(e => e.LastError, (string?)null), CancellationToken.None);
        LogSent(email.Id, email.Template, attempt);
    }

    private async Task RecordFailureAsync(TechBridgeDbContext db, OutgoingEmail email, EmailOptions settings, Exception error)
    {
        var attempt = email.Attempts;
        var message = Describe(error, settings);
        var mine = db.OutgoingEmails.Where(e => e.Id == email.Id && e.Attempts == attempt && e.Status == EmailStatus.Pending);
        if (attempt >= settings.MaxAttempts)
        {
            await mine.ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EmailStatus.Failed).SetProperty(e => e.LastError, message), CancellationToken.None);
            LogGaveUp(error, email.Id, email.Template, attempt);
            return;
        }

        var next = Clock.UtcNow(time) + settings.DelayAfter(attempt);
        await mine.ExecuteUpdateAsync(s => s.SetProperty(e => e.NextAttemptAt, next).SetProperty(e => e.LastError, message), CancellationToken.None);
        LogWillRetry(email.Id, email.Template, attempt, next, message);
    }

    /// <summary>The error as stored: type and message, never the configured password, cut to the column's size.</summary>
    private static string Describe(Exception error, EmailOptions settings)
    {
        var text = $"{error.GetType().Name}: {error.Message}";
        if (!string.IsNullOrEmpty(settings.Password))
        {
            text = text.Replace(settings.Password, "***", StringComparison.Ordinal);
        }

        return text.Length <= NotificationLimits.ErrorLength ? text : text[..NotificationLimits.ErrorLength];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail {Id} ({Template}) sent on attempt {Attempt}")]
    private partial void LogSent(Guid id, string template, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail {Id} ({Template}) failed on attempt {Attempt}; next attempt at {Next}: {Error}")]
    private partial void LogWillRetry(Guid id, string template, int attempt, DateTimeOffset next, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "E-mail {Id} ({Template}) failed on attempt {Attempt}, the last one; marked failed")]
    private partial void LogGaveUp(Exception error, Guid id, string template, int attempt);
}
