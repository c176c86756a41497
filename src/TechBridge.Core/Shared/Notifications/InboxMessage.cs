namespace TechBridge.Core.Shared.Notifications;

/// <summary>
/// A message in a person's inbox on the portal. Subject and body are rendered in the recipient's language when the
/// message is created, so the inbox reads the same whatever language the portal is shown in later.
/// </summary>
public sealed class InboxMessage
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid UserId { get; init; }

    /// <summary>The template it was rendered from (e.g. "AccountLinkApproved"), for filtering and tests.</summary>
    public required string Template { get; init; }
    public required string Subject { get; init; }
    public required string Body { get; init; }

    /// <summary>A path on the portal to the thing the message is about, or null.</summary>
    public string? Link { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ReadAt { get; set; }

    /// <summary>True while the message waits for its recipient's daily digest e-mail (see <see cref="NoticeDigest"/>).</summary>
    public bool AwaitsDigest { get; set; }

    /// <summary>When the digest that listed the message was queued.</summary>
    public DateTimeOffset? DigestedAt { get; set; }
}
