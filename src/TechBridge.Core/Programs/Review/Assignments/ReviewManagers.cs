using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;

namespace TechBridge.Core.Programs.Review.Assignments;

/// <summary>Who hears about a call's review: the program manager who created the call while they are an enabled manager, else every program manager.</summary>
internal static class ReviewManagers
{
    public static async Task<List<Guid>> ForCallAsync(TechBridgeDbContext db, Guid createdById, CancellationToken cancellationToken)
    {
        var managers = await db.Users.AsNoTracking().Where(u => !u.IsDisabled && u.Roles.Any(r => r.Role == Roles.ProgramManager))
            .OrderBy(u => u.Id).Select(u => u.Id).ToListAsync(cancellationToken);
        return managers.Contains(createdById) ? [createdById] : managers;
    }
}
