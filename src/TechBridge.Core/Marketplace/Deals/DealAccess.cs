using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Errors;

namespace TechBridge.Core.Marketplace.Deals;

/// <summary>
/// Who sees a deal: the seller side (every active account of the technology's owner organisation), the buyer side (the
/// buyer and the active accounts of the buyer's organisation), and program managers and administrators, who only read.
/// Everyone else is told the deal does not exist (404), so a deal's existence is not revealed. Deny by default.
/// </summary>
public sealed class DealAccess(TechBridgeDbContext db)
{
    /// <summary>The deal (tracked, so a command can change it) and how the user stands to it.</summary>
    public async Task<(Deal Deal, DealSide Side)> DealAsync(Guid userId, Guid dealId, CancellationToken cancellationToken)
    {
        var deal = await db.Deals.SingleOrDefaultAsync(d => d.Id == dealId, cancellationToken);
        var side = deal is null ? null : await SideAsync(userId, deal, cancellationToken);
        return side is null ? throw new NotFoundException(nameof(Deal), dealId) : (deal!, side.Value);
    }

    /// <summary>The user's side of the deal, or null when they may not see it.</summary>
    public async Task<DealSide?> SideAsync(Guid userId, Deal deal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deal);
        var user = await UserAsync(userId, cancellationToken);
        if (user is null)
        {
            return null;
        }

        if (user.OrganizationId == deal.SellerOrganizationId)
        {
            return DealSide.Seller;
        }

        if (deal.BuyerUserId == userId || (deal.BuyerOrganizationId is { } buyer && user.OrganizationId == buyer))
        {
            return DealSide.Buyer;
        }

        return user.IsOverseer ? DealSide.Overseer : null;
    }

    /// <summary>The active accounts of one side of the deal.</summary>
    public async Task<List<Guid>> MembersAsync(Deal deal, DealSide side, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deal);
        var users = db.Users.AsNoTracking().Where(u => !u.IsDisabled);
        users = side == DealSide.Seller
            ? users.Where(u => u.OrganizationId == deal.SellerOrganizationId)
            : users.Where(u => (u.Id == deal.BuyerUserId || (deal.BuyerOrganizationId != null && u.OrganizationId == deal.BuyerOrganizationId))
                && u.OrganizationId != deal.SellerOrganizationId);
        return await users.OrderBy(u => u.Id).Select(u => u.Id).ToListAsync(cancellationToken);
    }

    internal async Task<Caller?> UserAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId && !u.IsDisabled)
            .Select(u => new { u.OrganizationId, Roles = u.Roles.Select(r => r.Role).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        return user is null ? null : new Caller(user.OrganizationId, user.Roles.Contains(Roles.ProgramManager) || user.Roles.Contains(Roles.Administrator));
    }

    internal sealed record Caller(Guid? OrganizationId, bool IsOverseer);
}
