using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;

namespace TechBridge.Core.Accounts;

/// <summary>Whether an account holds a role right now: it exists, is not disabled, and has the role.</summary>
public static class ActiveRoles
{
    public static Task<bool> HasAsync(TechBridgeDbContext db, Guid userId, string role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Users.AsNoTracking().AnyAsync(u => u.Id == userId && !u.IsDisabled && u.Roles.Any(r => r.Role == role), cancellationToken);
    }
}
