using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;

namespace TechBridge.Core.Programs;

/// <summary>What a signed-in user may do in the programs: manage calls (program managers and administrators) or not.</summary>
public sealed record ProgramActor(Guid UserId, string DisplayName, bool IsManager);

/// <summary>Reads actors; one per user and scope (a request).</summary>
public sealed class ProgramActors(TechBridgeDbContext db)
{
    private readonly Dictionary<Guid, ProgramActor?> read = [];

    /// <summary>The actor for an enabled account, or null when there is none.</summary>
    public async Task<ProgramActor?> FindAsync(Guid? userId, CancellationToken cancellationToken = default)
    {
        if (userId is not { } id)
        {
            return null;
        }

        if (!read.TryGetValue(id, out var actor))
        {
            var user = await db.Users.AsNoTracking().Where(u => u.Id == id && !u.IsDisabled)
                .Select(u => new { u.Id, u.DisplayName, Roles = u.Roles.Select(r => r.Role).ToList() })
                .SingleOrDefaultAsync(cancellationToken);
            actor = user is null ? null : new ProgramActor(user.Id, user.DisplayName,
                user.Roles.Contains(Roles.ProgramManager) || user.Roles.Contains(Roles.Administrator));
            read[id] = actor;
        }

        return actor;
    }
}
