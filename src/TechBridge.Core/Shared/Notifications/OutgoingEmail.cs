using TechBridge.Core.Shared.Audit;

namespace TechBridge.Core.Shared.Notifications;

/// <summary>
/// An e-mail in the outbox: written in the same transaction as the change it reports, sent after commit by the
/// <see cref="EmailDispatcher"/>. The bodies may carry the one link the mail exists to deliver (a confirmation or
/// password-reset token), so they are masked in the audit trail.
/// </summary>
public sealed class OutgoingEmail
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string To { get; init; }
    public string? ToName { get; init; }

    /// <summary>"ko" or "en": the language the mail was rendered in.</summary>
    public required string Culture { get; init; }
    public required string Template { get; init; }
    public required string Subject { get; init; }

    [AuditMasked]
    public required string TextBody { get; init; }

    [AuditMasked]
    public required string HtmlBody { get; init; }

    /// <summary>The one file the mail carries (a calendar invitation), or null; kept here so a restart still sends it.</summary>
    public string? AttachmentFileName { get; init; }
    public string? AttachmentContentType { get; init; }

    [AuditMasked]
    public byte[]? AttachmentContent { get; init; }

    public EmailStatus Status { get; set; } = EmailStatus.Pending;

    /// <summary>Send attempts made so far; also fences a dispatcher whose claim expired (see <see cref="EmailDispatcher"/>).</summary>
    public int Attempts { get; set; }

    /// <summary>When the mail may be tried next; while a dispatcher holds it, the end of its claim.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Why the last attempt failed (the mail server's answer or the connection error), never credentials.</summary>
    public string? LastError { get; set; }
}
