using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Data;
using TechBridge.Core.Shared;

namespace TechBridge.Core.Accounts;

/// <summary>Reads accounts for the administration screens.</summary>
public sealed class AccountQueries(TechBridgeDbContext db)
{
    public async Task<PagedResult<AccountSummary>> ListAsync(string? query, string? role, PageRequest page, CancellationToken cancellationToken = default)
    {
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query))
        {
            var q = query.Trim().ToLowerInvariant();
            users = users.Where(u => u.Email.ToLower().Contains(q) || u.DisplayName.ToLower().Contains(q));
        }

        if (!string.IsNullOrWhiteSpace(role))
        {
            users = users.Where(u => u.Roles.Any(r => r.Role == role));
        }

        var total = await users.CountAsync(cancellationToken);
        var rows = await users.OrderBy(u => u.Email).Skip(page.Skip).Take(page.PageSize)
            .Select(u => new AccountSummary(
                u.Id, u.Email, u.DisplayName, u.Roles.OrderBy(r => r.Role).Select(r => r.Role).ToList(), u.Culture, u.IsDisabled,
                u.LockoutEnd, u.CreatedAt, u.LastSignInAt, u.IsDemo, u.EmailConfirmed, u.TwoFactorEnabled, u.OrganizationId,
                db.Organizations.Where(o => o.Id == u.OrganizationId).Select(o => o.NameKo).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return new PagedResult<AccountSummary>(rows, total, page.Page, page.PageSize);
    }

    /// <summary>Every organisation as a choice for a form (name in both languages, kind), sorted by Korean name.</summary>
    public async Task<IReadOnlyList<OrganizationChoice>> OrganizationChoicesAsync(CancellationToken cancellationToken = default) =>
        await db.Organizations.AsNoTracking().OrderBy(o => o.NameKo)
            .Select(o => new OrganizationChoice(o.Id, o.NameKo, o.NameEn, o.Kind.ToString()))
            .ToListAsync(cancellationToken);
}

public sealed record OrganizationChoice(Guid Id, string NameKo, string NameEn, string Kind);
