using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;

namespace TechBridge.Core.Accounts;

/// <summary>Ends an account's server-side sessions; each deletion is audited, the ticket itself never is.</summary>
public sealed class SessionRevoker(TechBridgeDbContext db)
{
    public async Task<int> EndAllAsync(Guid userId, Guid? exceptSessionId, CancellationToken cancellationToken = default)
    {
        var ended = await db.UserSessions.Where(s => s.UserId == userId && s.Id != exceptSessionId).ToListAsync(cancellationToken);
        if (ended.Count == 0)
        {
            return 0;
        }

        db.UserSessions.RemoveRange(ended);
        await db.SaveChangesAsync(cancellationToken);
        return ended.Count;
    }

    public async Task<IReadOnlyList<SessionSummary>> ListAsync(Guid userId, CancellationToken cancellationToken = default) =>
        await db.UserSessions.AsNoTracking().Where(s => s.UserId == userId)
            .OrderByDescending(s => s.LastSeenAt)
            .Select(s => new SessionSummary(s.Id, s.CreatedAt, s.LastSeenAt, s.UserAgent, s.IpAddress))
            .ToListAsync(cancellationToken);
}

public sealed record SessionSummary(Guid Id, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt, string? UserAgent, string? IpAddress);
