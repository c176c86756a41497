using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Resources;

namespace TechBridge.Core.Marketplace.Inquiries;

/// <summary>
/// Who takes part in a thread. The sender; on the recipient side every active account of the recipient organisation, or
/// for a person the account whose e-mail address is the person's (case-insensitive). Program managers and administrators
/// read every thread. Nobody else: 403; an unknown thread: 404.
/// </summary>
public sealed class InquiryAccess(TechBridgeDbContext db)
{
    /// <summary>The thread and how the user stands to it (tracked, so a command can change it).</summary>
    public async Task<(Inquiry Inquiry, InquirySide Side)> ThreadAsync(Guid userId, Guid inquiryId, CancellationToken cancellationToken)
    {
        var inquiry = await db.Inquiries.SingleOrDefaultAsync(i => i.Id == inquiryId, cancellationToken)
            ?? throw new NotFoundException(nameof(Inquiry), inquiryId);
        var side = await SideAsync(userId, inquiry, cancellationToken) ?? throw new ForbiddenException(CoreMessages.Get("Inquiry.NotParty"));
        return (inquiry, side);
    }

    /// <summary>The user's side of the thread, or null when they may not read it.</summary>
    public async Task<InquirySide?> SideAsync(Guid userId, Inquiry inquiry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inquiry);
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId && !u.IsDisabled)
            .Select(u => new { u.OrganizationId, u.NormalizedEmail, Roles = u.Roles.Select(r => r.Role).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return null;
        }

        if (inquiry.SenderId == userId)
        {
            return InquirySide.Sender;
        }

        if (inquiry.RecipientOrganizationId is { } organization && user.OrganizationId == organization)
        {
            return InquirySide.Recipient;
        }

        if (inquiry.RecipientPersonId is { } person && user.NormalizedEmail is not null
            && UserAccount.Normalize(await PersonEmailAsync(person, cancellationToken) ?? string.Empty) == user.NormalizedEmail)
        {
            return InquirySide.Recipient;
        }

        return user.Roles.Contains(Roles.ProgramManager) || user.Roles.Contains(Roles.Administrator) ? InquirySide.Overseer : null;
    }

    /// <summary>The active accounts on the thread's recipient side.</summary>
    public async Task<List<Guid>> RecipientUsersAsync(Inquiry inquiry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inquiry);
        if (inquiry.RecipientOrganizationId is { } organization)
        {
            return await db.Users.AsNoTracking().Where(u => u.OrganizationId == organization && !u.IsDisabled)
                .OrderBy(u => u.Id).Select(u => u.Id).ToListAsync(cancellationToken);
        }

        return await Directory.PersonAccounts.ActiveAsync(db, inquiry.RecipientPersonId!.Value, cancellationToken);
    }

    private Task<string?> PersonEmailAsync(Guid personId, CancellationToken cancellationToken) =>
        db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => p.Email).SingleOrDefaultAsync(cancellationToken);
}
