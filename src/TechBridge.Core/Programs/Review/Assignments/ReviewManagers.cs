using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Notifications;

namespace TechBridge.Core.Programs.Review.Assignments;

/// <summary>
/// Who hears about a call's review, with the language they read: the program manager who created the call while they are
/// an enabled manager, else every program manager.
/// </summary>
internal static class ReviewManagers
{
    public static async Task<List<(Guid Id, string Culture)>> ForCallAsync(TechBridgeDbContext db, Guid createdById, CancellationToken cancellationToken)
    {
        var managers = (await db.Users.AsNoTracking().Where(u => !u.IsDisabled && u.Roles.Any(r => r.Role == Roles.ProgramManager))
                .OrderBy(u => u.Id).Select(u => new { u.Id, u.Culture }).ToListAsync(cancellationToken))
            .Select(u => (u.Id, NoticeCulture.Normalize(u.Culture))).ToList();
        return managers.Any(m => m.Id == createdById) ? [.. managers.Where(m => m.Id == createdById)] : managers;
    }
}
