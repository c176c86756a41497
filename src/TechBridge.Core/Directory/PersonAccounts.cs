using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;

namespace TechBridge.Core.Directory;

/// <summary>
/// The accounts of a directory person: the active accounts whose e-mail address is the person's (case-insensitive). An
/// entry and an account are linked by nothing else, so a person without an address has no account here.
/// </summary>
public static class PersonAccounts
{
    public static async Task<List<Guid>> ActiveAsync(TechBridgeDbContext db, Guid personId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var email = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => p.Email).SingleOrDefaultAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(email))
        {
            return [];
        }

        var normalized = UserAccount.Normalize(email);
        return await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalized && !u.IsDisabled)
            .OrderBy(u => u.Id).Select(u => u.Id).ToListAsync(cancellationToken);
    }
}
