using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Web.Auth;

/// <summary>
/// Whether a principal's session still stands: the account exists, is enabled, has the same security stamp, and the
/// session was not ended. Requests are checked by the cookie handler; an interactive component, whose circuit keeps the
/// principal it started with, asks this before it reads or changes anything.
/// </summary>
internal static class SessionCheck
{
    public static async Task<bool> IsCurrentAsync(TechBridgeDbContext db, ClaimsPrincipal principal, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.UserId() is not { } userId || principal.SessionId() is not { } sessionId)
        {
            return false;
        }

        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.IsDisabled, u.SecurityStamp }).SingleOrDefaultAsync(cancellationToken);
        if (user is null || user.IsDisabled || (user.SecurityStamp ?? string.Empty) != (principal.FindFirstValue(UserPrincipal.StampClaim) ?? string.Empty))
        {
            return false;
        }

        var session = await db.UserSessions.AsNoTracking().Where(s => s.Id == sessionId && s.UserId == userId).Select(s => new { s.ExpiresAt }).SingleOrDefaultAsync(cancellationToken);
        return session is not null && (session.ExpiresAt is not { } expires || expires > Clock.UtcNow(time));
    }
}
