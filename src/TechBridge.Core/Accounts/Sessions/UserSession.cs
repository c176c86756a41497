using TechBridge.Core.Shared.Audit;

namespace TechBridge.Core.Accounts;

/// <summary>
/// One signed-in browser: the cookie carries only this row's id, the authentication ticket stays here. Signing out
/// deletes the row, so a copied cookie stops working at once; a password, role or two-factor change deletes them all.
/// </summary>
public sealed class UserSession
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid UserId { get; init; }

    /// <summary>The serialised, data-protected authentication ticket.</summary>
    [AuditMasked]
    public byte[] Ticket { get; set; } = [];
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset LastSeenAt { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    public string? UserAgent { get; init; }
    public string? IpAddress { get; init; }
}
